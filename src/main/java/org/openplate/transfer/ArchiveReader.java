package org.openplate.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.transfer.trackers.SafeZip;

/** Opens an export zip and checks its document: format, version, and the tables it holds. */
final class ArchiveReader {

    static final Pattern IMAGE_NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif)");
    static final long MAX_TOTAL = 500L * 1024 * 1024;

    record Archive(JsonNode document, Map<String, byte[]> files) {
    }

    private ArchiveReader() {
    }

    /** Largest export zip read (the file itself, before inflating). */
    static final long MAX_ZIP = 200L * 1024 * 1024;

    static Archive read(String fileName, InputStream in, ObjectMapper json) {
        byte[] zip;
        try {
            zip = in.readNBytes((int) MAX_ZIP + 1);
        } catch (IOException e) {
            throw new BadInputException("file", fileName + " could not be read (" + e.getMessage() + ").");
        }
        if (zip.length > MAX_ZIP) {
            throw new BadInputException("file", fileName + " is larger than 200 MB.");
        }
        // JSON compresses well but not 1,000:1; zeros do, and are refused as a zip bomb
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (SafeZip.Entry e : SafeZip.read(fileName, zip, 10_000, 200L * 1024 * 1024, MAX_TOTAL, 1000)) {
            files.put(e.path(), e.bytes());
        }
        byte[] doc = files.get(ArchiveWriter.DOCUMENT);
        if (doc == null) {
            throw new BadInputException("file", fileName + " has no " + ArchiveWriter.DOCUMENT
                    + ": it is not an OpenPlate export.");
        }
        JsonNode root;
        try {
            root = json.readTree(doc);
        } catch (IOException e) {
            throw new BadInputException("file", fileName + ": " + ArchiveWriter.DOCUMENT + " is not valid JSON ("
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()) + ").");
        }
        if (root == null || !ArchiveWriter.FORMAT.equals(root.path("format").asText())) {
            throw new BadInputException("file", fileName + ": not an OpenPlate export (format is not \""
                    + ArchiveWriter.FORMAT + "\").");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > ArchiveWriter.VERSION) {
            throw new BadInputException("file", fileName + ": export version " + version + " is not supported (this"
                    + " OpenPlate reads versions 1 to " + ArchiveWriter.VERSION + ").");
        }
        if (!root.path("tables").isObject() || root.path("account").path("origin").asText().isEmpty()) {
            throw new BadInputException("file", fileName + ": the export has no tables or no account section.");
        }
        for (var it = root.path("tables").fieldNames(); it.hasNext(); ) {
            String table = it.next();
            if (UserTables.ALL.stream().noneMatch(t -> t.name().equals(table))) {
                throw new BadInputException("file", fileName + ": unknown table \"" + table + "\" in the export.");
            }
            if (!root.path("tables").path(table).isArray()) {
                throw new BadInputException("file", fileName + ": table \"" + table + "\" must be a list of rows.");
            }
        }
        return new Archive(root, files);
    }
}
