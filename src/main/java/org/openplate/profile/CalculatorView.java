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
public record CalculatorView(Map<String, String> values, UnitSystem units, org.openplate.web.FormErrors errors) {

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
        return new CalculatorView(values, units, org.openplate.web.FormErrors.none());
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
        return new CalculatorView(v, units, org.openplate.web.FormErrors.none());
    }

    /** The same form showing every wrong field of {@code e}, each beside its field. */
    public CalculatorView withErrors(org.openplate.common.BadInputException e) {
        return new CalculatorView(values, units, org.openplate.web.FormErrors.of(e));
    }

    /** The first message (the page's alert), or null. */
    public String error() {
        return errors.first();
    }

    /** The first wrong field, or null. */
    public String errorField() {
        return errors.firstField();
    }

    /** The first of {@code fields} that is wrong (a value may come under one of several names), or null. */
    public String wrong(String... fields) {
        for (String f : fields) {
            if (errors.has(f)) {
                return f;
            }
        }
        return null;
    }

    /** {@code aria-invalid} for an input any of whose {@code fields} is wrong: "true" or null. */
    public String invalid(String... fields) {
        return wrong(fields) == null ? null : "true";
    }

    /** {@code aria-describedby} for that input: the wrong field's message id, or null. */
    public String describedBy(String... fields) {
        String f = wrong(fields);
        return f == null ? null : org.openplate.web.FormErrors.messageId(f);
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
