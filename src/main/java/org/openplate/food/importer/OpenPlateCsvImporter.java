package org.openplate.food.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openplate.csv.Csv;
import org.openplate.csv.CsvStream;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Input;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * OpenPlate's own food CSV (docs/food-csv.md): UTF-8, comma-separated with RFC 4180 quoting (read
 * through {@link CsvStream}), a
 * header row naming the columns source, source_id, name, brand, food_group, barcode, portions and
 * one {@code <nutrient id>_<unit>} column per nutrient (e.g. energy_kcal, sodium_mg, folate_ug).
 * The header is checked before any row is read: an unknown column or a unit that differs from the
 * catalogue's fails the whole import with an {@link IllegalArgumentException} naming the column.
 */
final class OpenPlateCsvImporter implements FoodImporter {

    public static final String FORMAT = "csv";
    public static final String DEFAULT_SOURCE = "csv";

    static final Set<String> TEXT_COLUMNS = Set.of("source", "source_id", "name", "brand", "food_group", "barcode",
            "portions");

    @Override
    public String format() {
        return FORMAT;
    }

    /** The header a nutrient's column must have: its id, '_', its unit with µg as "ug" and IU as "iu". */
    public static String column(Nutrient n) {
        return n.id() + "_" + n.unit().replace("µg", "ug").toLowerCase(Locale.ROOT);
    }

    @Override
    public ImportReport run(List<Path> files, FoodSink sink, Progress progress) throws IOException {
        ImportReport report = new ImportReport();
        long total = 0;
        for (Path p : files) {
            total += Files.size(p);
        }
        long done = 0;
        for (Path p : files) {
            try (Input in = new Input(p, p.getFileName().toString(), StandardCharsets.UTF_8)) {
                CsvStream records = new CsvStream(in.reader, ',');
                CsvStream.Record header = records.next();
                if (header == null) {
                    throw new IllegalArgumentException(in.name + " is empty (expected a header row)");
                }
                Header columns = header(in.name, header);
                for (CsvStream.Record r = records.next(); r != null; r = records.next()) {
                    report.countRead();
                    readRow(in.name, r, columns, sink, report);
                    if (report.read() % 1000 == 0) {
                        progress.update(Math.min(total, done + in.position()), total, report.read());
                    }
                }
                done += in.size;
            }
        }
        sink.flush();
        progress.update(total, total, report.read());
        return report;
    }

    /** The checked header: per column, its text column name or catalogue id, and its name as written. */
    record Header(List<String> ids, List<String> names) {
    }

    /** Validates the header row (throws {@link IllegalArgumentException} naming the first bad column). */
    static Header header(String file, CsvStream.Record line) {
        Map<String, Nutrient> byColumn = new HashMap<>();
        for (Nutrient n : NutrientCatalog.all()) {
            byColumn.put(column(n), n);
        }
        List<String> out = new ArrayList<>();
        List<String> written = new ArrayList<>();
        if (line.error() != null) {
            throw new IllegalArgumentException(file + ": bad header row: " + line.error());
        }
        for (String field : line.fields()) {
            String raw = Csv.withoutBom(field);
            String name = raw.trim().toLowerCase(Locale.ROOT);
            String id = TEXT_COLUMNS.contains(name) ? name
                    : byColumn.containsKey(name) ? byColumn.get(name).id() : null;
            if (id == null) {
                throw new IllegalArgumentException(file + ": " + explain(raw.trim(), name));
            }
            if (out.contains(id)) {
                throw new IllegalArgumentException(file + ": column '" + raw.trim() + "' appears twice");
            }
            out.add(id);
            written.add(raw.trim());
        }
        for (String required : List.of("source_id", "name")) {
            if (!out.contains(required)) {
                throw new IllegalArgumentException(file + ": the header has no '" + required + "' column");
            }
        }
        return new Header(out, written);
    }

    /** Why a header is not accepted: a wrong or missing unit for a known nutrient, or unknown. */
    private static String explain(String raw, String name) {
        Nutrient best = null;
        for (Nutrient n : NutrientCatalog.all()) {
            if ((name.equals(n.id()) || name.startsWith(n.id() + "_"))
                    && (best == null || n.id().length() > best.id().length())) {
                best = n;
            }
        }
        if (best == null) {
            return "unknown column '" + raw + "' (see /help/formats for the column names)";
        }
        if (name.equals(best.id())) {
            return "column '" + raw + "' needs its unit: write it as '" + column(best) + "'";
        }
        return "column '" + raw + "' has unit '" + name.substring(best.id().length() + 1) + "' but " + best.id()
                + " is in " + best.unit() + ": write it as '" + column(best) + "'";
    }

    private static void readRow(String file, CsvStream.Record record, Header header, FoodSink sink,
                                ImportReport report) {
        List<String> columns = header.ids();
        String sourceId = null;
        long line = record.line();
        try {
            if (record.error() != null) {
                throw new IllegalArgumentException(record.error());
            }
            List<String> f = record.fields();
            if (f.size() != columns.size()) {
                throw new IllegalArgumentException("expected " + columns.size() + " fields, found " + f.size());
            }
            String id = f.get(columns.indexOf("source_id"));
            sourceId = id.isBlank() ? null : id.trim();
            Map<String, String> text = new HashMap<>();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < f.size(); i++) {
                String c = columns.get(i);
                if (TEXT_COLUMNS.contains(c)) {
                    text.put(c, f.get(i).isBlank() ? null : f.get(i).trim());
                } else {
                    values.put(c, Importers.decimal(f.get(i), header.names().get(i)));
                }
            }
            if (sourceId == null) {
                throw new IllegalArgumentException("missing source_id");
            }
            if (text.get("name") == null) {
                throw new IllegalArgumentException("missing name");
            }
            FoodRecord r = new FoodRecord(text.get("source") == null ? DEFAULT_SOURCE : text.get("source"), sourceId,
                    text.get("name"), text.get("brand"), text.get("food_group"), Importers.barcode(text.get("barcode")),
                    new Nutrients(values), portions(text.get("portions")), null, null, null);
            Importers.accept(r, file, line, report, sink);
        } catch (IllegalArgumentException e) {
            report.reject(file, line, sourceId, e.getMessage());
        }
    }

    /** "1 cup=150;1 slice=30" → portions; blank → none. */
    static List<Portion> portions(String cell) {
        List<Portion> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            Double grams = eq < 0 ? null : Importers.decimal(part.substring(eq + 1), "portion grams");
            if (eq <= 0 || part.substring(0, eq).isBlank() || grams == null || grams <= 0) {
                throw new IllegalArgumentException("bad portion '" + part.trim() + "' (expected name=grams, grams > 0)");
            }
            out.add(new Portion(part.substring(0, eq).trim(), grams));
        }
        return out;
    }
}
