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
 *
 * <p>The model represents a PAL of 1.0-2.5 only ({@link HallModel.Person}). When the logs can only be
 * fitted at or beyond one of those bounds (e.g. a flat weight on 300 kcal a day, or on 6,000), the
 * answer is not an estimate but an {@link OutOfRange} result saying which way the logs disagree with
 * the body: that is something to explain to the user, never a figure to set a goal from.
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

    /** The activity levels the model can represent (see {@link HallModel.Person}). */
    public static final double PAL_MIN = 1.0;
    public static final double PAL_MAX = 2.5;
    /** A fit this close to a bound is taken as "at the bound": the optimum lies beyond it. */
    static final double PAL_EDGE = 1e-3;

    /** Why the logs give no estimate although there are enough of them. */
    public enum OutOfRange {
        /** The weight did not fall as the logged intake implies even at PAL 1.0: intake is likely under-recorded. */
        BELOW_MODEL,
        /** The weight did not rise as the logged intake implies even at PAL 2.5: intake over-recorded or weigh-ins missing. */
        ABOVE_MODEL,
        /** The model could not be run on these figures (e.g. a body composition it cannot represent). */
        NOT_COMPUTABLE
    }

    /**
     * What the logs say: exactly one of an estimate (inside the model's bounds: finite, positive,
     * {@code low <= tdee <= high}, fitted PAL strictly inside 1.0-2.5) or an out-of-range reason; neither
     * when there is not enough data yet.
     */
    public record Result(Estimate estimate, OutOfRange outOfRange) {
        public static final Result NOT_ENOUGH_DATA = new Result(null, null);

        public Result {
            if (estimate != null && outOfRange != null) {
                throw new IllegalArgumentException("an estimate or a reason, not both");
            }
        }

        public java.util.Optional<Estimate> valid() {
            return java.util.Optional.ofNullable(estimate);
        }

        public java.util.Optional<OutOfRange> problem() {
            return java.util.Optional.ofNullable(outOfRange);
        }
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

    /** A valid estimate only (see {@link #assess} for the reason when there is none). */
    public static java.util.Optional<Estimate> estimate(HallModel.Person person, List<Day> days) {
        return assess(person, days).valid();
    }

    /** The estimate, or why there is none. Never throws for any finite, non-negative intake and weight. */
    public static Result assess(HallModel.Person person, List<Day> days) {
        try {
            return fit(person, days);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return new Result(null, OutOfRange.NOT_COMPUTABLE);
        }
    }

    private static Result fit(HallModel.Person person, List<Day> days) {
        int n = days.size();
        List<double[]> weights = new ArrayList<>();
        double intakeSum = 0;
        double intakeSq = 0;
        int logged = 0;
        for (int i = 0; i < n; i++) {
            Day d = days.get(i);
            if (d.weightKg() != null && Double.isFinite(d.weightKg())) {
                weights.add(new double[] {i, d.weightKg()});
            }
            if (d.intakeKcal() != null && Double.isFinite(d.intakeKcal())) {
                intakeSum += d.intakeKcal();
                intakeSq += d.intakeKcal() * d.intakeKcal();
                logged++;
            }
        }
        if (n < MIN_DAYS || weights.size() < MIN_WEIGH_INS || logged < MIN_LOGGED_DAYS) {
            return Result.NOT_ENOUGH_DATA;
        }
        double meanIntake = intakeSum / logged;
        double[] intake = new double[n];
        for (int i = 0; i < n; i++) {
            Double logged0 = days.get(i).intakeKcal();
            intake[i] = logged0 != null && Double.isFinite(logged0) ? logged0 : meanIntake;
        }
        // The starting weight: the mean of the first week's weigh-ins.
        double start = weights.stream().filter(w -> w[0] < 7).mapToDouble(w -> w[1]).average()
                .orElse(weights.get(0)[1]);
        HallModel.Person base = new HallModel.Person(person.sex(), person.ageYears(), person.heightM(),
                Math.max(30, Math.min(350, start)), 1.5);
        double lo = PAL_MIN;
        double hi = PAL_MAX;
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
        if (!Double.isFinite(fa) || !Double.isFinite(fb)) {
            return new Result(null, OutOfRange.NOT_COMPUTABLE);
        }
        if (pal - PAL_MIN < PAL_EDGE) {
            return new Result(null, OutOfRange.BELOW_MODEL);
        }
        if (PAL_MAX - pal < PAL_EDGE) {
            return new Result(null, OutOfRange.ABOVE_MODEL);
        }
        double tdee = meanExpenditure(base, pal, intake);
        // Uncertainty: curvature of the squared error at the optimum, residual variance, and the
        // imputed intake days' share of the intake spread. The step stays inside the model's range.
        double h = Math.min(0.01, Math.min(pal - PAL_MIN, PAL_MAX - pal));
        double f0 = sse(base, pal, intake, weights);
        if (!Double.isFinite(f0)) {
            return new Result(null, OutOfRange.NOT_COMPUTABLE);
        }
        double curvature = (sse(base, pal + h, intake, weights) - 2 * f0 + sse(base, pal - h, intake, weights)) / (h * h);
        double sigma2 = f0 / Math.max(1, weights.size() - 2);
        double palSe = curvature > 0 ? Math.sqrt(2 * sigma2 / curvature) : 0.1;
        double slope = (meanExpenditure(base, pal + h, intake) - meanExpenditure(base, pal - h, intake)) / (2 * h);
        double intakeSd = Math.sqrt(Math.max(0, intakeSq / logged - meanIntake * meanIntake));
        double imputedSe = intakeSd * (n - logged) / n / Math.sqrt(Math.max(1, logged));
        double se = Math.sqrt(Math.pow(palSe * slope, 2) + imputedSe * imputedSe);
        if (!Double.isFinite(tdee) || !Double.isFinite(se) || tdee <= 0) {
            return new Result(null, OutOfRange.NOT_COMPUTABLE);
        }
        return new Result(new Estimate(tdee, Math.max(0, tdee - 1.96 * se), tdee + 1.96 * se, n, logged,
                weights.size()), null);
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
