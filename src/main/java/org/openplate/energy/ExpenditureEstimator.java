package org.openplate.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The user's real daily energy expenditure from logged intake and weigh-ins, with an uncertainty
 * band. Pure.
 *
 * <p>Method: the Hall body-weight model (see {@link HallModel}) is fitted to the weigh-ins. The one
 * unknown is the person's physical activity level (PAL), i.e. what they burned before the window;
 * for each candidate the model is run forward on the logged intake (days without food logged take
 * the mean of the logged days: unknown, not zero) and compared with the raw weigh-ins, with a free
 * offset for the scale. The best PAL (golden-section search on the squared error) gives the model's
 * expenditure; its mean over the window is the estimate. Fitting the model rather than a trend
 * line means no warm-up lag, and the early loss of glycogen and water after a diet starts is not
 * mistaken for fat (a fixed 7,700 kcal/kg would overestimate expenditure then). Missing weigh-ins
 * simply leave fewer points; scale noise averages out in the fit.
 *
 * <p>Assumption: the person was weight-stable just before the first day of the window. The band
 * is ±1.96 standard errors from the fit's curvature and residual noise, plus the uncertainty of
 * imputed intake days.
 */
public final class ExpenditureEstimator {

    /** At least this many days from first to last, with this many weigh-ins and logged days. */
    public static final int MIN_DAYS = 14;
    public static final int MIN_WEIGH_INS = 6;
    public static final int MIN_LOGGED_DAYS = 7;

    private ExpenditureEstimator() {
    }

    /** Day i of the window: intake if logged (else null), weight if weighed (else null). */
    public record Day(Double intakeKcal, Double weightKg) {
    }

    /**
     * @param tdeeKcal mean daily expenditure over the window
     * @param lowKcal  lower end of the ~95 % band
     * @param highKcal upper end
     */
    public record Estimate(double tdeeKcal, double lowKcal, double highKcal, int days, int loggedDays, int weighIns) {
    }

    /**
     * The estimate's value alone.
     *
     * @param person the person (sex, age, height; the weight is taken from the first week's weigh-ins)
     * @param days   consecutive days, oldest first; day i's weight is the morning's, before day i's intake
     */
    public static OptionalDouble quick(HallModel.Person person, List<Day> days) {
        return estimate(person, days).map(e -> OptionalDouble.of(e.tdeeKcal())).orElse(OptionalDouble.empty());
    }

    public static java.util.Optional<Estimate> estimate(HallModel.Person person, List<Day> days) {
        int n = days.size();
        List<double[]> weights = new ArrayList<>();
        double intakeSum = 0;
        double intakeSq = 0;
        int logged = 0;
        for (int i = 0; i < n; i++) {
            Day d = days.get(i);
            if (d.weightKg() != null) {
                weights.add(new double[] {i, d.weightKg()});
            }
            if (d.intakeKcal() != null) {
                intakeSum += d.intakeKcal();
                intakeSq += d.intakeKcal() * d.intakeKcal();
                logged++;
            }
        }
        if (n < MIN_DAYS || weights.size() < MIN_WEIGH_INS || logged < MIN_LOGGED_DAYS) {
            return java.util.Optional.empty();
        }
        double meanIntake = intakeSum / logged;
        double[] intake = new double[n];
        for (int i = 0; i < n; i++) {
            intake[i] = days.get(i).intakeKcal() != null ? days.get(i).intakeKcal() : meanIntake;
        }
        // The starting weight: the mean of the first week's weigh-ins.
        double start = weights.stream().filter(w -> w[0] < 7).mapToDouble(w -> w[1]).average()
                .orElse(weights.get(0)[1]);
        HallModel.Person base = new HallModel.Person(person.sex(), person.ageYears(), person.heightM(),
                Math.max(30, Math.min(350, start)), 1.5);
        double lo = 1.0;
        double hi = 2.5;
        double phi = (Math.sqrt(5) - 1) / 2;
        double a = hi - phi * (hi - lo);
        double b = lo + phi * (hi - lo);
        double fa = sse(base, a, intake, weights);
        double fb = sse(base, b, intake, weights);
        for (int k = 0; k < 40; k++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - phi * (hi - lo);
                fa = sse(base, a, intake, weights);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + phi * (hi - lo);
                fb = sse(base, b, intake, weights);
            }
        }
        double pal = (lo + hi) / 2;
        double tdee = meanExpenditure(base, pal, intake);
        // Uncertainty: curvature of the squared error at the optimum, residual variance, and the
        // imputed intake days' share of the intake spread.
        double h = 0.01;
        double f0 = sse(base, pal, intake, weights);
        double curvature = (sse(base, pal + h, intake, weights) - 2 * f0 + sse(base, pal - h, intake, weights)) / (h * h);
        double sigma2 = f0 / Math.max(1, weights.size() - 2);
        double palSe = curvature > 0 ? Math.sqrt(2 * sigma2 / curvature) : 0.1;
        double slope = (meanExpenditure(base, pal + h, intake) - meanExpenditure(base, pal - h, intake)) / (2 * h);
        double intakeSd = Math.sqrt(Math.max(0, intakeSq / logged - meanIntake * meanIntake));
        double imputedSe = intakeSd * (n - logged) / n / Math.sqrt(Math.max(1, logged));
        double se = Math.sqrt(Math.pow(palSe * slope, 2) + imputedSe * imputedSe);
        return java.util.Optional.of(new Estimate(tdee, tdee - 1.96 * se, tdee + 1.96 * se, n, logged,
                weights.size()));
    }

    private static double sse(HallModel.Person base, double pal, double[] intake, List<double[]> weights) {
        HallModel m = new HallModel(new HallModel.Person(base.sex(), base.ageYears(), base.heightM(), base.weightKg(),
                pal));
        List<HallModel.DayPoint> run = m.simulate(intake.length - 1, d -> intake[d]);
        double offset = 0;
        for (double[] w : weights) {
            offset += w[1] - run.get((int) w[0]).weightKg();
        }
        offset /= weights.size();
        double s = 0;
        for (double[] w : weights) {
            double r = w[1] - run.get((int) w[0]).weightKg() - offset;
            s += r * r;
        }
        return s;
    }

    private static double meanExpenditure(HallModel.Person base, double pal, double[] intake) {
        HallModel m = new HallModel(new HallModel.Person(base.sex(), base.ageYears(), base.heightM(), base.weightKg(),
                pal));
        List<HallModel.DayPoint> run = m.simulate(intake.length - 1, d -> intake[d]);
        double sum = 0;
        for (HallModel.DayPoint p : run) {
            sum += p.expenditureKcal();
        }
        return sum / run.size();
    }
}
