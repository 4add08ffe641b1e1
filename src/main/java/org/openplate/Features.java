package org.openplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openplate.account.AccountModule;
import org.openplate.account.PasswordHasher;
import org.openplate.account.UserId;
import org.openplate.article.ArticleModule;
import org.openplate.config.Settings;
import org.openplate.diary.DiaryModule;
import org.openplate.exercise.ExerciseModule;
import org.openplate.food.FoodModule;
import org.openplate.food.FoodView;
import org.openplate.help.HelpModule;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.notification.NotificationKind;
import org.openplate.notification.NotificationModule;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileModule;
import org.openplate.profile.ProfileService;
import org.openplate.report.ReportModule;
import org.openplate.start.StartModule;
import org.openplate.storage.Database;
import org.openplate.transfer.TransferModule;
import org.openplate.weight.WeightModule;

/**
 * The feature modules of one app, built on first use from the shared infrastructure, in dependency
 * order. The web app ({@link App}) builds them all and iterates them; each CLI command asks only for
 * the modules it needs, so it never opens what it does not use (such as the food search index a
 * running server holds). Built modules are read without a lock (volatile fields), because some
 * look-ups run per request, such as the food search asking the diary for the user's favourites.
 */
public final class Features implements AutoCloseable {

    private final Infra infra;
    private final PasswordHasher hasher;
    private volatile AccountModule account;
    private volatile ProfileModule profile;
    private volatile NotificationModule notification;
    private volatile FoodModule food;
    private volatile ExerciseModule exercise;
    private volatile DiaryModule diary;
    private volatile WeightModule weight;
    private volatile ReportModule report;
    private volatile ArticleModule article;
    private volatile TransferModule transfer;
    private volatile StartModule start;
    private volatile HelpModule help;

    public Features(Infra infra, PasswordHasher hasher) {
        this.infra = infra;
        this.hasher = hasher;
    }

    /** Opens (and migrates) the database named by the settings. */
    public static Features open(Settings settings, Clock clock) {
        return new Features(new Infra(settings, Database.open(settings), clock, App.objectMapper()), new PasswordHasher());
    }

    public Infra infra() {
        return infra;
    }

    /** Every module, in dependency order. */
    public List<FeatureModule> all() {
        return List.of(account(), profile(), notification(), food(), exercise(), diary(), weight(), report(), article(),
                transfer(), start(), help());
    }

    /** The help pages, rendered with the articles' Markdown renderer and sanitiser. */
    public HelpModule help() {
        HelpModule built = help;
        return built != null ? built : buildHelp();
    }

    private synchronized HelpModule buildHelp() {
        if (help == null) {
            help = new HelpModule(ArticleModule::renderMarkdown);
        }
        return help;
    }

    public AccountModule account() {
        AccountModule built = account;
        return built != null ? built : buildAccount();
    }

    private synchronized AccountModule buildAccount() {
        if (account == null) {
            account = new AccountModule(infra, hasher, () -> List.of(profile().signUp()));
        }
        return account;
    }

    public ProfileModule profile() {
        ProfileModule built = profile;
        return built != null ? built : buildProfile();
    }

    private synchronized ProfileModule buildProfile() {
        if (profile == null) {
            // Asked when a profile first gets a weight, not when built: weight depends on profile.
            profile = new ProfileModule(infra, account(),
                    (user, day, kg) -> weight().weights().recordFirst(user, day, kg));
        }
        return profile;
    }

    public NotificationModule notification() {
        NotificationModule built = notification;
        return built != null ? built : buildNotification();
    }

    private synchronized NotificationModule buildNotification() {
        if (notification == null) {
            notification = new NotificationModule(infra, account().guard(), account().mail(),
                    () -> new NotificationModule.Facts(profile().facts(), diary().facts(), weight().facts(),
                            weight().goalPrompts()));
        }
        return notification;
    }

    public FoodModule food() {
        FoodModule built = food;
        return built != null ? built : buildFood();
    }

    private synchronized FoodModule buildFood() {
        if (food == null) {
            food = new FoodModule(infra, account().guard(), this::personOf, user -> diary().diary().foods().favourites(user));
        }
        return food;
    }

    public ExerciseModule exercise() {
        ExerciseModule built = exercise;
        return built != null ? built : buildExercise();
    }

    private synchronized ExerciseModule buildExercise() {
        if (exercise == null) {
            exercise = new ExerciseModule(infra, account().guard(), profile().profiles(), (user, entry, advice) ->
                    notification().notifications().notify(user, NotificationKind.BACK_CARE, "entry-" + entry.id(),
                            advice.title(), advice.text(), "/exercise/entries/" + entry.id()));
        }
        return exercise;
    }

    public DiaryModule diary() {
        DiaryModule built = diary;
        return built != null ? built : buildDiary();
    }

    private synchronized DiaryModule buildDiary() {
        if (diary == null) {
            diary = new DiaryModule(infra, account().guard(), food().foods(), profile().profiles(), profile().goals(),
                    exercise().exercise()::burnedKcal, (user, day) -> start().cards().card(user, day));
        }
        return diary;
    }

    public WeightModule weight() {
        WeightModule built = weight;
        return built != null ? built : buildWeight();
    }

    private synchronized WeightModule buildWeight() {
        if (weight == null) {
            weight = new WeightModule(infra, account().guard(), profile().profiles(), profile().goals(),
                    diary().days());
        }
        return weight;
    }

    public ReportModule report() {
        ReportModule built = report;
        return built != null ? built : buildReport();
    }

    private synchronized ReportModule buildReport() {
        if (report == null) {
            report = new ReportModule(account().guard(), diary().days(), profile().goals(), weight().expenditure());
        }
        return report;
    }

    public ArticleModule article() {
        ArticleModule built = article;
        return built != null ? built : buildArticle();
    }

    private synchronized ArticleModule buildArticle() {
        if (article == null) {
            article = new ArticleModule(infra, account().guard(), this::todayOf);
        }
        return article;
    }

    public StartModule start() {
        StartModule built = start;
        return built != null ? built : buildStart();
    }

    private synchronized StartModule buildStart() {
        if (start == null) {
            start = new StartModule(infra, account().guard(), profile().profiles(), weight().weights(), diary().facts(),
                    user -> notification().notifications().remindersChosen(user));
        }
        return start;
    }

    public TransferModule transfer() {
        TransferModule built = transfer;
        return built != null ? built : buildTransfer();
    }

    private synchronized TransferModule buildTransfer() {
        if (transfer == null) {
            transfer = new TransferModule(infra, account().guard(), () -> diary().days(), () -> weight().weights(),
                    () -> food().foods());
        }
        return transfer;
    }

    /** The article sidebar's "Today": the goal in force and what is left, from the diary's day. */
    private Optional<org.openplate.article.Today> todayOf(UserId user) {
        org.openplate.diary.DiaryDays days = diary().days();
        org.openplate.diary.DayView.Budget b = days.day(user, days.today(user)).budget();
        return b.goalKcal() == null || b.remainingKcal() == null ? Optional.empty()
                : Optional.of(new org.openplate.article.Today(b.goalKcal(), (int) Math.round(b.remainingKcal())));
    }

    private Optional<FoodView.Person> personOf(UserId user) {
        ProfileService profiles = profile().profiles();
        Profile p = profiles.get(user);
        return profiles.person(p, profiles.today(p)).map(x -> new FoodView.Person(x.sex(), x.age()));
    }

    /** Closes what the built modules hold open, then the database. */
    @Override
    public synchronized void close() {
        for (FeatureModule m : new FeatureModule[] {start, food, transfer, article, report, weight, diary, exercise,
            notification, profile, account}) {
            if (m != null) {
                m.close();
            }
        }
        infra.database().close();
    }
}
