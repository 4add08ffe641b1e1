package org.openplate.transfer.trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.common.BadInputException;

/**
 * Reads exports of other calorie trackers into {@link TrackerData}, without touching the database.
 * Files are recognised by name (case ignored; a browser's " (1)" before the extension is allowed):
 * <ul>
 *   <li>myfitnesspal: Nutrition-Summary-*.csv, Measurement-Summary-*.csv, Exercise-Summary-*.csv
 *       (or the .zip holding them)</li>
 *   <li>cronometer: servings.csv, exercises.csv, biometrics.csv, notes.csv (or a .zip holding them)</li>
 *   <li>loseit: one .zip holding food-logs.csv, weights.csv and/or exercise-logs.csv</li>
 *   <li>myplate: one .xls (LIVESTRONG MyPlate "Detailed" export)</li>
 * </ul>
 * A file that cannot be read at all throws {@link TrackerFormatException}; rows that cannot be read
 * are listed in {@link TrackerData#problems()}, and the caller then refuses the import as a whole.
 */
public final class TrackerImports {

    /** The sources accepted by {@link #parse}. */
    public static final List<String> SOURCES = List.of("myfitnesspal", "cronometer", "loseit", "myplate");

    private final Limits limits;

    TrackerImports(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param source "myfitnesspal", "cronometer", "loseit" or "myplate"
     * @param files  the uploaded files
     * @throws TrackerFormatException when a file is unknown, has the wrong columns, is too large or is
     *                                not what its name says
     * @throws BadInputException      (field "source") for an unknown source
     */
    public static TrackerData parse(String source, List<TrackerFile> files) {
        return new TrackerImports(Limits.DEFAULT).read(source, files);
    }

    TrackerData read(String source, List<TrackerFile> files) {
        String src = source == null ? "" : source.trim().toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(src)) {
            throw new BadInputException("source", "unknown tracker \"" + source + "\"; accepted: "
                    + String.join(", ", SOURCES));
        }
        if (files == null || files.isEmpty()) {
            throw new TrackerFormatException("no file was uploaded; accepted: " + accepted(src));
        }
        Sink sink = new Sink(src);
        switch (src) {
            case "myfitnesspal" -> myFitnessPal(sink, files);
            case "cronometer" -> cronometer(sink, files);
            case "loseit" -> single(files, ".zip", src).forEach(f -> new LoseItParser(sink, limits)
                    .export(f.name(), f.bytes()));
            default -> single(files, ".xls", src).forEach(f -> new MyPlateParser(sink, limits)
                    .workbook(f.name(), f.bytes()));
        }
        return sink.data();
    }

    private void myFitnessPal(Sink sink, List<TrackerFile> files) {
        MyFitnessPalParser p = new MyFitnessPalParser(sink, limits);
        for (TrackerFile f : unzip(files, "myfitnesspal")) {
            switch (kind("myfitnesspal", name(f))) {
                case "nutrition" -> p.nutrition(f.name(), f.bytes());
                case "measurement" -> p.measurements(f.name(), f.bytes());
                case "exercise" -> p.exercise(f.name(), f.bytes());
                default -> throw unknown(f, "myfitnesspal");
            }
        }
    }

    private void cronometer(Sink sink, List<TrackerFile> files) {
        CronometerParser p = new CronometerParser(sink, limits);
        for (TrackerFile f : unzip(files, "cronometer")) {
            switch (kind("cronometer", name(f))) {
                case "servings" -> p.servings(f.name(), f.bytes());
                case "exercises" -> p.exercises(f.name(), f.bytes());
                case "biometrics" -> p.biometrics(f.name(), f.bytes());
                case "notes" -> p.notes(f.name(), f.bytes());
                default -> throw unknown(f, "cronometer");
            }
        }
    }

    /** The kind of CSV a (lower-case) name is for this source, or "" when it is not one. */
    private static String kind(String source, String n) {
        if (!n.endsWith(".csv")) {
            return "";
        }
        if (source.equals("myfitnesspal")) {
            for (String k : List.of("nutrition", "measurement", "exercise")) {
                if (n.startsWith(k + "-summary")) {
                    return k;
                }
            }
            return "";
        }
        String base = n.substring(0, n.length() - 4);
        return List.of("servings", "exercises", "biometrics", "notes").contains(base) ? base : "";
    }

    /**
     * The files, with a .zip (as the trackers e-mail them) replaced by the CSVs in it that this source
     * reads; other entries of the zip are ignored.
     */
    private List<TrackerFile> unzip(List<TrackerFile> files, String source) {
        List<TrackerFile> out = new ArrayList<>();
        for (TrackerFile f : files) {
            if (!name(f).endsWith(".zip")) {
                out.add(f);
                continue;
            }
            int before = out.size();
            for (SafeZip.Entry e : SafeZip.read(f.name(), f.bytes(), limits)) {
                TrackerFile inner = new TrackerFile(e.baseName(), e.bytes());
                if (!kind(source, name(inner)).isEmpty()) {
                    out.add(inner);
                }
            }
            if (out.size() == before) {
                throw new TrackerFormatException(f.name() + ": the zip holds none of the files this import reads;"
                        + " accepted: " + accepted(source));
            }
        }
        return out;
    }

    private static List<TrackerFile> single(List<TrackerFile> files, String extension, String source) {
        for (TrackerFile f : files) {
            if (!name(f).endsWith(extension)) {
                throw unknown(f, source);
            }
        }
        if (files.size() > 1) {
            throw new TrackerFormatException(files.get(1).name() + ": upload one " + extension + " file only; "
                    + "accepted: " + accepted(source));
        }
        return files;
    }

    /** The file's base name in lower case, with a browser's " (1)" before the extension removed. */
    static String name(TrackerFile f) {
        String n = f.name() == null ? "" : f.name();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).trim().toLowerCase(Locale.ROOT);
        return n.replaceFirst("\\s*\\(\\d+\\)(\\.[a-z]+)$", "$1");
    }

    private static TrackerFormatException unknown(TrackerFile f, String source) {
        return new TrackerFormatException(f.name() + ": not a file this import reads; accepted: " + accepted(source));
    }

    static String accepted(String source) {
        return switch (source) {
            case "myfitnesspal" -> "Nutrition-Summary-….csv, Measurement-Summary-….csv and Exercise-Summary-….csv"
                    + " from MyFitnessPal's export, or the .zip holding them";
            case "cronometer" -> "servings.csv, exercises.csv, biometrics.csv and notes.csv from Cronometer,"
                    + " or a .zip holding them";
            case "loseit" -> "the one .zip Lose It! sends as your data export";
            default -> "the one .xls file of MyPlate's \"Detailed\" export";
        };
    }
}
