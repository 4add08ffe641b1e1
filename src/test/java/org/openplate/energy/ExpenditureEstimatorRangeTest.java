package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The estimator over the whole range of inputs the app accepts (a seeded random sweep): intake 0 to
 * three times the largest quick add a day, weigh-ins 25-400 kg, 14-28 days, ages 13-120 and heights
 * 90-250 cm as the profile allows them (clamped to the model's range the way ExpenditureService does),
 * both sexes, flat, rising, falling and noisy weight series. It never throws, and the answer is
 * either a valid estimate inside the documented bounds or an explained out-of-range reason.
 */
class ExpenditureEstimatorRangeTest {

    private static final double MAX_DAY_KCAL = 30_000;

    @Test
    void flatWeightOnAHugeIntakeIsAboveTheModelNotAnException() {
        ExpenditureEstimator.Result r = ExpenditureEstimator.assess(person(Sex.MALE, 30, 1.80), flat(20, 6000, 70));
        assertNull(r.estimate());
        assertEquals(ExpenditureEstimator.OutOfRange.ABOVE_MODEL, r.outOfRange());
    }

    @Test
    void flatWeightOnATinyIntakeIsBelowTheModelNotAnException() {
        ExpenditureEstimator.Result r = ExpenditureEstimator.assess(person(Sex.MALE, 30, 1.80), flat(20, 300, 70));
        assertNull(r.estimate());
        assertEquals(ExpenditureEstimator.OutOfRange.BELOW_MODEL, r.outOfRange());
    }

    @Test
    void sweepNeverThrowsAndAnswersAValidEstimateOrAReason() {
        Random r = new Random(13_2026_11_30L);
        int valid = 0;
        int explained = 0;
        for (int i = 0; i < 600; i++) {
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            int age = 13 + r.nextInt(108);
            double heightCm = 90 + 160 * r.nextDouble();
            // as ExpenditureService clamps the profile into the model's range
            HallModel.Person p = person(sex, Math.min(100, Math.max(18, age)), Math.max(1.0, Math.min(2.5, heightCm / 100)));
            List<ExpenditureEstimator.Day> days = series(r, 14 + r.nextInt(15));
            ExpenditureEstimator.Result res;
            try {
                res = ExpenditureEstimator.assess(p, days);
            } catch (RuntimeException e) {
                fail("threw for case " + i + " " + p + " " + days, e);
                return;
            }
            assertNotNull(res);
            if (res.estimate() != null) {
                ExpenditureEstimator.Estimate e = res.estimate();
                assertNull(res.outOfRange());
                assertTrue(Double.isFinite(e.tdeeKcal()) && e.tdeeKcal() > 0, "case " + i + ": " + e);
                assertTrue(e.lowKcal() >= 0 && e.lowKcal() <= e.tdeeKcal() && e.tdeeKcal() <= e.highKcal(),
                        "case " + i + ": " + e);
                assertTrue(Double.isFinite(e.highKcal()), "case " + i + ": " + e);
                valid++;
            } else {
                assertNotNull(res.outOfRange(), "case " + i + " has enough data, so it needs an estimate or a reason");
                explained++;
            }
        }
        assertTrue(valid > 0 && explained > 0, "the sweep covers both outcomes: " + valid + "/" + explained);
    }

    private static HallModel.Person person(Sex sex, double age, double heightM) {
        return new HallModel.Person(sex, age, heightM, 70, 1.5);
    }

    private static List<ExpenditureEstimator.Day> flat(int n, double kcal, double kg) {
        List<ExpenditureEstimator.Day> days = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            days.add(new ExpenditureEstimator.Day(kcal, kg));
        }
        return days;
    }

    /** Enough data always (every day logged and weighed, some gaps after the minimum). */
    private static List<ExpenditureEstimator.Day> series(Random r, int n) {
        double start = 25 + 375 * r.nextDouble();
        int shape = r.nextInt(4);
        double slope = switch (shape) {
            case 1 -> 0.05 + 0.5 * r.nextDouble();
            case 2 -> -(0.05 + 0.5 * r.nextDouble());
            default -> 0;
        };
        double noise = shape == 3 ? 3 * r.nextDouble() : 0;
        double kcal = r.nextInt(10) == 0 ? (r.nextBoolean() ? 0 : MAX_DAY_KCAL) : MAX_DAY_KCAL * r.nextDouble();
        List<ExpenditureEstimator.Day> days = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            double kg = Math.max(25, Math.min(400, start + slope * d + noise * r.nextGaussian()));
            double intake = shape == 3 ? MAX_DAY_KCAL * r.nextDouble() : kcal;
            boolean gap = d >= 14 && r.nextInt(4) == 0;
            days.add(new ExpenditureEstimator.Day(gap ? null : intake, gap ? null : kg));
        }
        return days;
    }
}
