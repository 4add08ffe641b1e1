package org.openplate.exercise;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.chart.Chart;
import org.openplate.chart.Figure;
import org.openplate.chart.LineChart;
import org.openplate.chart.Series;
import org.openplate.chart.Size;

/** Pain before and after each stretching session (0-10), one position per session, labelled with its date. */
final class BackCareChart {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final Series BEFORE_LINE = Series.line("before", "Before", 3, Series.Stroke.DASHED);
    private static final Series AFTER_LINE = Series.line("after", "After", 2, Series.Stroke.SOLID);
    private static final Series BEFORE = Series.dots("before", "Before", 3, Series.Mark.RING);
    private static final Series AFTER = Series.dots("after", "After", 2, Series.Mark.SQUARE);

    private BackCareChart() {
    }

    static Figure figure(List<ExerciseRepository.Dated> sessions) {
        return Figure.of(size -> chart(sessions, size));
    }

    /** @param checkIns in any order (the page lists them newest first); the chart runs oldest to newest */
    static Chart chart(List<ExerciseRepository.Dated> checkIns, Size size) {
        List<ExerciseRepository.Dated> sessions = checkIns.stream().sorted(java.util.Comparator
                .comparing(ExerciseRepository.Dated::day).thenComparingLong(ExerciseRepository.Dated::entryId)).toList();
        LineChart c = LineChart.of(size, "pain", "Pain before (dashed line, rings) and after (solid line, squares)"
                + " each session, 0 to 10", "pain 0-10").fixedY(0, 10, 6);
        if (sessions.isEmpty()) {
            return c.build();
        }
        List<LineChart.Point> before = new ArrayList<>();
        List<LineChart.Point> after = new ArrayList<>();
        List<LineChart.XTick> ticks = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            ExerciseRepository.Dated s = sessions.get(i);
            String when = s.day() + ", " + s.activity();
            before.add(new LineChart.Point(i, s.checkIn().painBefore(), when + ": pain " + s.checkIn().painBefore()
                    + " before"));
            after.add(new LineChart.Point(i, s.checkIn().painAfter(), when + ": pain " + s.checkIn().painAfter()
                    + " after"));
            ticks.add(new LineChart.XTick(i, SHORT.format(s.day()), when));
        }
        double pad = sessions.size() == 1 ? 1 : 0.3;
        return c.x(-pad, sessions.size() - 1 + pad, ticks)
                .line(BEFORE_LINE, before).line(AFTER_LINE, after)
                .marks(BEFORE, before).marks(AFTER, after)
                .build();
    }
}
