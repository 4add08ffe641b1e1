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
import org.openplate.account.AuthGuard;
import org.openplate.account.JdbiAccountRepository;
import org.openplate.account.PasswordHasher;
import org.openplate.config.Settings;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.profile.CalculatorApi;
import org.openplate.profile.CalculatorPages;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.ProfileApi;
import org.openplate.profile.ProfilePages;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;
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
    private final ScheduledExecutorService housekeeping;

    private App(Settings settings, Database database, Javalin javalin, AccountService accounts) {
        this.settings = settings;
        this.database = database;
        this.javalin = javalin;
        this.accounts = accounts;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openplate-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Builds the app (opens and migrates the database) without starting the server. */
    public static App build(Settings settings, Clock clock) {
        return build(settings, clock, new PasswordHasher());
    }

    public static App build(Settings settings, Clock clock, PasswordHasher hasher) {
        Database db = Database.open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword());
        try {
            ObjectMapper json = objectMapper();
            AccountService accounts = new AccountService(new JdbiAccountRepository(db.jdbi()), hasher, clock,
                    settings.sessionTtl());
            CalorieGoalCalculator calculator = new CalorieGoalCalculator();
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()), calculator, clock);

            Cookies cookies = new Cookies(settings);
            Csrf csrf = new Csrf(cookies);
            Views views = new Views(csrf);
            ErrorMapping errors = new ErrorMapping(views);
            AuthGuard guard = new AuthGuard(accounts);

            Javalin javalin = WebServer.create(settings, json, csrf, errors, List.of(guard), List.of(
                    new HealthRoutes(db::ping, VERSION),
                    new AccountPages(accounts, guard, cookies, views, List.of(profiles)),
                    new AccountApi(accounts, guard),
                    new CalculatorPages(calculator, profiles, guard, views),
                    new CalculatorApi(calculator),
                    new ProfilePages(profiles, guard, views),
                    new ProfileApi(profiles, guard, json)));
            return new App(settings, db, javalin, accounts);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public App start() {
        javalin.start(settings.host(), settings.port());
        housekeeping.scheduleAtFixedRate(this::purge, 1, 60, TimeUnit.MINUTES);
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
        } catch (RuntimeException e) {
            LOG.warn("session purge failed: {}", e.getMessage());
        }
    }

    public int port() {
        return javalin.port();
    }

    public Database database() {
        return database;
    }

    /** Stops accepting requests, lets in-flight ones finish (up to 10 s), then closes the pool. */
    @Override
    public void close() {
        LOG.info("OpenPlate stopping: finishing in-flight requests");
        housekeeping.shutdownNow();
        javalin.stop();
        database.close();
        LOG.info("OpenPlate stopped");
    }
}
