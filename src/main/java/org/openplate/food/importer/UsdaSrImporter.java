package org.openplate.food.importer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.openplate.food.FoodRecord;
import org.openplate.food.importer.Importers.Cursor;
import org.openplate.food.importer.Importers.Input;
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
 * order. The files are merge-joined on NDB_No, one food at a time. SR documents them as sorted by
 * NDB_No but some distributions are not (SR21's ABBREV.txt comes in interleaved blocks), so an
 * unsorted file is first copied sorted through bounded-size runs on disk ({@link SortedCopy});
 * memory stays constant either way.
 */
public final class UsdaSrImporter implements FoodImporter {

    public static final String FORMAT = "usda-sr";
    public static final String SOURCE = "usda-sr";

    private static final String FOOD_DES = "FOOD_DES.txt";
    private static final String ABBREV = "ABBREV.txt";
    private static final String NUT_DATA = "NUT_DATA.txt";
    private static final String WEIGHT = "WEIGHT.txt";
    private static final String FD_GROUP = "FD_GROUP.txt";
    private static final List<String> FILES = List.of(FOOD_DES, ABBREV, NUT_DATA, WEIGHT, FD_GROUP);

    private final int sortChunkLines;

    public UsdaSrImporter() {
        this(SortedCopy.DEFAULT_CHUNK_LINES);
    }

    /** @param sortChunkLines lines sorted in memory at once when a file must be sorted first */
    UsdaSrImporter(int sortChunkLines) {
        this.sortChunkLines = sortChunkLines;
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
        List<Path> temps = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        try {
            RowSource foods = open(byName.get(FOOD_DES), FOOD_DES, n -> n == 14, "14", report, temps, inputs);
            boolean abbrev = nutrientFile.equals(ABBREV);
            IntPredicate nutrientFields = abbrev ? n -> n == SrAbbrev.SR21.length || n == SrAbbrev.SR22.length
                    : n -> n >= 3;
            RowSource nutrientSource = open(byName.get(nutrientFile), nutrientFile, nutrientFields,
                    abbrev ? "51 or 53" : "at least 3", report, temps, inputs);
            Cursor nutrients = new Cursor(nutrientFile, nutrientSource, "NDB_No", FOOD_DES, report);
            Cursor weights = null;
            if (byName.containsKey(WEIGHT)) {
                RowSource weightSource = open(byName.get(WEIGHT), WEIGHT, n -> n == 7, "7", report, temps, inputs);
                weights = new Cursor(WEIGHT, weightSource, "NDB_No", FOOD_DES, report);
            }
            long total = inputs.stream().mapToLong(i -> i.size).sum();
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
                    progress.update(Math.min(total, inputs.stream().mapToLong(Input::position).sum()), total,
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
            for (Input in : inputs) {
                in.close();
            }
            for (Path t : temps) {
                Files.deleteIfExists(t);
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

    /** Opens a file for the join, through a sorted temporary copy when it is out of NDB_No order. */
    private RowSource open(Path path, String name, IntPredicate fieldCount, String expected, ImportReport report,
                           List<Path> temps, List<Input> inputs) throws IOException {
        SortedCopy.Inversion bad = SortedCopy.firstInversion(path, StandardCharsets.ISO_8859_1, SrRows::key);
        boolean numbered = bad != null;
        Path read = path;
        if (numbered) {
            report.flag(name, bad.line(), bad.key(), name + " is not sorted by NDB_No (" + bad.key() + " after "
                    + bad.previous() + "); joined through a sorted temporary copy");
            read = SortedCopy.sort(path, StandardCharsets.ISO_8859_1, SrRows::key, sortChunkLines);
            temps.add(read);
        }
        Input in = new Input(read, name, numbered ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        inputs.add(in);
        return new SrRows(in.reader, numbered, fieldCount, expected);
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

    /** Parses SR lines (optionally prefixed "line\t" by {@link SortedCopy}) into rows keyed by NDB_No. */
    private static final class SrRows implements RowSource {
        private final BufferedReader in;
        private final boolean numbered;
        private final IntPredicate fieldCount;
        private final String expected;
        private long line;

        SrRows(BufferedReader in, boolean numbered, IntPredicate fieldCount, String expected) {
            this.in = in;
            this.numbered = numbered;
            this.fieldCount = fieldCount;
            this.expected = expected;
        }

        @Override
        public Row next() throws IOException {
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                long no = ++line;
                if (numbered) {
                    int tab = s.indexOf('\t');
                    no = Long.parseLong(s.substring(0, tab));
                    s = s.substring(tab + 1);
                }
                if (s.isBlank() || s.equals("\u001a")) {
                    continue;
                }
                List<String> f = split(s);
                String key = key(s);
                if (key == null) {
                    return new Row(no, null, f, "missing or malformed NDB_No '" + f.get(0) + "'");
                }
                if (!fieldCount.test(f.size())) {
                    return new Row(no, key, f, "expected " + expected + " '^'-separated fields, found " + f.size());
                }
                return new Row(no, key, f, null);
            }
            return null;
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>(Arrays.asList(line.split("\\^", -1)));
            out.replaceAll(s -> s.length() >= 2 && s.startsWith("~") && s.endsWith("~") ? s.substring(1, s.length() - 1)
                    : s);
            return out;
        }

        /** The NDB_No of a raw line, or null when the first field is not digits. */
        static String key(String line) {
            int caret = line.indexOf('^');
            String k = (caret < 0 ? line : line.substring(0, caret)).replace("~", "").trim();
            return k.matches("\\d+") ? k : null;
        }
    }

    /** ABBREV.txt: SR21 has 51 fields; SR22–SR28 have 53 (Vit_D_µg and Vit_D_IU after Vit_E). */
    static final class SrAbbrev {
        /** {column name, catalogue id or null when not stored}, in file order. */
        static final String[][] SR21 = {
            {"NDB_No", null}, {"Shrt_Desc", null}, {"Water", "water"}, {"Energ_Kcal", "energy"},
            {"Protein", "protein"}, {"Lipid_Tot", "fat"}, {"Ash", "ash"}, {"Carbohydrt", "carbs"},
            {"Fiber_TD", "fiber"}, {"Sugar_Tot", "sugars"}, {"Calcium", "calcium"}, {"Iron", "iron"},
            {"Magnesium", "magnesium"}, {"Phosphorus", "phosphorus"}, {"Potassium", "potassium"},
            {"Sodium", "sodium"}, {"Zinc", "zinc"}, {"Copper", "copper"}, {"Manganese", "manganese"},
            {"Selenium", "selenium"}, {"Vit_C", "vitamin_c"}, {"Thiamin", "thiamin"}, {"Riboflavin", "riboflavin"},
            {"Niacin", "niacin"}, {"Panto_Acid", "pantothenic_acid"}, {"Vit_B6", "vitamin_b6"},
            {"Folate_Tot", "folate"}, {"Folic_Acid", null}, {"Food_Folate", null}, {"Folate_DFE", null},
            {"Choline_Tot", "choline"}, {"Vit_B12", "vitamin_b12"}, {"Vit_A_IU", "vitamin_a_iu"},
            {"Vit_A_RAE", null}, {"Retinol", "retinol"}, {"Alpha_Carot", "alpha_carotene"},
            {"Beta_Carot", "beta_carotene"}, {"Beta_Crypt", "beta_cryptoxanthin"}, {"Lycopene", "lycopene"},
            {"Lut+Zea", "lutein_zeaxanthin"}, {"Vit_E", "vitamin_e"}, {"Vit_K", "vitamin_k"},
            {"FA_Sat", "saturated_fat"}, {"FA_Mono", "monounsaturated_fat"}, {"FA_Poly", "polyunsaturated_fat"},
            {"Cholestrl", "cholesterol"}, {"GmWt_1", null}, {"GmWt_Desc1", null}, {"GmWt_2", null},
            {"GmWt_Desc2", null}, {"Refuse_Pct", null}};
        static final String[][] SR22 = withVitaminD();

        private SrAbbrev() {
        }

        private static String[][] withVitaminD() {
            List<String[]> l = new ArrayList<>(Arrays.asList(SR21));
            int k = l.indexOf(Arrays.stream(SR21).filter(c -> c[0].equals("Vit_K")).findFirst().orElseThrow());
            l.add(k, new String[] {"Vit_D_IU", NutrientCatalog.VITAMIN_D});
            l.add(k, new String[] {"Vit_D_mcg", null});
            return l.toArray(new String[0][]);
        }

        /** Adds the row's measured values (blank = not measured); portions from GmWt_1/2 when given a list. */
        static void read(List<String> f, Map<String, Double> values, List<Portion> portions) {
            String[][] layout = f.size() == SR21.length ? SR21 : SR22;
            for (int i = 2; i < layout.length; i++) {
                Double v = layout[i][1] == null ? null : Importers.decimal(f.get(i), layout[i][0]);
                if (v != null) {
                    values.put(layout[i][1], v);
                }
            }
            if (portions != null) {
                int base = layout.length - 5;
                Importers.portion(null, null, f.get(base + 1), f.get(base), "GmWt_1").ifPresent(portions::add);
                Importers.portion(null, null, f.get(base + 3), f.get(base + 2), "GmWt_2").ifPresent(portions::add);
            }
        }
    }

    /**
     * An external merge sort of a text file by a key: runs of at most {@code chunkLines} lines are
     * sorted in memory and written to temporary files, then merged. Each output line is the original
     * line prefixed with its 1-based line number and a tab, so reports keep the original rows. Equal
     * keys keep file order; lines without a key sort first.
     */
    static final class SortedCopy {
        static final int DEFAULT_CHUNK_LINES = 20_000;

        /** The first line whose key is smaller than the one before it. */
        record Inversion(long line, String key, String previous) {
        }

        private record Line(String key, long no, String text) {
            static Line of(String numbered, Function<String, String> keyOf) {
                int tab = numbered.indexOf('\t');
                String text = numbered.substring(tab + 1);
                return new Line(keyOf.apply(text), Long.parseLong(numbered.substring(0, tab)), text);
            }
        }

        private static final Comparator<Line> ORDER = Comparator
                .comparing((Line l) -> l.key() == null ? "" : l.key(), Importers.KEY_ORDER)
                .thenComparingLong(Line::no);

        private SortedCopy() {
        }

        static Inversion firstInversion(Path file, Charset cs, Function<String, String> keyOf) throws IOException {
            try (BufferedReader r = Files.newBufferedReader(file, cs)) {
                String previous = null;
                long no = 0;
                for (String s = r.readLine(); s != null; s = r.readLine()) {
                    no++;
                    String k = s.isBlank() ? null : keyOf.apply(s);
                    if (k != null) {
                        if (previous != null && Importers.KEY_ORDER.compare(k, previous) < 0) {
                            return new Inversion(no, k, previous);
                        }
                        previous = k;
                    }
                }
                return null;
            }
        }

        /** A sorted, line-numbered UTF-8 copy of {@code file} in a temporary file the caller deletes. */
        static Path sort(Path file, Charset cs, Function<String, String> keyOf, int chunkLines) throws IOException {
            List<Path> runs = new ArrayList<>();
            try {
                try (BufferedReader r = Files.newBufferedReader(file, cs)) {
                    List<Line> chunk = new ArrayList<>();
                    long no = 0;
                    for (String s = r.readLine(); s != null; s = r.readLine()) {
                        if (!s.isBlank()) {
                            chunk.add(new Line(keyOf.apply(s), no + 1, s));
                        }
                        no++;
                        if (chunk.size() >= chunkLines) {
                            runs.add(writeRun(chunk));
                            chunk.clear();
                        }
                    }
                    if (!chunk.isEmpty() || runs.isEmpty()) {
                        runs.add(writeRun(chunk));
                    }
                }
                if (runs.size() == 1) {
                    return runs.remove(0);
                }
                Path out = Files.createTempFile("openplate-sorted-", ".txt");
                try {
                    merge(runs, keyOf, out);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(out);
                    throw e;
                }
                return out;
            } finally {
                for (Path run : runs) {
                    Files.deleteIfExists(run);
                }
            }
        }

        private static Path writeRun(List<Line> chunk) throws IOException {
            chunk.sort(ORDER);
            Path run = Files.createTempFile("openplate-run-", ".txt");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (Line l : chunk) {
                    w.write(l.no() + "\t" + l.text());
                    w.newLine();
                }
            }
            return run;
        }

        private static void merge(List<Path> runs, Function<String, String> keyOf, Path out) throws IOException {
            record Head(Line line, BufferedReader from) {
            }
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::line, ORDER));
            List<BufferedReader> readers = new ArrayList<>();
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Path run : runs) {
                    BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                    readers.add(r);
                    String s = r.readLine();
                    if (s != null) {
                        heads.add(new Head(Line.of(s, keyOf), r));
                    }
                }
                while (!heads.isEmpty()) {
                    Head h = heads.poll();
                    w.write(h.line().no() + "\t" + h.line().text());
                    w.newLine();
                    String s = h.from().readLine();
                    if (s != null) {
                        heads.add(new Head(Line.of(s, keyOf), h.from()));
                    }
                }
            } finally {
                for (BufferedReader r : readers) {
                    r.close();
                }
            }
        }
    }
}
