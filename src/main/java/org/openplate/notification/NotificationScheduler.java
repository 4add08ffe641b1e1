package org.openplate.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryFacts;
import org.openplate.profile.ProfileFacts;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;
import org.openplate.weight.WeighInFact;
import org.openplate.weight.WeighInFacts;
import org.openplate.profile.GoalPrompt;
import org.openplate.weight.GoalPrompts;

/**
 * Creates the notifications that are due, in each user's own time zone: the food reminder after the
 * user's reminder time, the weigh-in reminder after 7 days without one, milestones toward the target
 * weight, reaching it, and logging streaks. Every notification has a key (e.g. the date), and the
 * database keeps one row per user and key, so any number of instances can run this at once.
 */
public final class NotificationScheduler {

    static final int[] STREAKS = {3, 7, 14, 30, 60, 100, 365};

    private final NotificationRepository repo;
    private final NotificationService notifications;
    private final Clock clock;
    private final ProfileFacts profiles;
    private final DiaryFacts diary;
    private final WeighInFacts weighIns;
    private final GoalPrompts goalPrompts;
    /** The goal-update check reads four weeks of logs, so each instance runs it once a local day per user. */
    private final java.util.Map<Long, LocalDate> goalChecked = new java.util.concurrent.ConcurrentHashMap<>();

    /** The other features' facts come through query ports those features own; this class reads no table of theirs. */
    public NotificationScheduler(NotificationRepository repo, NotificationService notifications, Clock clock,
                                 ProfileFacts profiles, DiaryFacts diary, WeighInFacts weighIns,
                                 GoalPrompts goalPrompts) {
        this.repo = repo;
        this.notifications = notifications;
        this.clock = clock;
        this.profiles = profiles;
        this.diary = diary;
        this.weighIns = weighIns;
        this.goalPrompts = goalPrompts;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NotificationScheduler.class);
    /** Users whose run failed, and the UTC day it was last logged: one warning per user a day, not every 5 minutes. */
    private final java.util.Map<Long, LocalDate> failureLogged = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates what is due now; returns how many notifications were created. Each user's work is
     * isolated: one user's bad data is logged (user id and error type only, no personal data) and the
     * run goes on with the next user.
     */
    public int runOnce() {
        int created = 0;
        // Two reads for all users (profiles, reminder times), then each user's own facts.
        Map<Long, String> reminders = repo.reminderTimes();
        for (ProfileFacts.Scheduling f : profiles.everyone()) {
            try {
                ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of(f.zone())));
                created += forUser(f, reminders.get(f.user().value()), now.toLocalDate(), now.toLocalTime());
            } catch (RuntimeException e) {
                failed(f.user(), e);
            }
        }
        return created;
    }

    private void failed(UserId user, RuntimeException e) {
        LocalDate day = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        if (!day.equals(failureLogged.put(user.value(), day))) {
            LOG.warn("notifications for user {} skipped: {} (the run goes on for other users)", user.value(),
                    e.getClass().getSimpleName());
            LOG.debug("notifications for user {} failed", user.value(), e);
        }
    }

    private int forUser(ProfileFacts.Scheduling f, String reminderTime, LocalDate today, LocalTime time) {
        UserId u = f.user();
        int n = 0;
        LocalTime reminder = LocalTime.parse(reminderTime == null ? NotificationService.DEFAULT_REMINDER : reminderTime);
        if (!time.isBefore(reminder) && !diary.hasEntries(u, today)) {
            n += count(notifications.notify(u, NotificationKind.FOOD_REMINDER, today.toString(), "Nothing logged today yet",
                    "It is past " + reminder + " and today's diary is empty. A quick add is enough.", "/diary/" + today));
        }
        Optional<WeighInFact> latest = weighIns.latest(u);
        if (latest.isPresent() && !latest.get().day().isAfter(today.minusDays(7))) {
            n += count(notifications.notify(u, NotificationKind.WEIGH_IN_REMINDER, latest.get().day().toString(),
                    "Time to step on the scale", "Your last weigh-in was on " + latest.get().day()
                            + ". A weigh-in a week or more keeps your trend honest.", "/weight"));
        }
        Optional<WeighInFact> first = weighIns.first(u);
        if (f.targetKg() != null && first.isPresent() && latest.isPresent()) {
            double start = first.get().weightKg();
            double now = latest.get().weightKg();
            double target = f.targetKg();
            boolean us = f.units() == UnitSystem.US;
            double step = us ? Measures.lbToKg(5) : 2;
            double toward = start > target ? start - now : now - start;
            int steps = (int) Math.floor(toward / step + 1e-9);
            for (int s = 1; s <= steps; s++) {
                n += count(notifications.notify(u, NotificationKind.MILESTONE, start + ":" + s,
                        (us ? 5 * s + " lb" : 2 * s + " kg") + " toward your target",
                        "Your weigh-ins are " + (us ? 5 * s + " lb" : 2 * s + " kg") + " closer to your target weight.",
                        "/weight"));
            }
            boolean reached = start > target ? now <= target : start < target && now >= target;
            if (reached) {
                n += count(notifications.notify(u, NotificationKind.GOAL_REACHED, String.valueOf(target),
                        "Target weight reached", "You have reached your target weight. Time to set a maintenance goal.",
                        "/profile"));
            }
        }
        if (!today.equals(goalChecked.put(u.value(), today))) {
            try {
                Optional<GoalPrompt> prompt = goalPrompts.updatePrompt(u);
                if (prompt.isPresent()) {
                    n += count(notifications.notify(u, NotificationKind.GOAL_UPDATE, prompt.get().key(),
                            prompt.get().title(), prompt.get().body(), "/weight"));
                }
            } catch (RuntimeException e) {
                // checked again on the next run; the other notifications for this user still go out
                goalChecked.remove(u.value());
                failed(u, e);
            }
        }
        List<LocalDate> days = diary.loggedDays(u, today.minusDays(400), today.minusDays(1));
        int streak = 0;
        LocalDate expect = today.minusDays(1);
        for (LocalDate d : days) {
            if (!d.equals(expect)) {
                break;
            }
            streak++;
            expect = expect.minusDays(1);
        }
        for (int s : STREAKS) {
            if (streak >= s) {
                LocalDate started = today.minusDays(streak);
                n += count(notifications.notify(u, NotificationKind.STREAK, started + ":" + s, s + " days in a row",
                        "You have logged your diary " + s + " days in a row.", "/diary"));
            }
        }
        return n;
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }
}
