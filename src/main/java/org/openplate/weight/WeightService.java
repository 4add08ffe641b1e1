package org.openplate.weight;

import org.openplate.common.TextInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.TrendWeight;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.units.MeasureFormatException;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/** Weigh-ins, the trend weight and its weekly rate, and CSV import. */
public final class WeightService {

    static final int MAX_IMPORT_ROWS = 20_000;

    private final WeightRepository repo;
    private final ProfileService profiles;
    private final Clock clock;

    public WeightService(WeightRepository repo, ProfileService profiles, Clock clock) {
        this.repo = repo;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The weigh-ins and trend over a range, in the user's units. */
    public record Series(LocalDate from, LocalDate to, List<WeighIn> weighIns, List<TrendWeight.Point> points,
                         Double latestTrendKg, double weeklyRateKg, Double targetKg, UnitSystem units) {
    }

    /** What a CSV import did: rows read, weigh-ins added, and each rejected row with its reason. */
    public record ImportResult(int read, int inserted, List<String> rejected) {
    }

    public UnitSystem units(UserId user) {
        return profiles.get(user).units();
    }

    /** Adds a weigh-in. Fields: date (default today), weight (user's units, or with a unit), bodyFat, waist. */
    public WeighIn add(UserId user, Function<String, String> f) {
        Profile p = profiles.get(user);
        WeighIn w = parse(p, 0, TextInput.checked(f), null);
        WeighIn saved = repo.insert(user, List.of(w), clock.millis()).get(0);
        syncProfile(user);
        return saved;
    }

    public WeighIn update(UserId user, long id, Function<String, String> f) {
        WeighIn before = get(user, id);
        WeighIn w = parse(profiles.get(user), id, TextInput.checked(f), before);
        repo.update(user, w);
        syncProfile(user);
        return w;
    }

    public WeighIn get(UserId user, long id) {
        return repo.find(user, id).orElseThrow(() -> new NotFoundException("No weigh-in with id " + id + "."));
    }

    public void delete(UserId user, long id) {
        if (!repo.delete(user, id)) {
            throw new NotFoundException("No weigh-in with id " + id + ".");
        }
        syncProfile(user);
    }

    /** The profile's weight follows the latest weigh-in, so goals and exercise calories use it. */
    private void syncProfile(UserId user) {
        repo.latest(user).ifPresent(w -> {
            Double current = profiles.get(user).weightKg();
            if (current == null || Math.abs(current - w.weightKg()) > 1e-9) {
                profiles.update(user, Map.of("weightKg", Double.toString(w.weightKg()))::get);
            }
        });
    }

    /** The trend over [from, to]; the trend is computed from the first weigh-in ever, so it is warm at {@code from}. */
    public Series series(UserId user, LocalDate from, LocalDate to) {
        Profile p = profiles.get(user);
        List<WeighIn> all = repo.list(user, LocalDate.of(1900, 1, 1), to);
        Map<LocalDate, Double> firstOfDay = new LinkedHashMap<>();
        all.forEach(w -> firstOfDay.putIfAbsent(w.day(), w.weightKg()));
        List<TrendWeight.Point> points = TrendWeight.series(firstOfDay);
        List<TrendWeight.Point> inRange = points.stream().filter(pt -> !pt.date().isBefore(from)).toList();
        Double latest = points.isEmpty() ? null : points.get(points.size() - 1).trendKg();
        return new Series(from, to, all.stream().filter(w -> !w.day().isBefore(from)).toList(), inRange, latest,
                TrendWeight.weeklyRateKg(points), p.targetWeightKg(), p.units());
    }

    public LocalDate today(UserId user) {
        return profiles.today(profiles.get(user));
    }

    /**
     * Imports "date,weight[,body fat %]" lines (a header line is skipped; weights in the user's
     * units unless they carry one, e.g. "72.5kg" or "160lb"). Valid rows go in one transaction;
     * rejected rows are reported with their line number and reason.
     */
    public ImportResult importCsv(UserId user, String text) {
        Profile p = profiles.get(user);
        List<WeighIn> rows = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int read = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text == null ? "" : text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || (n == 1 && !Character.isDigit(line.strip().charAt(0)))) {
                    continue;
                }
                read++;
                if (read > MAX_IMPORT_ROWS) {
                    throw new BadInputException("csv", "at most " + MAX_IMPORT_ROWS + " rows per import.");
                }
                try {
                    rows.add(parse(p, 0, csvFields(line)::get, null));
                } catch (BadInputException e) {
                    rejected.add("line " + n + csvColumn(e.field()) + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.insert(user, rows, clock.millis());
        if (!rows.isEmpty()) {
            syncProfile(user);
        }
        return new ImportResult(read, rows.size(), rejected);
    }

    /** CSV columns in order; a line's missing or empty value is absent, as in a form. */
    private static final List<String> CSV_COLUMNS = List.of("date", "weight", "bodyFat");

    /** One line's values by field; control characters and extra columns are refused naming the column. */
    private static Map<String, String> csvFields(String line) {
        List<String> c = WeightCsv.fields(line);
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String value = WeightCsv.decimalPoint(c.get(i).strip());
            if (i >= CSV_COLUMNS.size()) {
                if (!value.isEmpty()) {
                    throw new BadInputException("column" + (i + 1), "there are at most " + CSV_COLUMNS.size()
                            + " values on a line: date, weight and body fat %.");
                }
                continue;
            }
            f.put(CSV_COLUMNS.get(i), TextInput.line(CSV_COLUMNS.get(i), value));
        }
        if (!present(f.get("date"))) {
            throw new BadInputException("date", "date is missing; write it as yyyy-mm-dd.");
        }
        if (!present(f.get("weight"))) {
            throw new BadInputException("weight", "weight is missing.");
        }
        return f;
    }

    /** ", column 2 (weight)" for a field of the CSV line, or "" when the error is not about one column. */
    private static String csvColumn(String field) {
        int i = CSV_COLUMNS.indexOf(field);
        if (i >= 0) {
            return ", column " + (i + 1) + " (" + field + ")";
        }
        return field != null && field.startsWith("column") ? ", column " + field.substring(6) : "";
    }

    private WeighIn parse(Profile p, long id, Function<String, String> f, WeighIn before) {
        ZoneId zone = p.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = before == null ? today : before.day();
        if (present(f.apply("date"))) {
            try {
                day = LocalDate.parse(f.apply("date").trim());
            } catch (DateTimeParseException e) {
                throw new BadInputException("date", "date must be a date as yyyy-mm-dd.");
            }
            if (day.isAfter(today) || day.isBefore(LocalDate.of(1900, 1, 1))) {
                throw new BadInputException("date", "date must be between 1900-01-01 and today (" + today + ").");
            }
        }
        double kg = before == null ? Double.NaN : before.weightKg();
        String text = present(f.apply("weight")) ? f.apply("weight") : present(f.apply("weightKg"))
                ? f.apply("weightKg") + "kg" : present(f.apply("weightLb")) ? f.apply("weightLb") + "lb" : null;
        if (text != null) {
            kg = weightKg(text.trim(), p.units());
        } else if (before == null) {
            throw new BadInputException("weight", "weight is required (" + range(p.units()) + ").");
        }
        Double fat = optional(f.apply("bodyFat"), "bodyFat", 3, 75, before == null ? null : before.bodyFatPct());
        Double waist = optional(f.apply("waist"), "waist", p.units() == UnitSystem.US ? 15 : 38,
                p.units() == UnitSystem.US ? 100 : 254, null);
        if (waist != null && p.units() == UnitSystem.US) {
            waist = Measures.inchesToCm(waist);
        }
        if (waist == null && before != null) {
            waist = before.waistCm();
        }
        long at = day.equals(today) ? clock.millis() : day.atStartOfDay(zone).toInstant().toEpochMilli();
        if (before != null && day.equals(before.day())) {
            at = before.measuredAt();
        }
        return new WeighIn(id, day, at, kg, fat, waist);
    }

    static double weightKg(String text, UnitSystem units) {
        double kg;
        try {
            kg = text.matches("[0-9]+(\\.[0-9]+)?") ? (units == UnitSystem.METRIC ? Double.parseDouble(text)
                    : Measures.lbToKg(Double.parseDouble(text))) : Measures.parseWeightKg(text);
        } catch (MeasureFormatException e) {
            throw new BadInputException("weight", e.getMessage());
        }
        if (!(kg >= CalorieGoalInput.MIN_WEIGHT_KG && kg <= CalorieGoalInput.MAX_WEIGHT_KG)) {
            throw new BadInputException("weight", "weight must be " + range(units) + ".");
        }
        return kg;
    }

    static String range(UnitSystem units) {
        return units == UnitSystem.US ? "between 55 and 880 lb" : "between 25 and 400 kg";
    }

    private static Double optional(String text, String field, double min, double max, Double before) {
        if (!present(text)) {
            return before;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number between " + (int) min + " and " + (int) max + ".");
        }
        if (!(v >= min && v <= max)) {   // NaN fails too
            throw new BadInputException(field, field + " must be between " + (int) min + " and " + (int) max + ".");
        }
        return v;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
