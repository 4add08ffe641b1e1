package org.openplate.food.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Cursor;
import org.openplate.food.importer.Importers.Row;
import org.openplate.food.importer.Importers.RowError;
import org.openplate.food.importer.Importers.RowSource;
import org.openplate.food.usda.FoodGroups;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * USDA Standard Reference in its ASCII layout ('^'-separated, text in '~', ISO-8859-1, no header):
 * FOOD_DES.txt plus ABBREV.txt or NUT_DATA.txt, optionally WEIGHT.txt and FD_GROUP.txt, in any
 * order. The files are merge-joined on NDB_No, one food at a time ({@link SrRows}): a file in
 * NDB_No order streams in constant memory, an unsorted one is read through a bounded line index.
 */
final class UsdaSrImporter implements FoodImporter {

    public static final String FORMAT = "usda-sr";
    public static final String SOURCE = "usda-sr";

    private static final String FOOD_DES = "FOOD_DES.txt";
    private static final String ABBREV = "ABBREV.txt";
    private static final String NUT_DATA = "NUT_DATA.txt";
    private static final String WEIGHT = "WEIGHT.txt";
    private static final String FD_GROUP = "FD_GROUP.txt";
    private static final List<String> FILES = List.of(FOOD_DES, ABBREV, NUT_DATA, WEIGHT, FD_GROUP);

    private final int maxIndexedLines;

    public UsdaSrImporter() {
        this(SrRows.DEFAULT_MAX_INDEXED_LINES);
    }

    /** @param maxIndexedLines the longest unsorted file joined through an index instead of refused */
    UsdaSrImporter(int maxIndexedLines) {
        this.maxIndexedLines = maxIndexedLines;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public ImportReport run(List<Path> files, FoodSink sink, Progress progress) throws IOException {
        Map<String, Path> byName = identify(files);
        if (!byName.containsKey(FOOD_DES) || byName.containsKey(ABBREV) == byName.containsKey(NUT_DATA)) {
            throw new IllegalArgumentException("usda-sr needs FOOD_DES.txt and either ABBREV.txt or NUT_DATA.txt"
                    + " (WEIGHT.txt and FD_GROUP.txt are optional); got " + byName.keySet());
        }
        String nutrientFile = byName.containsKey(ABBREV) ? ABBREV : NUT_DATA;
        ImportReport report = new ImportReport();
        Map<String, String> groups = byName.containsKey(FD_GROUP) ? groups(byName.get(FD_GROUP)) : Map.of();
        List<SrRows> inputs = new ArrayList<>();
        try {
            RowSource foods = open(byName.get(FOOD_DES), FOOD_DES, n -> n == 14, "14", report, inputs);
            boolean abbrev = nutrientFile.equals(ABBREV);
            IntPredicate nutrientFields = abbrev ? n -> n == SrAbbrev.SR21.length || n == SrAbbrev.SR22.length
                    : n -> n >= 3;
            RowSource nutrientSource = open(byName.get(nutrientFile), nutrientFile, nutrientFields,
                    abbrev ? "51 or 53" : "at least 3", report, inputs);
            Cursor nutrients = new Cursor(nutrientFile, nutrientSource, "NDB_No", FOOD_DES, report);
            Cursor weights = null;
            if (byName.containsKey(WEIGHT)) {
                RowSource weightSource = open(byName.get(WEIGHT), WEIGHT, n -> n == 7, "7", report, inputs);
                weights = new Cursor(WEIGHT, weightSource, "NDB_No", FOOD_DES, report);
            }
            long total = inputs.stream().mapToLong(SrRows::size).sum();
            String last = null;
            for (Row food = foods.next(); food != null; food = foods.next()) {
                report.countRead();
                if (food.key() == null) {
                    report.reject(FOOD_DES, food.line(), null, food.error());
                } else if (last != null && Importers.KEY_ORDER.compare(food.key(), last) <= 0) {
                    report.reject(FOOD_DES, food.line(), food.key(), "duplicate NDB_No " + food.key());
                } else {
                    last = food.key();
                    List<Row> nutrientRows = nutrients.take(food.key());
                    List<Row> weightRows = weights == null ? null : weights.take(food.key());
                    try {
                        FoodRecord r = build(food, nutrientFile, nutrientRows, weightRows, groups, report);
                        Importers.accept(r, FOOD_DES, food.line(), report, sink);
                    } catch (RowError e) {
                        report.reject(e.file, e.row, food.key(), e.getMessage());
                    } catch (IllegalArgumentException e) {
                        report.reject(FOOD_DES, food.line(), food.key(), e.getMessage());
                    }
                }
                if (report.read() % 1000 == 0) {
                    progress.update(Math.min(total, inputs.stream().mapToLong(SrRows::position).sum()), total,
                            report.read());
                }
            }
            nutrients.take(null);
            if (weights != null) {
                weights.take(null);
            }
            sink.flush();
            progress.update(total, total, report.read());
            return report;
        } finally {
            for (SrRows in : inputs) {
                in.close();
            }
        }
    }

    private static Map<String, Path> identify(List<Path> files) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path p : files) {
            String name = FILES.stream().filter(f -> f.equalsIgnoreCase(p.getFileName().toString())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown USDA SR file '" + p.getFileName()
                            + "': expected " + String.join(", ", FILES)));
            if (byName.put(name, p) != null) {
                throw new IllegalArgumentException(name + " was given twice");
            }
        }
        return byName;
    }

    /** Opens a file for the join (see {@link SrRows#open}). */
    private SrRows open(Path path, String name, IntPredicate fieldCount, String expected, ImportReport report,
                        List<SrRows> inputs) throws IOException {
        SrRows rows = SrRows.open(path, name, fieldCount, expected, maxIndexedLines, report);
        inputs.add(rows);
        return rows;
    }

    private static FoodRecord build(Row food, String nutrientFile, List<Row> nutrientRows, List<Row> weightRows,
                                    Map<String, String> groups, ImportReport report) {
        List<String> f = food.fields();
        if (food.error() != null) {
            throw new IllegalArgumentException(food.error());
        }
        String name = f.get(2).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("missing name (Long_Desc)");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        List<Portion> portions = new ArrayList<>();
        for (Row r : nutrientRows) {
            try {
                if (r.error() != null) {
                    throw new IllegalArgumentException(r.error());
                }
                if (nutrientFile.equals(ABBREV)) {
                    if (r != nutrientRows.get(0)) {
                        throw new IllegalArgumentException("more than one ABBREV.txt row for NDB_No " + food.key());
                    }
                    SrAbbrev.read(r.fields(), values, weightRows == null ? portions : null);
                } else {
                    Nutrient n = NutrientCatalog.byUsdaNumber(r.fields().get(1).trim()).orElse(null);
                    Double v = Importers.decimal(r.fields().get(2), "Nutr_Val");
                    if (n != null && v != null) {
                        values.merge(n.id(), v, n.usdaNumbers().size() > 1 ? Double::sum : (a, b) -> b);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new RowError(nutrientFile, r.line(), e.getMessage());
            }
        }
        if (nutrientRows.isEmpty()) {
            report.flag(FOOD_DES, food.line(), food.key(), "no " + nutrientFile + " rows; imported without nutrients");
        }
        for (Row w : weightRows == null ? List.<Row>of() : weightRows) {
            try {
                if (w.error() != null) {
                    throw new IllegalArgumentException(w.error());
                }
                List<String> x = w.fields();
                Importers.portion(x.get(2), "Amount", x.get(3), x.get(4), "Gm_Wgt").ifPresent(portions::add);
            } catch (IllegalArgumentException e) {
                throw new RowError(WEIGHT, w.line(), e.getMessage());
            }
        }
        String code = f.get(1).trim();
        String group = groups.getOrDefault(code, code.isEmpty() ? null : FoodGroups.forNdb(code));
        String brand = f.get(5).isBlank() ? null : f.get(5).trim();
        return new FoodRecord(SOURCE, food.key(), name, brand, group, null, new Nutrients(values), portions,
                Importers.decimal(f.get(11), "Pro_Factor"), Importers.decimal(f.get(12), "Fat_Factor"),
                Importers.decimal(f.get(13), "CHO_Factor"));
    }

    /** FD_GROUP.txt: FdGrp_Cd → FdGrp_Desc (a few dozen rows). */
    private static Map<String, String> groups(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (var r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> f = SrRows.split(line);
                if (f.size() >= 2 && !f.get(0).isBlank()) {
                    map.put(f.get(0).trim(), f.get(1).trim());
                }
            }
        }
        return map;
    }
}
