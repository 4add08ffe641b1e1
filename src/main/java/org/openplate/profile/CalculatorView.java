package org.openplate.profile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * What the calculator widget's form shows: the raw values as typed (so a re-rendered form keeps
 * them), the unit system, and the option lists.
 */
public record CalculatorView(Map<String, String> values, UnitSystem units, String error, String errorField) {

    static final String[] FIELDS = {"sex", "heightFt", "heightIn", "heightCm", "weight", "age", "activity", "goal",
        "bodyFat", "equation"};

    /** The form as typed: {@code typed} holds the {@link #FIELDS} and {@code units} (absent ones missing or null). */
    public static CalculatorView fromValues(Map<String, String> typed, UnitSystem defaultUnits) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = typed.get(f);
            values.put(f, v == null ? "" : v);
        }
        UnitSystem units = defaultUnits;
        String u = typed.get("units");
        if (u != null) {
            units = UnitSystem.fromCode(u.toLowerCase(Locale.ROOT)).orElse(defaultUnits);
        }
        return new CalculatorView(values, units, null, null);
    }

    /** A form filled from a parsed input, e.g. from the user's profile. */
    public static CalculatorView of(CalorieGoalInput in, UnitSystem units) {
        Map<String, String> v = new LinkedHashMap<>();
        Measures.FeetInches fi = Measures.FeetInches.of(in.heightCm());
        v.put("sex", in.sex().code());
        v.put("heightFt", Integer.toString(fi.feet()));
        v.put("heightIn", Integer.toString(fi.inches()));
        v.put("heightCm", String.format(Locale.ROOT, "%.1f", in.heightCm()));
        v.put("weight", String.format(Locale.ROOT, "%.1f", units == UnitSystem.US ? Measures.kgToLb(in.weightKg())
                : in.weightKg()));
        v.put("age", Integer.toString(in.ageYears()));
        v.put("activity", in.activity().code());
        v.put("goal", in.goal().code());
        v.put("bodyFat", in.bodyFatPct() == null ? "" : String.format(Locale.ROOT, "%.1f", in.bodyFatPct()));
        v.put("equation", in.equation().code());
        return new CalculatorView(v, units, null, null);
    }

    public CalculatorView withError(String message, String field) {
        return new CalculatorView(values, units, message, field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean metric() {
        return units == UnitSystem.METRIC;
    }

    public boolean selected(String field, String code) {
        return code.equalsIgnoreCase(value(field));
    }

    public ActivityLevel[] activities() {
        return ActivityLevel.values();
    }

    public WeeklyGoal[] goals() {
        return WeeklyGoal.values();
    }

    /** The same form in the other unit system (a link, so it works without JavaScript). */
    public String switchUnitsQuery() {
        return "units=" + (metric() ? "us" : "metric");
    }

    /** Query string that carries the exact metric inputs to sign-up or to a saved link. */
    public static String carryQuery(CalorieGoalInput in, UnitSystem units) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("units", units.code());
        q.put("sex", in.sex().code());
        q.put("heightCm", String.format(Locale.ROOT, "%.2f", in.heightCm()));
        q.put("weightKg", String.format(Locale.ROOT, "%.3f", in.weightKg()));
        q.put("age", Integer.toString(in.ageYears()));
        q.put("activity", in.activity().code());
        q.put("goal", in.goal().code());
        if (in.bodyFatPct() != null) {
            q.put("bodyFat", String.format(Locale.ROOT, "%.1f", in.bodyFatPct()));
        }
        q.put("equation", in.equation().code());
        StringBuilder sb = new StringBuilder();
        q.forEach((k, val) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(val, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
