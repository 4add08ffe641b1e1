package org.openplate.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static final Series TREND = Series.line("trend", "Trend", 1, Series.Stroke.SOLID);
    private static final Series SCALE = Series.dots("scale", "Scale", 5, Series.Mark.RING);
    private static final Series TARGET = Series.line("target", "Target", 2, Series.Stroke.DOTTED);

    @Test
    void anEmptySeriesDrawsNothing() {
        assertTrue(LineChart.of(Size.WIDE, "w", "t", "lb").line(TREND, List.of()).build().empty());
        assertTrue(LineChart.of(Size.WIDE, "w", "t", "lb").build().empty());
    }

    @Test
    void aSingleWeighInIsCentredWithARoundAxis() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        Chart c = LineChart.of(Size.WIDE, "weight", "t", "lb").dates(d, d).minSpan(5)
                .marks(SCALE, List.of(new LineChart.Point(d.toEpochDay(), 150.6, "x"))).build();
        assertFalse(c.empty());
        Chart.Dot dot = c.dots().get(0);
        assertEquals(Size.WIDE.width() / 2.0, dot.x(), Size.WIDE.width() * 0.1, "centred");
        List<String> ticks = c.texts().stream().filter(t -> t.anchor().equals("end") && t.transform() == null
                && !t.text().contains("Nov")).map(Chart.Text::text).toList();
        for (String t : ticks) {
            assertTrue(t.matches("\\d+"), "whole pounds: " + ticks);
        }
        assertTrue(c.texts().stream().anyMatch(t -> t.text().equals("Nov 30")), "the date is on the axis");
    }

    @Test
    void projectionTicksInPoundsAreRoundAndTheLastXLabelIsNotCut() {
        List<LineChart.Point> model = new ArrayList<>();
        for (int d = 0; d <= 1095; d += 5) {
            model.add(new LineChart.Point(d, 150.6 - 55 * (1 - Math.exp(-d / 300.0)), null));
        }
        List<LineChart.XTick> x = List.of(new LineChart.XTick(0, "now", "today"), new LineChart.XTick(365, "1 yr", "in 1 year"),
                new LineChart.XTick(730, "2 yr", "in 2 years"), new LineChart.XTick(1095, "3 yr", "in 3 years"));
        for (Size size : List.of(Size.COMPACT, Size.WIDE)) {
            Chart c = LineChart.of(size, "projection", "t", "lb").x(0, 1095, x).line(TREND, model)
                    .rule(TARGET, 140, "target 140 lb").build();
            List<String> values = c.texts().stream().filter(t -> t.css().equals("axis") && t.anchor().equals("end")
                    && !t.text().contains("yr")).map(Chart.Text::text).toList();
            assertTrue(values.containsAll(List.of("100", "120", "140")), values.toString());
            for (Chart.Text t : c.texts()) {
                double w = size.textWidth(t.text().length());
                double left = switch (t.anchor()) {
                    case "end" -> t.x() - w;
                    case "middle" -> t.x() - w / 2;
                    default -> t.x();
                };
                assertTrue(left >= 0 && left + w <= size.width() + 0.5, "inside the drawing: " + t);
            }
        }
    }

    @Test
    void pointsOffAFixedAxisAreKeptInside() {
        Chart c = LineChart.of(Size.WIDE, "pain", "t", "pain").fixedY(0, 10, 6).x(0, 1, List.of())
                .marks(SCALE, List.of(new LineChart.Point(0, 12, "x"), new LineChart.Point(1, 0, "y"))).build();
        Chart.Grid top = c.grid().get(c.grid().size() - 1);
        assertEquals(top.y(), c.dots().get(0).y(), 0.01);
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), c.texts().stream().filter(t -> t.css().equals("axis"))
                .map(Chart.Text::text).filter(s -> s.matches("\\d+")).toList());
    }
}
