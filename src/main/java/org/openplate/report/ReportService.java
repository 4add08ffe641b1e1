package org.openplate.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryDays;
import org.openplate.energy.MacroTargets;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutrientTotals;
import org.openplate.nutrition.ReferenceIntakes;
import org.openplate.profile.GoalService;
import org.openplate.profile.Person;
import org.openplate.weight.ExpenditureService;

/** Read-only figures for the charts: calories by day, macro split by week, nutrient coverage. */
public final class ReportService {

    private final DiaryDays diary;
    private final GoalService goals;
    private final ExpenditureService expenditure;

    /** An estimated expenditure, or a plain-words note saying why there is none (one of them, or neither). */
    record Expenditure(Double kcal, String note) {
    }

    public ReportService(DiaryDays diary, GoalService goals, ExpenditureService expenditure) {
        this.diary = diary;
        this.goals = goals;
        this.expenditure = expenditure;
    }

    /** The estimate, or (note) why the logs cannot give one; both empty when there is not enough data. */
    private Expenditure expenditure(UserId user) {
        ExpenditureService.Summary s = expenditure.summary(user);
        return new Expenditure(s.estimate() == null ? null : s.estimate().tdeeKcal(),
                s.estimate() == null && !"not-enough-data".equals(s.status()) ? s.message() : null);
    }

    /** Calories eaten per day (null = nothing logged: unknown, not zero) against goal and expenditure. */
    public record CalorieDay(LocalDate day, Double eatenKcal, Integer goalKcal, Double expenditureKcal) {
    }

    /** One week's macro energy: kcal from protein, carbohydrate and fat (4/4/9 kcal per g). */
    public record MacroWeek(LocalDate monday, double proteinKcal, double carbsKcal, double fatKcal, int loggedDays) {
        public double total() {
            return proteinKcal + carbsKcal + fatKcal;
        }

        public int pct(double part) {
            return total() == 0 ? 0 : (int) Math.round(100 * part / total());
        }
    }

    /** A nutrient's average daily amount over logged days as % of the reference intake. */
    public record Coverage(String id, String name, String unit, double avgAmount, double reference, int percent,
                           boolean adequate, int daysMissing) {
    }

    public record Report(LocalDate from, LocalDate to, List<CalorieDay> calories, List<MacroWeek> macros,
                         List<Coverage> coverage, int loggedDays, String expenditureNote) {
    }

    public LocalDate today(UserId user) {
        return diary.today(user);
    }

    public Report report(UserId user, LocalDate from, LocalDate to) {
        List<DiaryDays.DailyTotals> days = diary.daily(user, from, to);
        Integer goal = goals.kcal(user).orElse(null);
        Expenditure spend = expenditure(user);
        Double tdee = spend.kcal();
        List<CalorieDay> calories = new ArrayList<>();
        Map<LocalDate, double[]> weeks = new LinkedHashMap<>();
        NutrientTotals logged = NutrientTotals.EMPTY;
        int loggedDays = 0;
        for (DiaryDays.DailyTotals d : days) {
            NutrientTotals t = d.totals();
            boolean any = t.items() > 0;
            calories.add(new CalorieDay(d.day(), any ? t.totalOrZero(NutrientCatalog.ENERGY) : null, goal, tdee));
            double[] w = weeks.computeIfAbsent(d.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new double[4]);
            if (any) {
                w[0] += t.totalOrZero(NutrientCatalog.PROTEIN) * MacroTargets.KCAL_PER_G_PROTEIN;
                w[1] += t.totalOrZero(NutrientCatalog.CARBS) * MacroTargets.KCAL_PER_G_CARBS;
                w[2] += t.totalOrZero(NutrientCatalog.FAT) * MacroTargets.KCAL_PER_G_FAT;
                w[3]++;
                loggedDays++;
                logged = logged.plus(daySum(t));
            }
        }
        List<MacroWeek> macros = new ArrayList<>();
        weeks.forEach((monday, w) -> macros.add(new MacroWeek(monday, w[0], w[1], w[2], (int) w[3])));
        return new Report(from, to, calories, macros, coverage(user, to, logged, loggedDays), loggedDays,
                spend.note());
    }

    /** A day's sums as one item, so that over days "missing" counts days with no value at all. */
    private static NutrientTotals daySum(NutrientTotals t) {
        return NutrientTotals.of(List.of(t.sums()));
    }

    private List<Coverage> coverage(UserId user, LocalDate day, NutrientTotals days, int n) {
        List<Coverage> out = new ArrayList<>();
        Optional<Person> person = diary.person(user, day);
        if (person.isEmpty() || n == 0) {
            return out;
        }
        org.openplate.energy.Sex sex = person.get().sex();
        int age = person.get().age();
        for (Nutrient nutrient : NutrientCatalog.all()) {
            Optional<ReferenceIntakes.Intake> ref = ReferenceIntakes.forAdult(nutrient.id(), sex, age);
            if (ref.isEmpty()) {
                continue;
            }
            double avg = days.totalOrZero(nutrient.id()) / n;
            out.add(new Coverage(nutrient.id(), nutrient.name(), nutrient.unit(), avg, ref.get().amount(),
                    (int) Math.round(100 * avg / ref.get().amount()), ref.get().adequate(), days.missing(nutrient.id())));
        }
        return out;
    }
}
