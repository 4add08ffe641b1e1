package org.openplate.diary;

import java.time.LocalDate;
import java.util.Locale;
import org.openplate.units.Dates;

/** Number and date formatting for the diary pages: whole kcal, grams to 0.1, water in the user's unit. */
public final class DiaryFormat {

    private final DiarySettings settings;

    public DiaryFormat(DiarySettings settings) {
        this.settings = settings;
    }

    /** The app's one date style ({@link Dates#day}). */
    public static String longDate(LocalDate d) {
        return Dates.day(d);
    }

    /** The app's one date style without the year ({@link Dates#dayShort}). */
    public static String shortDate(LocalDate d) {
        return Dates.dayShort(d);
    }

    /** Whole kilocalories with a thousands separator; "–" when unknown. */
    public static String kcal(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    public static String kcal(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    /** Grams (or mg, µg) to one decimal, trailing .0 dropped; "–" when unknown. */
    public static String amount(Double v) {
        if (v == null) {
            return "–";
        }
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%,d", (long) r) : String.format(Locale.ROOT, "%,.1f", r);
    }

    /** How much of an entry, for the history page: "quick add, 120 kcal" or "2 × cup (488 g)". */
    public static String howMuch(Entry e) {
        if (e instanceof PortionEntry p) {
            return amount(p.amount()) + " × " + p.unit() + " (" + amount(p.grams()) + " g)";
        }
        return "quick add, " + kcal(((QuickEntry) e).kcal()) + " kcal";
    }

    public String water(double ml) {
        return settings.waterUnit() == WaterUnit.CUPS
                ? amount(WaterUnit.CUPS.fromMl(ml)) + " cups (" + kcal(ml) + " ml)"
                : kcal(ml) + " ml";
    }

    public String waterUnit() {
        return settings.waterUnit().code();
    }

    public String creditLabel() {
        return settings.exerciseCredit().label();
    }
}
