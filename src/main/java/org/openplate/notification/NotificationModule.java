package org.openplate.notification;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserMail;
import org.openplate.diary.DiaryFacts;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.storage.Dialect;
import org.openplate.module.WebKit;
import org.openplate.profile.ProfileFacts;
import org.openplate.web.Routes;
import org.openplate.weight.GoalPrompts;
import org.openplate.weight.WeighInFacts;

/**
 * The notification feed and the scheduler that fills it. The feed is built first (other features post
 * to it); the scheduler asks the query ports of profile, diary and weight, supplied when it first runs.
 */
public final class NotificationModule implements FeatureModule {

    /** The other features' facts the scheduler reads through (ports those features own). */
    public record Facts(ProfileFacts profiles, DiaryFacts diary, WeighInFacts weighIns, GoalPrompts goalPrompts) {
    }

    private final Infra infra;
    private final AuthGuard guard;
    private final JdbiNotificationRepository repository;
    private final NotificationService notifications;
    private final Supplier<Facts> facts;
    private NotificationScheduler scheduler;

    public NotificationModule(Infra infra, AuthGuard guard, Supplier<Facts> facts) {
        this(infra, guard, null, facts);
    }

    /** {@code mail}: e-mails the reminders users opted into (null: never). */
    public NotificationModule(Infra infra, AuthGuard guard, UserMail mail, Supplier<Facts> facts) {
        this.infra = infra;
        this.guard = guard;
        this.facts = facts;
        this.repository = new JdbiNotificationRepository(infra.database().jdbi());
        this.notifications = new NotificationService(repository, infra.clock(), mail);
    }

    public NotificationService notifications() {
        return notifications;
    }

    public synchronized NotificationScheduler scheduler() {
        if (scheduler == null) {
            Facts f = facts.get();
            scheduler = new NotificationScheduler(repository, new JdbiDueQueue(infra.database().jdbi(),
                    infra.database().dialect() == Dialect.POSTGRES), notifications, infra.clock(), f.profiles(), f.diary(),
                    f.weighIns(), f.goalPrompts());
        }
        return scheduler;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new NotificationPages(notifications, guard, web.views()));
    }

    /**
     * Creates due reminders, milestones and streaks every minute. Safe on every instance: instances share
     * the due users through the queue's leased claims, and the database keeps one row per notification key.
     */
    @Override
    public List<Job> jobs() {
        return List.of(Job.every("notifications", Duration.ofMinutes(1), Duration.ofMinutes(1), () -> {
            int n = scheduler().runOnce();
            if (n > 0) {
                org.slf4j.LoggerFactory.getLogger(NotificationModule.class).info("created {} notification(s)", n);
            }
        }));
    }
}
