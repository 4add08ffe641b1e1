package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HealthyWeightTest {

    @Test
    void bmiIsWeightOverHeightSquaredAndTheBoundIsTheWhoCutOff() {
        assertEquals(70 / (1.75 * 1.75), HealthyWeight.bmi(70, 175), 1e-12);
        // the user: 5 ft 4 in (162.56 cm), 95.6 lb (43.36 kg) is a BMI of about 16.4
        assertEquals(16.4, HealthyWeight.bmi(95.6 * 0.45359237, 162.56), 0.05);
        assertEquals(18.5 * 1.6256 * 1.6256, HealthyWeight.lowerBoundKg(162.56), 1e-12);
        assertTrue(HealthyWeight.isBelow(48.8, 162.56));
        assertFalse(HealthyWeight.isBelow(48.9, 162.56));
        assertFalse(HealthyWeight.isBelow(18.5 * 2 * 2, 200), "18.5 itself is a normal weight (WHO)");
        assertThrows(IllegalArgumentException.class, () -> HealthyWeight.bmi(60, 0));
    }

    @Test
    void aSeededSweepAgreesWithTheCategoryAndTheBound() {
        Random r = new Random(15_04);
        for (int i = 0; i < 20_000; i++) {
            double cm = 90 + r.nextDouble() * 160;
            double kg = 25 + r.nextDouble() * 375;
            double bound = HealthyWeight.lowerBoundKg(cm);
            if (Math.abs(kg - bound) < 1e-9) {
                continue;
            }
            assertEquals(kg < bound, HealthyWeight.isBelow(kg, cm), kg + " kg at " + cm + " cm");
            assertEquals(BmiCategory.of(HealthyWeight.bmi(kg, cm)) == BmiCategory.UNDERWEIGHT,
                    HealthyWeight.isBelow(kg, cm));
            assertEquals(18.5, HealthyWeight.bmi(bound, cm), 1e-9, "the bound is exactly BMI 18.5");
        }
    }

    @Test
    void maintenanceIsTheModelsBalanceAtThatWeightAndRisesWithWeight() {
        HallModel.Person p = new HallModel.Person(Sex.FEMALE, 35, 1.6256, 55, 1.4);
        assertEquals(new HallModel(p).baselineIntakeKcal(), HealthyWeight.maintenanceKcal(p, 55), 1e-9);
        assertTrue(HealthyWeight.maintenanceKcal(p, 49) < HealthyWeight.maintenanceKcal(p, 55));
        assertEquals(HealthyWeight.maintenanceKcal(p, 30), HealthyWeight.maintenanceKcal(p, 20), 1e-9,
                "held inside the model's range");
    }
}
