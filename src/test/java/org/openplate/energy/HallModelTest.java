package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Hall model against the reference's worked case and basic physics. */
class HallModelTest {

    private static final HallModel WOMAN = new HallModel(new HallModel.Person(Sex.FEMALE, 40, 1.80, 80, 1.5));

    @Test
    void reproducesTheWorkedCase() {
        List<HallModel.DayPoint> run = WOMAN.simulateConstantChange(1095, -250);
        double[][] expected = {{30, 78.98}, {90, 77.62}, {180, 75.88}, {365, 73.18}, {730, 70.23}, {1095, 68.98}};
        for (double[] e : expected) {
            double got = run.get((int) e[0]).weightKg();
            System.out.printf("day %4d: model %.2f kg, reference %.2f kg%n", (int) e[0], got, e[1]);
            assertEquals(e[1], got, 0.2, "day " + (int) e[0]);
        }
        assertEquals(68.1, WOMAN.plateauWeightKg(WOMAN.baselineIntakeKcal() - 250), 0.3);
        assertEquals(-11.85, HallModel.staticRuleChangeKg(-250, 365), 0.01);
    }

    @Test
    void maintenanceKeepsWeightAndSurplusGains() {
        List<HallModel.DayPoint> same = WOMAN.simulateConstantChange(1095, 0);
        for (HallModel.DayPoint p : same) {
            assertEquals(80, p.weightKg(), 0.05);
        }
        assertEquals(WOMAN.baselineIntakeKcal(), same.get(0).expenditureKcal(), 1e-6, "balance at baseline");
        List<HallModel.DayPoint> gain = WOMAN.simulateConstantChange(365, 300);
        assertTrue(gain.get(365).weightKg() > 83, "gains: " + gain.get(365).weightKg());
        List<HallModel.DayPoint> loss = WOMAN.simulateConstantChange(365, -250);
        assertTrue(loss.get(365).expenditureKcal() < loss.get(1).expenditureKcal(), "expenditure falls with weight");
        assertThrows(IllegalArgumentException.class, () -> new HallModel.Person(Sex.MALE, 10, 1.8, 80, 1.5));
    }
}
