package org.openplate.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final Series EATEN = Series.bar("eaten", "Eaten", 1);
    private static final Series GOAL = Series.line("goal", "Goal", 2, Series.Stroke.DASHED);
    private static final List<String> NUTRIENTS = List.of("Fiber", "Calcium", "Iron", "Magnesium", "Potassium", "Sodium",
            "Zinc", "Folate", "B1 Thiamin", "B2 Riboflavin", "B3 Niacin", "Vit B6", "Vit B12", "Vit C", "Vit D",
            "Vit E", "Vit K");

    @Test
    void noCategoriesOrNoValuesDrawNothing() {
        assertTrue(BarChart.of(Size.WIDE, "c", "t", "kcal").build().empty());
        Chart unknown = BarChart.of(Size.WIDE, "c", "t", "kcal").categories(List.of("a", "b"), List.of("a", "b"), false)
                .bars(EATEN, Arrays.asList(null, null)).build();
        assertTrue(unknown.empty(), "unknown days are not zeros");
    }

    @Test
    void allZerosGetAReadableAxisNotOneKcal() {
        Chart c = BarChart.of(Size.WIDE, "calories", "t", "kcal").categories(List.of("a"), List.of("a"), false)
                .bars(EATEN, List.of(0.0)).minSpan(500).build();
        assertFalse(c.empty());
        List<String> ticks = c.texts().stream().filter(t -> t.anchor().equals("end") && t.css().equals("axis"))
                .map(Chart.Text::text).toList();
        assertEquals("500", ticks.get(ticks.size() - 1), ticks.toString());
        assertTrue(c.texts().stream().anyMatch(t -> t.text().equals("kcal")), "the unit, once");
    }

    @Test
    void barsSitOnTheBaseAndAreAsTallAsTheirValue() {
        Chart c = BarChart.of(Size.WIDE, "calories", "t", "kcal").categories(List.of("a", "b"), List.of("A", "B"), false)
                .bars(EATEN, Arrays.asList(1000.0, null)).line(GOAL, List.of(2000.0, 2000.0)).build();
        assertEquals(1, c.bars().size(), "no bar for an unknown day");
        Chart.Bar bar = c.bars().get(0);
        Chart.Grid base = c.grid().stream().filter(g -> g.css().contains("base")).findFirst().orElseThrow();
        Chart.Grid top = c.grid().get(c.grid().size() - 1);
        assertEquals(base.y(), bar.y() + bar.height(), 0.15);
        assertEquals((base.y() - top.y()) / 2, bar.height(), 0.15, "1000 of 2000 kcal is half the axis");
        assertEquals("A: 1,000 kcal", bar.title());
        assertEquals("bar series-eaten tone-1", bar.css());
        assertEquals("line series-goal tone-2 dashed", c.lines().get(0).css());
        assertEquals(List.of("Eaten", "Goal"), c.keys().stream().map(Chart.Key::label).toList());
    }

    @Test
    void aLoneLineValueIsStillVisible() {
        Chart c = BarChart.of(Size.WIDE, "c", "t", "kcal").categories(List.of("a", "b", "c"), List.of("a", "b", "c"), false)
                .bars(EATEN, List.of(1.0, 2.0, 3.0)).line(GOAL, Arrays.asList(null, 1500.0, null)).build();
        assertEquals(1, c.lines().size());
        assertEquals(2, c.lines().get(0).points().split(" ").length, "a short level mark, not one invisible point");
    }

    @Test
    void sharesStackTo100PercentWithDirectLabels() {
        Series p = Series.bar("protein", "Protein", 2);
        Series cb = Series.bar("carbs", "Carbohydrate", 3);
        Series f = Series.bar("fat", "Fat", 4);
        Chart c = BarChart.of(Size.WIDE, "macros", "t", "%").categories(List.of("w1", "w2"), List.of("w1", "w2"), false)
                .shares(List.of(p, cb, f), List.of(new double[] {400, 400, 200}, new double[] {0, 0, 0})).build();
        assertEquals(3, c.bars().size(), "an empty week draws nothing");
        double total = c.bars().stream().mapToDouble(Chart.Bar::height).sum();
        Chart.Grid base = c.grid().stream().filter(g -> g.css().contains("base")).findFirst().orElseThrow();
        assertEquals(base.y() - c.grid().get(c.grid().size() - 1).y(), total, 0.5);
        assertTrue(c.texts().stream().anyMatch(t -> t.text().equals("P 40%") && t.css().contains("on-dark")));
        assertTrue(c.texts().stream().anyMatch(t -> t.text().equals("F 20%") && t.css().contains("on-light")));
    }

    /** 17 nutrient names at phone width: every one shown, rotated, none running into the next. */
    @Test
    void crowdedNamesAreRotatedAndShortenedWithTheFullNameKept() {
        List<String> full = new ArrayList<>(NUTRIENTS);
        full.set(3, "Magnesium, a long name for the test");
        Chart c = BarChart.of(Size.COMPACT, "coverage", "t", "%").categories(full, full, true)
                .bars(EATEN, full.stream().map(n -> 50.0).toList()).build();
        List<Chart.Text> names = c.texts().stream().filter(t -> t.transform() != null).toList();
        assertEquals(full.size(), names.size(), "every name is shown");
        Chart.Text longOne = names.get(3);
        assertTrue(longOne.text().endsWith("…") && longOne.text().length() < full.get(3).length(), longOne.text());
        assertEquals(full.get(3), longOne.full(), "the full name stays as a tooltip");
        for (int i = 1; i < names.size(); i++) {
            double gap = names.get(i).x() - names.get(i - 1).x();
            assertTrue(gap * Math.sin(Math.PI / 4) >= Size.COMPACT.fontSize() * 0.75, "rotated labels " + gap + " apart");
        }
        for (Chart.Bar b : c.bars()) {
            assertTrue(b.x() >= 0 && b.x() + b.width() <= Size.COMPACT.width());
        }
    }

    @Test
    void manyDatesAreThinnedNotRotated() {
        List<String> days = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            days.add("Nov " + i);
        }
        Chart c = BarChart.of(Size.COMPACT, "calories", "t", "kcal").categories(days, days, false)
                .bars(EATEN, days.stream().map(d -> 1500.0).toList()).build();
        List<Chart.Text> shown = c.texts().stream().filter(t -> t.text().startsWith("Nov")).toList();
        assertTrue(shown.size() >= 3 && shown.size() <= 8, shown.size() + " labels");
        assertTrue(shown.stream().allMatch(t -> t.transform() == null));
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i).x() - shown.get(i - 1).x() > Size.COMPACT.textWidth(6), "no overlap");
        }
        assertNotNull(c.bars().get(0).title());
    }
}
