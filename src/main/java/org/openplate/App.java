package org.openplate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openplate.account.AccountService;
import org.openplate.account.PasswordHasher;
import org.openplate.config.Settings;
import org.openplate.food.FoodModule;
import org.openplate.food.FoodService;
import org.openplate.food.search.FoodIndex;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.module.WebKit;
import org.openplate.notification.NotificationScheduler;
import org.openplate.storage.Database;
import org.openplate.transfer.TransferService;
import org.openplate.web.ApiDocsRoutes;
import org.openplate.web.AreaGuard;
import org.openplate.web.BodyLimits;
import org.openplate.web.Cookies;
import org.openplate.web.Csrf;
import org.openplate.web.ErrorMapping;
import org.openplate.web.JsonNumbers;
import org.openplate.web.HealthRoutes;
import org.openplate.web.Routes;
import org.openplate.web.Views;
import org.openplate.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root: builds the feature modules ({@link Features}), gives the web server their routes,
 * limits and guarded areas, and runs their background jobs.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    public static final String VERSION = App.class.getPackage().getImplementationVersion() == null
            ? "dev" : App.class.getPackage().getImplementationVersion();
    public static final String BUNDLE = FoodModule.BUNDLE;
    public static final String BUNDLE_SOURCE = FoodModule.BUNDLE_SOURCE;

    private final Settings settings;
    private final Features features;
    private final Javalin javalin;
    private final ScheduledExecutorService housekeeping;
    private final AtomicBoolean closed = new AtomicBoolean();

    private App(Settings settings, Features features, Javalin javalin) {
        this.settings = settings;
        this.features = features;
        this.javalin = javalin;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openplate-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    public static ObjectMapper objectMapper() {
        // Jackson's default pool keeps its working buffers per thread, and every request runs on a new virtual
        // thread: a shared, bounded pool lets requests reuse them (issue 18, eighteenth round).
        JsonFactory factory = JsonFactory.builder().recyclerPool(JsonRecyclerPools.newBoundedPool(32)).build();
        return new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .registerModule(new JsonNumbers())
                // reads and writes properties through generated lambdas instead of reflective calls
                .registerModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule())
                .configure(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Builds the app (opens and migrates the database) without starting the server. */
    public static App build(Settings settings, Clock clock) {
        return build(settings, clock, new PasswordHasher());
    }

    public static App build(Settings settings, Clock clock, PasswordHasher hasher) {
        // While the database opens and migrates (I/O and SQLite's native code, mostly one core), the other core
        // runs the static set-up of the search index's and JSON's libraries, which the start needs next. The
        // main thread waits for it before it goes on, so the two never initialise the same classes at once.
        Thread warmUp = new Thread(() -> {
            FoodIndex.warmUp();
            objectMapper();
        }, "openplate-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Database db = Database.open(settings);
        try {
            warmUp.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Features features = new Features(new Infra(settings, db, clock, objectMapper()), hasher);
        try {
            List<FeatureModule> modules = features.all();
            Cookies cookies = new Cookies(settings);
            Csrf csrf = new Csrf(cookies);
            Views views = new Views(csrf, features.notification().notifications()::unread,
                    userId -> features.profile().profiles().get(new org.openplate.account.UserId(userId)).zone());
            WebKit web = new WebKit(views, cookies);
            List<Routes> routes = new ArrayList<>(List.of(new HealthRoutes(() -> health(db, modules), VERSION),
                    new ApiDocsRoutes()));
            List<BodyLimits.Upload> uploads = new ArrayList<>();
            List<AreaGuard.Area> areas = new ArrayList<>();
            for (FeatureModule m : modules) {
                routes.addAll(m.routes(web));
                uploads.addAll(m.uploads());
                areas.addAll(m.areas());
            }
            Javalin javalin = WebServer.create(settings, features.infra().json(), csrf, new ErrorMapping(views),
                    List.of(features.account().guard()), areas, uploads, routes, db.versions()::raise);
            return new App(settings, features, javalin);
        } catch (RuntimeException e) {
            features.close();
            throw e;
        }
    }

    /** What /health reports: the database (reachable, writable), then each feature's parts (catalogue, index). */
    static List<HealthRoutes.Part> health(Database db, List<FeatureModule> modules) {
        org.openplate.storage.HealthCheck.Status d = db.health();
        List<HealthRoutes.Part> parts = new ArrayList<>(List.of(
                new HealthRoutes.Part("database", d.reachable() ? "up" : "down", d.reachable() ? null : d.problem(), true),
                new HealthRoutes.Part("writable", d.writable(), d.reachable() ? d.problem() : null, true)));
        modules.forEach(m -> parts.addAll(m.health()));
        return parts;
    }

    public App start() {
        // The jobs first: the catalogue's first load then runs on the other core while the server starts,
        // so a first start can search sooner.
        for (FeatureModule m : features.all()) {
            for (Job job : m.jobs()) {
                Runnable guarded = () -> {
                    try {
                        job.task().run();
                    } catch (RuntimeException e) {
                        LOG.warn("{} failed: {}", job.name(), e.getMessage());
                    }
                };
                if (job.every() == null) {
                    housekeeping.schedule(guarded, job.delay().toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    housekeeping.scheduleWithFixedDelay(guarded, job.delay().toMillis(), job.every().toMillis(),
                            TimeUnit.MILLISECONDS);
                }
            }
        }
        try {
            javalin.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            housekeeping.shutdownNow(); // e.g. the port is taken: no job outlives the failed start
            throw e;
        }
        LOG.info("OpenPlate {} listening on http://{}:{}/ ({} database)", VERSION,
                "0.0.0.0".equals(settings.host()) ? "localhost" : settings.host(), port(),
                settings.embeddedDatabase() ? "embedded SQLite at " + settings.jdbcUrl() : "PostgreSQL");
        return this;
    }

    /** The modules, for tests and the CLI. */
    public Features features() {
        return features;
    }

    public NotificationScheduler notificationScheduler() {
        return features.notification().scheduler();
    }

    public TransferService transfer() {
        return features.transfer().transfer();
    }

    public AccountService accounts() {
        return features.account().accounts();
    }

    public FoodService foods() {
        return features.food().foods();
    }

    public int port() {
        return javalin.port();
    }

    /** The web server, for tests that look at the registered routes. */
    public Javalin javalin() {
        return javalin;
    }

    public Database database() {
        return features.infra().database();
    }

    /**
     * Stops accepting requests, lets in-flight ones finish (up to 10 s), then closes the modules and the
     * pool. Idempotent: a second call (e.g. from the shutdown hook after a signal) does nothing.
     */
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
        features.close();
        LOG.info("OpenPlate stopped");
    }
}
