package org.openplate.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
 * weight, reaching it, and logging streaks.
 *
 * <p>The work is a queue ({@link DueQueue}): each user with a profile has a next due time, and a run
 * claims due users in leased batches, serves them and sets their next due time (the reminder time, the
 * next local midnight, or an hour on, whichever comes first). Any number of instances run this at once
 * and share the work: the claim skips users another instance holds, and every notification has a key
 * (e.g. the date) with one row per user and key, so each is created once. A run's cost grows with the
 * users due, not with all users; new profiles are enrolled a bounded page at a time.
 */
public final class NotificationScheduler {

    static final int[] STREAKS = {3, 7, 14, 30, 60, 100, 365};
    /** Users claimed at once: one read of their settings and profiles per batch. */
    static final int BATCH = 200;
    /** Profiles enrolled per run, by each of the two enrolment steps. */
    static final int ENROL_PAGE = 1000;
    /** How long a claim holds a batch before another instance may take it (the holder died). */
    static final long LEASE_MS = Duration.ofMinutes(5).toMillis();
    /** The longest a user waits between checks (milestones after a weigh-in show within this). */
    static final Duration MAX_WAIT = Duration.ofHours(1);
    /** Batches per run at most, so one run cannot go on forever behind a flood of due users. */
    static final int MAX_BATCHES = 500;
    static final String SWEEP = "sweep";

    private final NotificationRepository repo;
    private final DueQueue queue;
    private final NotificationService notifications;
    private final Clock clock;
    private final ProfileFacts profiles;
    private final DiaryFacts diary;
    private final WeighInFacts weighIns;
    private final GoalPrompts goalPrompts;
    private final AtomicLong served = new AtomicLong();

    /** The other features' facts come through query ports those features own; this class reads no table of theirs. */
    public NotificationScheduler(NotificationRepository repo, DueQueue queue, NotificationService notifications,
                                 Clock clock, ProfileFacts profiles, DiaryFacts diary, WeighInFacts weighIns,
                                 GoalPrompts goalPrompts) {
        this.repo = repo;
        this.queue = queue;
        this.notifications = notifications;
        this.clock = clock;
        this.profiles = profiles;
        this.diary = diary;
        this.weighIns = weighIns;
        this.goalPrompts = goalPrompts;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NotificationScheduler.class);
    /** Users whose run failed, and the UTC day it was last logged: one warning per user a day, not every run. */
    private final java.util.Map<Long, LocalDate> failureLogged = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Enrols new profiles, then serves the users due now in claimed batches; returns how many
     * notifications were created. Each user's work is isolated: one user's bad data is logged (user id and
     * error type only, no personal data), that user is tried again later with back-off, and the batch
     * goes on with the next user.
     */
    public int runOnce() {
        long now = clock.millis();
        enrol(now);
        int created = 0;
        for (int b = 0; b < MAX_BATCHES; b++) {
            List<DueQueue.Claim> batch = queue.claim(now, now + LEASE_MS, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            created += serve(batch, now);
        }
        return created;
    }

    /** Users this scheduler (this instance) has served since it was built. */
    public long served() {
        return served.get();
    }

    /**
     * New profiles beyond the highest queued id join at once; a sweep cursor walks the rest a page a
     * run, for profiles created after higher ids were enrolled. Both steps are bounded, and enrolling
     * twice is harmless.
     */
    private void enrol(long now) {
        queue.enrol(profiles.usersAfter(queue.highestUser(), ENROL_PAGE), now);
        long from = queue.cursor(SWEEP);
        List<UserId> page = profiles.usersAfter(from, ENROL_PAGE);
        queue.enrol(page, now);
        queue.moveCursor(SWEEP, from, page.size() < ENROL_PAGE ? 0 : page.get(page.size() - 1).value());
    }

    private int serve(List<DueQueue.Claim> batch, long now) {
        List<UserId> users = batch.stream().map(DueQueue.Claim::user).toList();
        Map<Long, String> reminders = repo.reminderTimes(users);
        Map<UserId, ProfileFacts.Scheduling> facts = new HashMap<>();
        for (ProfileFacts.Scheduling f : profiles.of(users)) {
            facts.put(f.user(), f);
        }
        int created = 0;
        for (DueQueue.Claim c : batch) {
            ProfileFacts.Scheduling f = facts.get(c.user());
            if (f == null) {
                queue.remove(c.user());
                continue;
            }
            try {
                ZonedDateTime at = Instant.ofEpochMilli(now).atZone(ZoneId.of(f.zone()));
                LocalTime reminder = LocalTime.parse(reminders.getOrDefault(c.user().value(),
                        NotificationService.DEFAULT_REMINDER));
                boolean checkGoal = !at.toLocalDate().equals(c.goalCheckedOn());
                Outcome o = forUser(f, reminder, at.toLocalDate(), at.toLocalTime(), checkGoal);
                created += o.created();
                queue.done(c.user(), nextDue(at, reminder), o.goalChecked() ? at.toLocalDate() : c.goalCheckedOn());
            } catch (RuntimeException e) {
                failed(c.user(), e);
                queue.failed(c.user(), now + backOff(c.failures()));
            }
            served.incrementAndGet();
        }
        return created;
    }

    /** The next check: the reminder time if it is still ahead today, else the next local midnight, at most an hour on. */
    static long nextDue(ZonedDateTime now, LocalTime reminder) {
        ZonedDateTime next = now.plus(MAX_WAIT);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(now.getZone());
        if (midnight.isBefore(next)) {
            next = midnight;
        }
        ZonedDateTime remind = now.toLocalDate().atTime(reminder).atZone(now.getZone());
        if (remind.isAfter(now) && remind.isBefore(next)) {
            next = remind;
        }
        return next.toInstant().toEpochMilli();
    }

    /** 5 minutes after the first failure, doubling, at most 6 hours. */
    static long backOff(int failuresSoFar) {
        long minutes = 5L << Math.min(failuresSoFar, 7);
        return Duration.ofMinutes(Math.min(minutes, 360)).toMillis();
    }

    private void failed(UserId user, RuntimeException e) {
        LocalDate day = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
        if (!day.equals(failureLogged.put(user.value(), day))) {
            LOG.warn("notifications for user {} skipped: {} (the run goes on for other users)", user.value(),
                    e.getClass().getSimpleName());
            LOG.debug("notifications for user {} failed", user.value(), e);
        }
    }

    /** What serving one user did: notifications created, and whether the daily goal check ran to the end. */
    private record Outcome(int created, boolean goalChecked) {
    }

    private Outcome forUser(ProfileFacts.Scheduling f, LocalTime reminder, LocalDate today, LocalTime time,
                            boolean checkGoal) {
        UserId u = f.user();
        int n = 0;
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
        boolean goalChecked = false;
        if (checkGoal) {
            // the goal-update check reads four weeks of logs, so it runs once a local day per user
            try {
                Optional<GoalPrompt> prompt = goalPrompts.updatePrompt(u);
                if (prompt.isPresent()) {
                    n += count(notifications.notify(u, NotificationKind.GOAL_UPDATE, prompt.get().key(),
                            prompt.get().title(), prompt.get().body(), "/weight"));
                }
                goalChecked = true;
            } catch (RuntimeException e) {
                // checked again at the next check; the other notifications for this user still go out
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
        return new Outcome(n, goalChecked);
    }

    private static int count(boolean created) {
        return created ? 1 : 0;
    }
}
