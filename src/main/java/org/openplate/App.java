package org.openplate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openplate.account.AccountApi;
import org.openplate.account.AccountPages;
import org.openplate.account.AccountService;
import org.openplate.account.SessionApi;
import org.openplate.account.SessionPages;
import org.openplate.account.AuthGuard;
import org.openplate.account.JdbiTokenRepository;
import org.openplate.account.TokenApi;
import org.openplate.account.TokenPages;
import org.openplate.account.TokenService;
import org.openplate.account.JdbiAccountRepository;
import org.openplate.account.PasswordHasher;
import org.openplate.account.Role;
import org.openplate.account.UserId;
import org.openplate.config.Settings;
import org.openplate.food.FoodApi;
import org.openplate.food.FoodPages;
import org.openplate.diary.DiaryApi;
import org.openplate.diary.DiaryPages;
import org.openplate.diary.DiaryServices;
import org.openplate.diary.EntryService;
import org.openplate.diary.JdbiDiaryFacts;
import org.openplate.diary.JdbiDiaryRepository;
import org.openplate.diary.RecipePages;
import org.openplate.exercise.ActivityCatalog;
import org.openplate.exercise.ExerciseApi;
import org.openplate.exercise.ExercisePages;
import org.openplate.exercise.ExerciseService;
import org.openplate.exercise.JdbiExerciseRepository;
import org.openplate.article.ArticleLibrary;
import org.openplate.article.ArticlePages;
import org.openplate.article.ArticleService;
import org.openplate.article.EditorPages;
import org.openplate.article.JdbiArticleRepository;
import org.openplate.transfer.TrackerImportPages;
import org.openplate.transfer.TrackerImportService;
import org.openplate.transfer.TransferPages;
import org.openplate.transfer.TransferService;
import org.openplate.food.FoodService;
import org.openplate.notification.JdbiNotificationRepository;
import org.openplate.notification.NotificationKind;
import org.openplate.notification.NotificationPages;
import org.openplate.notification.NotificationScheduler;
import org.openplate.notification.NotificationService;
import org.openplate.report.ReportPages;
import org.openplate.report.ReportService;
import org.openplate.weight.ExpenditureService;
import org.openplate.weight.JdbiWeighInFacts;
import org.openplate.weight.JdbiWeightRepository;
import org.openplate.weight.ProjectionService;
import org.openplate.weight.WeightApi;
import org.openplate.weight.WeightPages;
import org.openplate.weight.WeightService;
import org.openplate.food.FoodView;
import org.openplate.food.ImportJobs;
import org.openplate.food.ImportPages;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.food.search.FoodIndex;
import org.openplate.profile.Profile;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.profile.CalculatorApi;
import org.openplate.profile.CalculatorPages;
import org.openplate.profile.GoalService;
import org.openplate.profile.JdbiProfileFacts;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.ProfileApi;
import org.openplate.profile.ProfilePages;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;
import org.openplate.web.ApiDocsRoutes;
import org.openplate.web.AreaGuard;
import org.openplate.web.BodyLimits;
import org.openplate.web.Cookies;
import org.openplate.web.Csrf;
import org.openplate.web.ErrorMapping;
import org.openplate.web.HealthRoutes;
import org.openplate.web.Views;
import org.openplate.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Composition root: builds every service with {@code new} and wires the web server. */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    public static final String VERSION = App.class.getPackage().getImplementationVersion() == null
            ? "dev" : App.class.getPackage().getImplementationVersion();

    private final Settings settings;
    private final Database database;
    private final Javalin javalin;
    private final AccountService accounts;
    private final FoodService foods;
    private final FoodIndex foodIndex;
    private final EntryService diary;
    private final NotificationScheduler scheduler;
    private final TokenService tokens;
    private final TransferService transfer;
    private final ScheduledExecutorService housekeeping;

    private App(Settings settings, Database database, Javalin javalin, AccountService accounts, FoodService foods,
                FoodIndex foodIndex, EntryService diary, NotificationScheduler scheduler, TokenService tokens,
                TransferService transfer) {
        this.tokens = tokens;
        this.transfer = transfer;
        this.diary = diary;
        this.scheduler = scheduler;
        this.settings = settings;
        this.database = database;
        this.javalin = javalin;
        this.accounts = accounts;
        this.foods = foods;
        this.foodIndex = foodIndex;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openplate-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    public static final String BUNDLE = "/foods/usda-sr24.tsv.gz";
    public static final String BUNDLE_SOURCE = "usda-sr24";

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Builds the app (opens and migrates the database) without starting the server. */
    public static App build(Settings settings, Clock clock) {
        return build(settings, clock, new PasswordHasher());
    }

    public static App build(Settings settings, Clock clock, PasswordHasher hasher) {
        Database db = Database.open(settings);
        try {
            ObjectMapper json = objectMapper();
            TokenService tokens = new TokenService(new JdbiTokenRepository(db.jdbi()), clock, settings.apiRatePerMinute());
            AccountService accounts = new AccountService(new JdbiAccountRepository(db.jdbi()), hasher, clock,
                    settings.sessionTtl(), tokens::revokeAll);
            CalorieGoalCalculator calculator = new CalorieGoalCalculator();
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()), calculator, clock);
            JdbiFoodRepository foodRepository = new JdbiFoodRepository(db.jdbi(), json, clock);
            FoodIndex foodIndex = new FoodIndex(foodRepository, settings.dataDir().resolve("index").resolve("foods"));
            FoodService foods = new FoodService(foodRepository, foodIndex);
            ImportJobs importJobs = new ImportJobs(foods);
            JdbiDiaryRepository diaryRepository = new JdbiDiaryRepository(db.jdbi());
            JdbiNotificationRepository notificationRepository = new JdbiNotificationRepository(db.jdbi());
            NotificationService notifications = new NotificationService(notificationRepository, clock);
            ExerciseService exercise = new ExerciseService(new JdbiExerciseRepository(db.jdbi()),
                    ActivityCatalog.load(), profiles, clock, (user, entry, advice) -> notifications.notify(user,
                            NotificationKind.BACK_CARE, "entry-" + entry.id(), advice.title(), advice.text(),
                            "/exercise/entries/" + entry.id()));
            JdbiWeightRepository weightRepository = new JdbiWeightRepository(db.jdbi());
            WeightService weights = new WeightService(weightRepository, profiles, clock);
            GoalService goals = new GoalService(new org.openplate.profile.JdbiGoalRepository(db.jdbi()), profiles, clock);
            DiaryServices diary = DiaryServices.create(diaryRepository, foods, profiles, goals, exercise::burnedKcal, clock);
            ExpenditureService expenditure = new ExpenditureService(weightRepository, goals, diary.days(), profiles);
            NotificationScheduler scheduler = new NotificationScheduler(notificationRepository, notifications, clock,
                    new JdbiProfileFacts(db.jdbi()), new JdbiDiaryFacts(db.jdbi()), new JdbiWeighInFacts(db.jdbi()),
                    expenditure);
            ReportService reports = new ReportService(diary.days(), goals, expenditure);

            Cookies cookies = new Cookies(settings);
            Csrf csrf = new Csrf(cookies);
            Views views = new Views(csrf, notifications::unread);
            ArticleService articles = new ArticleService(ArticleLibrary.load(), new JdbiArticleRepository(db.jdbi()),
                    settings.dataDir().resolve("media"), clock);
            ErrorMapping errors = new ErrorMapping(views);
            TrackerImportService trackerImports = new TrackerImportService(db.jdbi(), json, clock);
            TransferService transfer = new TransferService(db.jdbi(), json, settings.dataDir().resolve("media"), clock,
                    diary.days(), weights);
            AuthGuard guard = new AuthGuard(accounts, tokens);

            // Uploads larger than an ordinary form, and who may send them (see BodyLimits).
            List<BodyLimits.Upload> uploads = List.of(
                    BodyLimits.Upload.of("POST", "/account/data/restore", null, Settings.USER_UPLOAD_BYTES),
                    BodyLimits.Upload.of("POST", "/account/import", null, Settings.USER_UPLOAD_BYTES),
                    BodyLimits.Upload.of("POST", "/api/v1/import/[^/]+", null, Settings.USER_UPLOAD_BYTES),
                    BodyLimits.Upload.of("POST", "/editor/images", Role.EDITOR.code(), Settings.USER_UPLOAD_BYTES),
                    BodyLimits.Upload.of("POST", "/admin/foods/import", Role.ADMIN.code(),
                            settings.maxAdminUploadBytes()));
            List<AreaGuard.Area> areas = List.of(new AreaGuard.Area("/admin", Role.ADMIN.code()),
                    new AreaGuard.Area("/editor", Role.EDITOR.code()));
            Javalin javalin = WebServer.create(settings, json, csrf, errors, List.of(guard), areas, uploads, List.of(
                    new HealthRoutes(() -> health(db, foods), VERSION),
                    new ApiDocsRoutes(),
                    new AccountPages(accounts, guard, cookies, views, List.of(profiles)),
                    new AccountApi(accounts, guard),
                    new SessionPages(accounts, guard, views),
                    new SessionApi(accounts, guard, json),
                    new TokenApi(tokens, guard, json),
                    new TokenPages(tokens, guard, views),
                    new CalculatorPages(calculator, profiles, guard, views),
                    new CalculatorApi(calculator),
                    new ProfilePages(profiles, guard, views),
                    new ProfileApi(profiles, guard, json),
                    new FoodApi(foods, guard, json, diary.foods()::favourites),
                    new FoodPages(foods, guard, views, user -> personOf(profiles, user), diary.foods()::favourites),
                    new ImportPages(importJobs, guard, views, settings.dataDir().resolve("uploads")),
                    new DiaryApi(diary, guard, json),
                    new DiaryPages(diary, foods, guard, views),
                    new RecipePages(diary.recipes(), foods, guard, views),
                    new ExerciseApi(exercise, guard, json),
                    new ExercisePages(exercise, guard, views),
                    new WeightApi(weights, expenditure, guard, json),
                    new WeightPages(weights, new ProjectionService(profiles, weights), expenditure, guard, views),
                    new ReportPages(reports, guard, views),
                    new NotificationPages(notifications, guard, views),
                    new ArticlePages(articles, views),
                    new EditorPages(articles, guard, views),
                    new TransferPages(transfer, guard, views),
                    new TrackerImportPages(trackerImports, guard, views)));
            return new App(settings, db, javalin, accounts, foods, foodIndex, diary.entries(), scheduler, tokens, transfer);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** What /health reports: the database (reachable, writable), the catalogue load and the search index. */
    static List<HealthRoutes.Part> health(Database db, FoodService foods) {
        org.openplate.storage.HealthCheck.Status d = db.health();
        FoodService.Status f = foods.status();
        return List.of(
                new HealthRoutes.Part("database", d.reachable() ? "up" : "down", d.reachable() ? null : d.problem(), true),
                new HealthRoutes.Part("writable", d.writable(), d.reachable() ? d.problem() : null, true),
                new HealthRoutes.Part("catalogue", f.catalogue(), f.catalogueProblem(), false),
                new HealthRoutes.Part("index", f.index(), f.indexProblem(), false));
    }

    private static java.util.Optional<FoodView.Person> personOf(ProfileService profiles, UserId user) {
        Profile p = profiles.get(user);
        return profiles.person(p, profiles.today(p)).map(x -> new FoodView.Person(x.male(), x.age()));
    }

    public App start() {
        javalin.start(settings.host(), settings.port());
        housekeeping.scheduleAtFixedRate(this::purge, 1, 60, TimeUnit.MINUTES);
        // The bundled catalogue loads in the background; searches made meanwhile wait for it.
        housekeeping.execute(() -> foods.prepare(BUNDLE_SOURCE, () -> App.class.getResourceAsStream(BUNDLE)));
        housekeeping.scheduleWithFixedDelay(this::syncFoods, 5, 5, TimeUnit.SECONDS);
        housekeeping.scheduleWithFixedDelay(this::notifyDue, 1, 5, TimeUnit.MINUTES);
        LOG.info("OpenPlate {} listening on http://{}:{}/ ({} database)", VERSION,
                "0.0.0.0".equals(settings.host()) ? "localhost" : settings.host(), port(),
                settings.embeddedDatabase() ? "embedded SQLite at " + settings.jdbcUrl() : "PostgreSQL");
        return this;
    }

    private void purge() {
        try {
            int n = accounts.purgeExpiredSessions();
            if (n > 0) {
                LOG.info("removed {} expired session(s)", n);
            }
            tokens.purge();
            int entries = diary.purgeDeleted();
            if (entries > 0) {
                LOG.info("removed {} diary entr(ies) deleted over {} days ago", entries,
                        7);
            }
        } catch (RuntimeException e) {
            LOG.warn("session purge failed: {}", e.getMessage());
        }
    }

    /** Creates due reminders, milestones and streaks (safe on every instance: the database deduplicates). */
    private void notifyDue() {
        try {
            int n = scheduler.runOnce();
            if (n > 0) {
                LOG.info("created {} notification(s)", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("notification run failed: {}", e.getMessage());
        }
    }

    public NotificationScheduler notificationScheduler() {
        return scheduler;
    }

    /** Other instances may have imported foods: pick up their changes. */
    private void syncFoods() {
        try {
            foods.syncIndex();
        } catch (RuntimeException e) {
            LOG.warn("food index sync failed: {}", e.getMessage());
        }
    }

    public TransferService transfer() {
        return transfer;
    }

    public AccountService accounts() {
        return accounts;
    }

    public FoodService foods() {
        return foods;
    }

    public int port() {
        return javalin.port();
    }

    /** The web server, for tests that look at the registered routes. */
    public Javalin javalin() {
        return javalin;
    }

    public Database database() {
        return database;
    }

    /** Stops accepting requests, lets in-flight ones finish (up to 10 s), then closes the pool. */
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Idempotent: a second call (e.g. from the shutdown hook after a signal) does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("OpenPlate stopping: finishing in-flight requests");
        javalin.stop();
        // Let a running catalogue load or index sync finish: interrupting Lucene's file channels
        // would leave the index writer unusable.
        housekeeping.shutdown();
        try {
            if (!housekeeping.awaitTermination(60, TimeUnit.SECONDS)) {
                housekeeping.shutdownNow();
            }
        } catch (InterruptedException e) {
            housekeeping.shutdownNow();
            Thread.currentThread().interrupt();
        }
        foodIndex.close();
        database.close();
        LOG.info("OpenPlate stopped");
    }
}
