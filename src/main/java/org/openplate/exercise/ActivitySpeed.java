package org.openplate.exercise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds in activity search, in mph as the Compendium writes them: read from a query (mph, km/h,
 * or a pace in min/mile or min/km, "5:30 min/km" included) and from an activity description
 * ("6-6.3 mph", "4 to 4.2 mph", "<10 mph", "10 - 12.9 km/h").
 */
record ActivitySpeed(double low, double high) {

    static final double KM_PER_MILE = 1.609344;

    private static final String NUMBER = "(\\d+(?:[.:]\\d+)?)";
    private static final Pattern QUERY = Pattern.compile(NUMBER + "(?:\\s*(?:-|to)\\s*" + NUMBER + ")?\\s*"
            + "(mph|miles? (?:per|an|a) hour|km/h|kmh|kph|km (?:per|an|a) hour|kilomet(?:er|re)s? (?:per|an|a) hour"
            + "|min(?:ute)?s?\\s*(?:/|per|a)?\\s*(?:mile|mi|km|kilomet(?:er|re)))(?![a-z])");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(<|>|less than |more than )?(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|to)\\s*(\\d+(?:\\.\\d+)?))?\\s*(mph|km/h)( or less)?");

    /** A speed found in a query, and the query without it. */
    record InQuery(ActivitySpeed speed, String rest, boolean pace) {
    }

    boolean covers(double mph) {
        return mph >= low && mph <= high;
    }

    double distance(double mph) {
        return covers(mph) ? 0 : Math.min(Math.abs(mph - low), Math.abs(mph - high));
    }

    double middle() {
        return (low + high) / 2;
    }

    static Optional<InQuery> inQuery(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        Matcher m = QUERY.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(3);
        double a = number(m.group(1));
        double b = m.group(2) == null ? a : number(m.group(2));
        boolean pace = unit.startsWith("min");
        double lo = mph(Math.min(a, b), unit);
        double hi = mph(Math.max(a, b), unit);
        if (!(lo > 0) || !(hi > 0) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            return Optional.empty();
        }
        String rest = (q.substring(0, m.start()) + " " + q.substring(m.end())).trim();
        return Optional.of(new InQuery(new ActivitySpeed(Math.min(lo, hi), Math.max(lo, hi)), rest, pace));
    }

    /** The first speed in a description: mph first, then km/h. */
    static Optional<ActivitySpeed> inDescription(String description) {
        Matcher m = DESCRIPTION.matcher(description.toLowerCase(Locale.ROOT));
        ActivitySpeed kmh = null;
        while (m.find()) {
            double a = Double.parseDouble(m.group(2));
            double b = m.group(3) == null ? a : Double.parseDouble(m.group(3));
            double f = m.group(4).equals("mph") ? 1 : 1 / KM_PER_MILE;
            String bound = m.group(1) == null ? "" : m.group(1).trim();
            ActivitySpeed s;
            if (bound.equals("<") || bound.equals("less than") || m.group(5) != null) {
                s = new ActivitySpeed(0, b * f);
            } else if (bound.equals(">") || bound.equals("more than")) {
                s = new ActivitySpeed(a * f, a * f * 1.5);
            } else {
                s = new ActivitySpeed(a * f, b * f);
            }
            if (f == 1) {
                return Optional.of(s);
            }
            kmh = kmh == null ? s : kmh;
        }
        return Optional.ofNullable(kmh);
    }

    private static double number(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? Double.parseDouble(text)
                : Integer.parseInt(text.substring(0, colon)) + Integer.parseInt(text.substring(colon + 1)) / 60.0;
    }

    private static double mph(double value, String unit) {
        if (unit.startsWith("min")) {
            boolean perKm = unit.endsWith("km") || unit.contains("kilomet");
            return 60 / (perKm ? value * KM_PER_MILE : value);
        }
        return unit.startsWith("mph") || unit.startsWith("mile") ? value : value / KM_PER_MILE;
    }
}
