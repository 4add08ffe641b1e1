package org.openplate.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ticks for a date axis (x = epoch day): every 1, 2, 7 or 14 days, or month or year starts, whatever fits. */
final class DateTicks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
    private static final int[] DAY_STEPS = {1, 2, 7, 14};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6};

    private DateTicks() {
    }

    static List<LineChart.XTick> between(LocalDate first, LocalDate last, int maxTicks) {
        long span = ChronoUnit.DAYS.between(first, last);
        for (int step : DAY_STEPS) {
            if (span / step + 1 <= maxTicks) {
                List<LineChart.XTick> out = new ArrayList<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
                    out.add(tick(d, DAY));
                }
                return out;
            }
        }
        for (int step : MONTH_STEPS) {
            List<LineChart.XTick> out = new ArrayList<>();
            LocalDate start = first.withDayOfMonth(1);
            for (LocalDate d = start; !d.isAfter(last); d = d.plusMonths(step)) {
                if (!d.isBefore(first)) {
                    out.add(tick(d, MONTH));
                }
            }
            if (out.size() <= maxTicks) {
                return out;
            }
        }
        long years = Math.max(1, ChronoUnit.YEARS.between(first, last));
        long step = Math.max(1, (long) Ticks.niceStep((double) years / Math.max(1, maxTicks - 1)));
        List<LineChart.XTick> out = new ArrayList<>();
        for (int y = (int) (Math.ceil(first.getYear() / (double) step) * step); y <= last.getYear(); y += (int) step) {
            LocalDate d = LocalDate.of(y, 1, 1);
            if (!d.isBefore(first)) {
                out.add(tick(d, YEAR));
            }
        }
        return out;
    }

    private static LineChart.XTick tick(LocalDate d, DateTimeFormatter f) {
        return new LineChart.XTick(d.toEpochDay(), f.format(d), d.toString());
    }
}
