package org.openplate.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice after a stretching session, from its check-in and the ones before it. The rules follow the
 * four reasons a back can hurt more after stretching: an existing back problem, stronger abdominal
 * than back muscles, stretching the wrong muscles, and pushing too hard or too fast. This is general
 * information, not medical advice. Pure: no I/O.
 */
public final class BackCareGuidance {

    /** Pain at or above this, before or after, means stop and see a doctor. */
    public static final int SEVERE_PAIN = 7;
    /** A rise of this many points or more (over the session, or since the last check-in) is worth a notification. */
    public static final int ALERT_RISE = 2;
    /** Holds up to this many seconds are fine; longer is "much longer than 30 s". */
    public static final int LONGEST_SENSIBLE_HOLD_S = 45;

    private BackCareGuidance() {
    }

    /** How urgent a piece of advice is. */
    public enum Level { STOP, CAUTION, INFO }

    /** One piece of advice; {@code code} is stable for tests and the API. */
    public record Advice(String code, Level level, String title, String text) {
    }

    /**
     * @param now     this session's check-in
     * @param earlier earlier check-ins, oldest first
     */
    public static List<Advice> advise(CheckIn now, List<CheckIn> earlier) {
        List<Advice> out = new ArrayList<>();
        if (!now.redFlags().isEmpty() || now.painAfter() >= SEVERE_PAIN || now.painBefore() >= SEVERE_PAIN) {
            out.add(new Advice("see-doctor", Level.STOP, "Stop stretching and see a doctor",
                    (now.redFlags().isEmpty() ? "Pain of " + Math.max(now.painBefore(), now.painAfter())
                            + " out of 10 is too much to stretch through. "
                            : "Numbness, tingling, leg weakness or pain running down a leg can come from a nerve. ")
                    + "An existing back problem, such as a disk or nerve issue, can be made worse by stretching."
                    + " Stop these stretches and have a doctor or physiotherapist look at your back before you"
                    + " carry on."));
        }
        if (now.painAfter() > now.painBefore()) {
            out.add(new Advice("pain-rose", Level.CAUTION, "Your pain went up",
                    "Pain rose from " + now.painBefore() + " to " + now.painAfter() + " out of 10. Stretching should"
                    + " leave you the same or looser, not sorer. Next time go gentler, and stop any stretch that"
                    + " hurts."));
        }
        if (now.holdSeconds() > LONGEST_SENSIBLE_HOLD_S || now.effort() == CheckIn.Effort.PAINFUL) {
            out.add(new Advice("too-hard", Level.CAUTION, "Ease off: mild tension, 20-30 seconds",
                    (now.effort() == CheckIn.Effort.PAINFUL ? "You rated the stretches painful. "
                            : "You held each stretch for " + now.holdSeconds() + " seconds. ")
                    + "Pushing too hard or too fast, above all after a long spell of inactivity, strains the"
                    + " muscles you mean to loosen. Stretch only until you feel mild tension, hold 20-30 seconds,"
                    + " and build up over weeks."));
        }
        if (rising(now, earlier)) {
            out.add(new Advice("core-balance", Level.CAUTION, "Pain is climbing session after session: balance"
                    + " your core", "When the abdominal muscles are much stronger than the back muscles, the back"
                    + " can hurt more after stretching. Add core and balance work that strengthens the back,"
                    + " such as bird-dogs, bridges and back extensions, alongside the stretches."));
            out.add(new Advice("right-muscles", Level.CAUTION, "Check that you stretch the right muscles",
                    "Back pain often starts somewhere else: tight hips or hamstrings, for example. Stretching the"
                    + " wrong muscles does not help and can add to the strain. Ask a doctor or physiotherapist"
                    + " which muscles to work on."));
        }
        if (out.isEmpty()) {
            out.add(new Advice("keep-going", Level.INFO, "Good session",
                    "Keep stretching to mild tension and holding each stretch 20-30 seconds."));
        }
        return out;
    }

    /**
     * The advice worth a notification, if any: "stop and see a doctor" first; else a rise of
     * {@link #ALERT_RISE} or more points, during the session (before → after) or since the last
     * check-in (its "after" → this "after"), with the article's advice on how to stretch so it helps.
     *
     * @param earlier earlier check-ins, oldest first
     */
    public static java.util.Optional<Advice> alert(CheckIn now, List<CheckIn> earlier) {
        java.util.Optional<Advice> stop = advise(now, earlier).stream().filter(a -> a.level() == Level.STOP).findFirst();
        if (stop.isPresent()) {
            return stop;
        }
        int during = now.painAfter() - now.painBefore();
        Integer since = earlier.isEmpty() ? null : now.painAfter() - earlier.get(earlier.size() - 1).painAfter();
        if (during < ALERT_RISE && (since == null || since < ALERT_RISE)) {
            return java.util.Optional.empty();
        }
        String what = during >= ALERT_RISE
                ? "Your pain rose from " + now.painBefore() + " to " + now.painAfter() + " out of 10 during the session."
                : "Your pain after stretching rose from " + earlier.get(earlier.size() - 1).painAfter() + " last time to "
                + now.painAfter() + " out of 10 this time.";
        return java.util.Optional.of(new Advice("pain-rise", Level.CAUTION, "Your back hurt more after stretching",
                what + " Ease off: stretch only until you feel mild tension, never pain; hold each stretch 20-30"
                + " seconds; and build up slowly over weeks. If it keeps rising, or comes with numbness, tingling"
                + " or leg weakness, stop and see a doctor or physiotherapist."));
    }

    /** Pain after the session rose over two or more sessions in a row (three check-ins, each higher). */
    static boolean rising(CheckIn now, List<CheckIn> earlier) {
        if (earlier.size() < 2) {
            return false;
        }
        CheckIn a = earlier.get(earlier.size() - 2);
        CheckIn b = earlier.get(earlier.size() - 1);
        return a.painAfter() < b.painAfter() && b.painAfter() < now.painAfter();
    }
}
