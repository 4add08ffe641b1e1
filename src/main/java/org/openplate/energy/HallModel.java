package org.openplate.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The dynamic body-weight model of Hall KD et al., "Quantification of the effect of energy
 * imbalance on bodyweight", Lancet 2011;378:826-37 (the NIH Body Weight Planner). Body weight is fat
 * + lean + extracellular fluid + glycogen with its water; expenditure falls as weight falls and
 * adapts to a changed intake, which is why a lasting deficit slows and plateaus instead of losing
 * 1 lb per 3,500 kcal for ever. Integrated daily with fourth-order Runge-Kutta. Pure.
 *
 * <p>Sodium intake is taken as unchanged (ΔNa = 0), and carbohydrate as half of intake.
 */
public final class HallModel {

    // Energy densities (kcal/kg), upkeep (kcal/kg/day), synthesis costs (kcal/kg): Hall 2011.
    static final double RHO_F = 9441;
    static final double RHO_L = 1816;
    static final double RHO_G = 4207;
    static final double GAMMA_F = 3.1;
    static final double GAMMA_L = 22.0;
    static final double ETA_F = 180;
    static final double ETA_L = 230;
    static final double BETA_TEF = 0.10;
    static final double BETA_AT = 0.14;
    static final double TAU_AT = 14;
    /** Forbes partition constant C = 10.4·ρL/ρF ≈ 2.0 kg. */
    static final double FORBES_C = 10.4 * RHO_L / RHO_F;
    /** Water stored with each kg of glycogen, plus the glycogen: 3.7 kg per kg. */
    static final double GLYCOGEN_MASS_FACTOR = 3.7;
    static final double G0 = 0.5;
    static final double CARB_SHARE = 0.5;

    /** Who is simulated: sex, age, height in metres, weight, physical activity level (PAL). */
    public record Person(Sex sex, double ageYears, double heightM, double weightKg, double pal) {
        public Person {
            if (sex == null || !(ageYears >= 18 && ageYears <= 100) || !(heightM >= 1.0 && heightM <= 2.5)
                    || !(weightKg >= 30 && weightKg <= 350) || !(pal >= 1.0 && pal <= 2.5)) {
                throw new IllegalArgumentException("person out of range: age 18-100, height 1.0-2.5 m,"
                        + " weight 30-350 kg, PAL 1.0-2.5");
            }
        }
    }

    /** One day of the trajectory. */
    public record DayPoint(int day, double weightKg, double fatKg, double leanKg, double expenditureKcal,
                           double intakeKcal) {
    }

    private final Person person;
    private final double rmr;
    private final double ei0;
    private final double f0;
    private final double l0;
    private final double ecf0;
    private final double delta;
    private final double k;
    private final double ci0;
    private final double kG;

    public HallModel(Person p) {
        this.person = p;
        double bw = p.weightKg();
        double h = p.heightM();
        boolean male = p.sex() == Sex.MALE;
        // Mifflin-St Jeor as written by Hall (height in metres).
        this.rmr = 9.99 * bw + 625 * h - 4.92 * p.ageYears() + (male ? 5 : -161);
        this.ei0 = p.pal() * rmr;
        double bmi = bw / (h * h);
        // Initial fat: Jackson et al. 2002.
        this.f0 = bw * (male ? 0.14 * p.ageYears() + 37.31 * Math.log(bmi) - 103.94
                : 0.14 * p.ageYears() + 39.96 * Math.log(bmi) - 102.01) / 100;
        this.ecf0 = male ? 0.025 * p.ageYears() + 9.57 * h + 0.191 * bw - 12.4 : -4.0 + 5.98 * h + 0.167 * bw;
        this.l0 = bw - f0 - ecf0 - GLYCOGEN_MASS_FACTOR * G0;
        this.delta = ((1 - BETA_TEF) * p.pal() - 1) * rmr / bw;
        this.k = p.pal() * rmr - GAMMA_L * l0 - GAMMA_F * f0 - delta * bw;
        this.ci0 = CARB_SHARE * ei0;
        this.kG = ci0 / (G0 * G0);
    }

    public double baselineIntakeKcal() {
        return ei0;
    }

    public double rmrKcal() {
        return rmr;
    }

    public double initialFatKg() {
        return f0;
    }

    /** State: fat, lean, glycogen, extracellular fluid, adaptive thermogenesis. */
    private double weight(double[] s) {
        return s[0] + s[1] + s[3] + GLYCOGEN_MASS_FACTOR * s[2];
    }

    private double expenditure(double[] s, double ei) {
        double f = s[0];
        double l = s[1];
        double g = s[2];
        double at = s[4];
        double ci = CARB_SHARE * ei;
        double glycogenFlux = ci - kG * g * g;          // ρG·dG/dt
        double p = FORBES_C / (FORBES_C + f);
        double a = ETA_F * (1 - p) / RHO_F + ETA_L * p / RHO_L;
        double tef = BETA_TEF * (ei - ei0);
        return (k + GAMMA_F * f + GAMMA_L * l + delta * weight(s) + tef + at + a * (ei - glycogenFlux)) / (1 + a);
    }

    private double[] derivative(double[] s, double ei) {
        double f = s[0];
        double g = s[2];
        double ci = CARB_SHARE * ei;
        double glycogenFlux = ci - kG * g * g;
        double ee = expenditure(s, ei);
        double p = FORBES_C / (FORBES_C + f);
        double balance = ei - ee - glycogenFlux;
        return new double[] {
            (1 - p) * balance / RHO_F,
            p * balance / RHO_L,
            glycogenFlux / RHO_G,
            (-3000 * (s[3] - ecf0) - 4000 * (1 - ci / ci0)) / 3220,
            (BETA_AT * (ei - ei0) - s[4]) / TAU_AT,
        };
    }

    /** Days 0..days; the intake on day d is {@code intakeKcal.applyAsDouble(d)}. */
    public List<DayPoint> simulate(int days, IntToDoubleFunction intakeKcal) {
        if (days < 0 || days > 36_500) {
            throw new IllegalArgumentException("days must be 0-36,500");
        }
        double[] s = {f0, l0, G0, ecf0, 0};
        List<DayPoint> out = new ArrayList<>(days + 1);
        for (int d = 0; d <= days; d++) {
            double ei = intakeKcal.applyAsDouble(d);
            out.add(new DayPoint(d, weight(s), s[0], s[1], expenditure(s, ei), ei));
            if (d == days) {
                break;
            }
            double[] k1 = derivative(s, ei);
            double[] k2 = derivative(add(s, k1, 0.5), ei);
            double[] k3 = derivative(add(s, k2, 0.5), ei);
            double[] k4 = derivative(add(s, k3, 1), ei);
            for (int i = 0; i < s.length; i++) {
                s[i] += (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
            }
        }
        return out;
    }

    private static double[] add(double[] s, double[] d, double h) {
        double[] r = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[i] + h * d[i];
        }
        return r;
    }

    public List<DayPoint> simulateConstantChange(int days, double intakeChangeKcal) {
        double ei = ei0 + intakeChangeKcal;
        return simulate(days, d -> d == 0 ? ei0 : ei);
    }

    /** The weight approached at a constant intake: simulated until it stops moving (≤ 20 years). */
    public double plateauWeightKg(double intakeKcal) {
        List<DayPoint> run = simulate(20 * 365, d -> d == 0 ? ei0 : intakeKcal);
        return run.get(run.size() - 1).weightKg();
    }

    /**
     * The static rule: 3,500 kcal per lb (7,700 kcal/kg; Wishnofsky 1958), i.e. the change never
     * slows. Shown beside the model to explain why it overstates long-run loss.
     */
    public static double staticRuleChangeKg(double dailyChangeKcal, int days) {
        return dailyChangeKcal * days / 7700;
    }

    public Person person() {
        return person;
    }
}
