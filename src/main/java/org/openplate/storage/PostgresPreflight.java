package org.openplate.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A PostgreSQL server that cannot be reached at start-up is reported in one line; and the quick pool for /health. */
final class PostgresPreflight {

    private PostgresPreflight() {
    }

    static void check(String jdbcUrl, String user, String password) {
        Properties p = credentials(user, password);
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10");
        try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new DatabaseOpenException("database " + Database.redact(jdbcUrl) + " cannot be reached ("
                    + Database.rootMessage(e) + "); check that PostgreSQL is running and the URL, user and password"
                    + " (--database-url, OPENPLATE_DATABASE_USER, OPENPLATE_DATABASE_PASSWORD)", e);
        }
    }

    /**
     * One connection used only by {@code /health}, with short timeouts (pgjdbc connectTimeout and
     * socketTimeout are in seconds), so that an unreachable server is reported within about 2 s.
     */
    static HikariDataSource quickPool(String jdbcUrl, String user, String password) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setPoolName("openplate-health");
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(1);
        cfg.setMinimumIdle(0);
        cfg.setConnectionTimeout(1_500);
        cfg.setValidationTimeout(1_000);
        cfg.setInitializationFailTimeout(-1);
        cfg.addDataSourceProperty("connectTimeout", "1");
        cfg.addDataSourceProperty("socketTimeout", "2");
        cfg.addDataSourceProperty("loginTimeout", "2");
        return new HikariDataSource(cfg);
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }
}
