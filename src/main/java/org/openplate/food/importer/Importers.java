package org.openplate.food.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Portion;

/**
 * The registry of import formats, plus the plumbing the importers of this package share: checking
 * and storing one record, number and barcode cells, files opened for streaming with their byte
 * position, and the merge-join cursor over files sorted by food id.
 */
public final class Importers {

    private static final Map<String, Supplier<FoodImporter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put(UsdaSrImporter.FORMAT, UsdaSrImporter::new);
        FORMATS.put(FdcCsvImporter.FORMAT, FdcCsvImporter::new);
        FORMATS.put(OffImporter.FORMAT, OffImporter::new);
        FORMATS.put(OpenPlateCsvImporter.FORMAT, OpenPlateCsvImporter::new);
    }

    /** Food ids made of digits compare as numbers (shorter first), then as text. */
    static final Comparator<String> KEY_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    /** Rows with more rows than this for one food in one file are refused (keeps the join bounded). */
    static final int MAX_ROWS_PER_FOOD = 10_000;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Importers() {
    }

    /** A new importer for a {@code --format} name (case-insensitive), if there is one. */
    public static Optional<FoodImporter> forFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        Supplier<FoodImporter> s = FORMATS.get(format.trim().toLowerCase(Locale.ROOT));
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** The format names, in a stable order. */
    public static List<String> formats() {
        return List.copyOf(FORMATS.keySet());
    }

    /** Runs {@link FoodChecks} on a record: rejects it, or flags and stores it. */
    static void accept(FoodRecord food, String file, long row, ImportReport report, FoodSink sink) {
        FoodChecks.Verdict v = FoodChecks.check(food);
        if (!v.accepted()) {
            report.reject(file, row, food.sourceId(), v.rejection());
            return;
        }
        for (String flag : v.flags()) {
            report.flag(file, row, food.sourceId(), flag);
        }
        report.count(sink.upsert(food));
    }

    /**
     * A decimal cell: null when blank; a finite number otherwise.
     *
     * @throws IllegalArgumentException naming {@code column} when the cell is not a plain decimal
     */
    static Double decimal(String cell, String column) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String s = cell.trim();
        if (!NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException("non-numeric " + column + " '" + cell + "'");
        }
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(column + " out of range '" + cell + "'");
        }
        return v;
    }

    /** A decimal written without trailing zeros: "1.0" → "1", ".5" → "0.5". */
    static String plain(String decimal) {
        BigDecimal d = new BigDecimal(decimal.trim()).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** "1 cup, sliced" from an amount ("1.0", may be blank) and a description; empty without weight. */
    static Optional<Portion> portion(String amount, String amountName, String desc, String grams,
                                     String gramsName) {
        Double g = Importers.decimal(grams, gramsName);
        Double a = Importers.decimal(amount, amountName);
        String d = desc == null ? "" : desc.trim();
        if (g == null || g <= 0 || d.isEmpty() && a == null) {
            return Optional.empty();
        }
        String label = a == null ? d : d.isEmpty() ? Importers.plain(amount) : Importers.plain(amount) + " " + d;
        return Optional.of(new Portion(label, g));
    }

    /**
     * A GTIN cell as stored (see {@link Barcodes#normalise}): null when blank. A 14-digit GTIN loses
     * its leading zero to become an EAN-13; one with another packaging indicator cannot be stored.
     *
     * @throws IllegalArgumentException "bad barcode check digit…" or another reason
     */
    static String barcode(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String code = cell.replaceAll("[\\s-]", "");
        if (!code.matches("\\d+")) {
            throw new IllegalArgumentException("bad barcode: not digits '" + cell + "'");
        }
        if (code.length() == 14) {
            if (code.charAt(0) != '0') {
                throw new IllegalArgumentException("bad barcode: GTIN-14 " + code
                        + " has packaging indicator " + code.charAt(0) + " and is not a retail EAN-13");
            }
            code = code.substring(1);
        }
        if (code.length() != 8 && code.length() != 12 && code.length() != 13) {
            throw new IllegalArgumentException("bad barcode length (" + code.length() + " digits): " + cell.trim());
        }
        return Barcodes.normalise(code)
                .orElseThrow(() -> new IllegalArgumentException("bad barcode check digit: " + cell.trim()));
    }

    /** A problem in one row of one file, thrown while building a food from its rows. */
    static final class RowError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String file;
        final long row;

        RowError(String file, long row, String reason) {
            super(reason, null, false, false);
            this.file = file;
            this.row = row;
        }
    }

    /** A text file opened for streaming; {@link #position} is the bytes read so far (for progress). */
    static final class Input implements Closeable {
        final String name;
        final long size;
        final BufferedReader reader;
        private final SeekableByteChannel channel;

        Input(Path path, String name, Charset charset) throws IOException {
            this.name = name;
            this.channel = Files.newByteChannel(path);
            this.size = channel.size();
            this.reader = new BufferedReader(Channels.newReader(channel, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE), -1), 65_536);
        }

        long position() {
            try {
                return channel.isOpen() ? channel.position() : size;
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** One row of a joined file: original 1-based line, food id (null if unreadable), fields or an error. */
    record Row(long line, String key, List<String> fields, String error) {
    }

    /** Hands out rows in file order; null at the end. */
    interface RowSource {
        Row next() throws IOException;
    }

    /**
     * The secondary side of a merge-join: a file sorted by food id, read alongside a driving file
     * sorted the same way. Only the rows of the current food are held in memory. Rows whose id
     * goes backwards, or whose food the driving file does not have, are rejected with a reason.
     */
    static final class Cursor {
        private final String file;
        private final RowSource source;
        private final String keyName;
        private final String driverFile;
        private final ImportReport report;
        private Row peek;
        private String lastKey;

        Cursor(String file, RowSource source, String keyName, String driverFile, ImportReport report) {
            this.file = file;
            this.source = source;
            this.keyName = keyName;
            this.driverFile = driverFile;
            this.report = report;
        }

        /** The rows for {@code key}, after rejecting any skipped-over rows; null key drains the file. */
        List<Row> take(String key) throws IOException {
            List<Row> out = new ArrayList<>();
            while (true) {
                if (peek == null && (peek = source.next()) == null) {
                    return out;
                }
                Row r = peek;
                if (r.key() == null) {
                    report.reject(file, r.line(), null, r.error());
                } else if (lastKey != null && KEY_ORDER.compare(r.key(), lastKey) < 0) {
                    report.reject(file, r.line(), r.key(), file + " is not sorted by " + keyName + " ("
                            + r.key() + " after " + lastKey + "); row skipped");
                } else {
                    int c = key == null ? -1 : KEY_ORDER.compare(r.key(), key);
                    if (c > 0) {
                        return out;
                    }
                    lastKey = r.key();
                    if (c < 0) {
                        report.reject(file, r.line(), r.key(), "no " + driverFile + " row for " + keyName + " "
                                + r.key() + " (or " + driverFile + " is not in the same order)");
                    } else if (out.size() >= MAX_ROWS_PER_FOOD) {
                        report.reject(file, r.line(), r.key(), "more than " + MAX_ROWS_PER_FOOD + " rows for "
                                + keyName + " " + r.key() + "; row skipped");
                    } else {
                        out.add(r);
                    }
                }
                peek = null;
            }
        }
    }
}
