package org.openplate.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.transfer.trackers.SafeZip;

/**
 * Reads an export zip without holding it in memory. The upload is first copied to a temporary file
 * (at most {@link #MAX_ZIP}); then the zip is read twice as a stream, with its limits counted while
 * inflating: once for the document's header (format, version, account, row counts, catalogue foods),
 * once for the rows, which Jackson's streaming parser hands over one at a time. Memory is bounded by
 * one row (strings at most {@link #MAX_STRING} characters), whatever the size of the export.
 */
final class ArchiveReader {

    static final Pattern IMAGE_NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif)");
    /** Largest export zip read (the file itself, before inflating). */
    static final long MAX_ZIP = 200L * 1024 * 1024;
    static final long MAX_TOTAL = 500L * 1024 * 1024;
    static final long MAX_ENTRY = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** JSON compresses well but not 1,000:1; zeros do, and are refused as a zip bomb. */
    static final int BOMB_RATIO = 1000;
    /** Longest text value read from the document (a note is at most 2,000 characters). */
    static final int MAX_STRING = 100_000;
    /** Most rows restored at once, and most catalogue foods named. */
    static final long MAX_ROWS = 2_000_000;
    static final int MAX_CATALOGUE = 200_000;

    /** The document's header: the account it came from, rows per table, catalogue foods by old id. */
    record Header(String origin, Map<String, Integer> rows, Map<Long, String[]> catalogueFoods) {
        long total() {
            return rows.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    /** Takes one row of a table (its 1-based position) holding only the columns the table knows. */
    interface Rows {
        void row(String table, int index, ObjectNode row);
    }

    private ArchiveReader() {
    }

    /** Copies the upload to a temporary file, refusing more than {@link #MAX_ZIP}; the caller deletes it. */
    static Path spool(String fileName, InputStream in) {
        try {
            Path tmp = Files.createTempFile("openplate-restore", ".zip");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                long n = 0;
                for (int r; (r = in.read(buf)) > 0; ) {
                    n += r;
                    if (n > MAX_ZIP) {
                        throw new BadInputException("file", fileName + " is larger than 200 MB.");
                    }
                    out.write(buf, 0, r);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                if (e instanceof IOException io) {
                    throw new BadInputException("file", fileName + " could not be read (" + io.getMessage() + ").");
                }
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonFactory factory(ObjectMapper json) {
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING).build()).build();
        f.setCodec(json);
        return f;
    }

    /** Pass one: checks the whole zip against its limits and reads the document's header. */
    static Header header(String fileName, Path zip, ObjectMapper json) {
        JsonFactory f = factory(json);
        Object[] found = {null};
        walk(fileName, zip, data -> found[0] = readHeader(fileName, f.createParser(data)));
        if (found[0] == null) {
            throw new BadInputException("file", fileName + " has no " + ArchiveWriter.DOCUMENT
                    + ": it is not an OpenPlate export.");
        }
        return (Header) found[0];
    }

    /** Pass two: hands every row of every table, in the document's order, to {@code rows}. */
    static void rows(String fileName, Path zip, ObjectMapper json, Function<String, Set<String>> columns, Rows rows) {
        JsonFactory f = factory(json);
        walk(fileName, zip, data -> {
            JsonParser p = f.createParser(data);
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("tables")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String table = p.currentName();
                    Set<String> known = columns.apply(table);
                    p.nextToken();
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        index++;
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            throw new BadInputException("file", fileName + ": " + table + " row " + index
                                    + " is not an object.");
                        }
                        rows.row(table, index, row(fileName, p, table, index, known));
                    }
                }
            }
        });
    }

    private static ObjectNode row(String fileName, JsonParser p, String table, int index, Set<String> known)
            throws IOException {
        ObjectNode row = ((ObjectMapper) p.getCodec()).createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String column = p.currentName().toLowerCase(Locale.ROOT);
            JsonToken value = p.nextToken();
            if (!known.contains(column)) {
                p.skipChildren();    // a column this instance lacks, read past without keeping it
            } else if (value.isStructStart()) {
                throw new BadInputException("file", fileName + ": " + table + " row " + index + ", " + column
                        + " must be a single value.");
            } else {
                row.set(column, p.readValueAsTree());
            }
        }
        return row;
    }

    private interface DocumentReader {
        void read(InputStream data) throws IOException;
    }

    private static void walk(String fileName, Path zip, DocumentReader reader) {
        try (InputStream in = Files.newInputStream(zip)) {
            byte[] magic = in.readNBytes(2);
            if (magic.length < 2 || magic[0] != 'P' || magic[1] != 'K') {
                throw new BadInputException("file", fileName + ": not a zip file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = Files.newInputStream(zip)) {
            SafeZip.walk(fileName, in, MAX_ENTRIES, MAX_ENTRY, MAX_TOTAL, BOMB_RATIO, (path, data) -> {
                if (path.equals(ArchiveWriter.DOCUMENT)) {
                    try {
                        reader.read(data);
                    } catch (JsonProcessingException e) {
                        data.transferTo(OutputStream.nullOutputStream());   // a zip bomb is named as such
                        throw new BadInputException("file", fileName + ": " + ArchiveWriter.DOCUMENT
                                + " is not a valid export (" + e.getOriginalMessage() + ").");
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Header readHeader(String fileName, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new BadInputException("file", fileName + ": not an OpenPlate export.");
        }
        String format = null;
        int version = -1;
        String origin = "";
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<Long, String[]> catalogue = new java.util.HashMap<>();
        boolean tables = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "format" -> format = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "version" -> version = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "account" -> {
                    JsonNode account = t == JsonToken.START_OBJECT ? p.readValueAsTree() : null;
                    origin = account == null ? "" : account.path("origin").asText();
                }
                case "tables" -> {
                    tables = t == JsonToken.START_OBJECT;
                    countRows(fileName, p, rows);
                }
                case "catalogueFoods" -> catalogue(fileName, p, catalogue);
                default -> p.skipChildren();
            }
        }
        if (!ArchiveWriter.FORMAT.equals(format)) {
            throw new BadInputException("file", fileName + ": not an OpenPlate export (format is not \""
                    + ArchiveWriter.FORMAT + "\").");
        }
        if (version < 1 || version > ArchiveWriter.VERSION) {
            throw new BadInputException("file", fileName + ": export version " + version + " is not supported (this"
                    + " OpenPlate reads versions 1 to " + ArchiveWriter.VERSION + ").");
        }
        if (!tables || origin.isEmpty() || origin.length() > 100) {
            throw new BadInputException("file", fileName + ": the export has no tables or no account section.");
        }
        return new Header(origin, rows, catalogue);
    }

    private static void countRows(String fileName, JsonParser p, Map<String, Integer> rows) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        long total = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String table = p.currentName();
            if (UserTables.ALL.stream().noneMatch(t -> t.name().equals(table))) {
                throw new BadInputException("file", fileName + ": unknown table \"" + table + "\" in the export.");
            }
            if (p.nextToken() != JsonToken.START_ARRAY || rows.containsKey(table)) {
                throw new BadInputException("file", fileName + ": table \"" + table + "\" must be one list of rows.");
            }
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                p.skipChildren();
                n++;
                if (++total > MAX_ROWS) {
                    throw new BadInputException("file", fileName + ": the export has more than " + MAX_ROWS
                            + " rows, more than one account can hold.");
                }
            }
            rows.put(table, n);
        }
    }

    private static void catalogue(String fileName, JsonParser p, Map<Long, String[]> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            p.nextToken();
            JsonNode f = p.currentToken() == JsonToken.START_OBJECT ? p.readValueAsTree() : null;
            if (f == null || !id.matches("[0-9]{1,18}") || out.size() >= MAX_CATALOGUE) {
                throw new BadInputException("file", fileName + ": catalogueFoods \"" + id + "\" is not a catalogue food.");
            }
            out.put(Long.parseLong(id), new String[] {f.path("source").asText(), f.path("sourceId").asText()});
        }
    }
}
