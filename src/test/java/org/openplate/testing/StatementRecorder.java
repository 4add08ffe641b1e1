package org.openplate.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of PostgreSQL's that records every statement the application executes, with its
 * parameters, for tests that look at the queries themselves (the Citus router-query test EXPLAINs them).
 * Only URLs marked with {@link #MARK} go through it; every other connection is PostgreSQL's own.
 */
public final class StatementRecorder implements Driver {

    /** Added to a PostgreSQL URL to have its statements recorded (a harmless application name). */
    public static final String MARK = "ApplicationName=openplate-recorded";

    /**
     * One executed statement: its SQL with {@code ?} placeholders, the parameters bound (by position), and the
     * name of the thread that ran it (the application's background jobs run on threads named "openplate-…").
     */
    public record Executed(String sql, List<Object> params, String thread) {
        public Executed(String sql, List<Object> params) {
            this(sql, params, Thread.currentThread().getName());
        }

        /** Run by a background job (housekeeping, mail, imports) rather than for a request. */
        public boolean background() {
            return thread.startsWith("openplate-");
        }
    }

    private static final List<Executed> LOG = Collections.synchronizedList(new ArrayList<>());
    private static boolean installed;
    private final Driver postgres = new org.postgresql.Driver();

    /** Registers the recorder ahead of PostgreSQL's driver (once per JVM). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            List<Driver> others = Collections.list(DriverManager.getDrivers());
            for (Driver d : others) {
                DriverManager.deregisterDriver(d);
            }
            DriverManager.registerDriver(new StatementRecorder());
            for (Driver d : others) {
                DriverManager.registerDriver(d);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        installed = true;
    }

    /** The URL of {@code db} with the recording mark. */
    public static TestDatabases.TestDb recorded(TestDatabases.TestDb db) {
        return new TestDatabases.TestDb(db.label(), db.url() + (db.url().contains("?") ? "&" : "?") + MARK,
                db.user(), db.password());
    }

    /** What was executed since the last call, oldest first. */
    public static List<Executed> drain() {
        synchronized (LOG) {
            List<Executed> out = List.copyOf(LOG);
            LOG.clear();
            return out;
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = postgres.connect(url, info);
        return wrap(Connection.class, real, (target, method, args) -> {
            Object result = call(target, method, args);
            if (result instanceof PreparedStatement p && method.getName().startsWith("prepare") && args != null
                    && args[0] instanceof String sql) {
                return prepared(p, sql);
            }
            if (result instanceof Statement s && method.getName().equals("createStatement")) {
                return plain(s);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement real, String sql) {
        TreeMap<Integer, Object> params = new TreeMap<>();
        return wrap(PreparedStatement.class, real, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                params.put(i, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                params.clear();
            } else if (name.startsWith("execute") || name.equals("addBatch")) {
                LOG.add(new Executed(sql, new ArrayList<>(params.values())));
            }
            return call(target, method, args);
        });
    }

    private static Statement plain(Statement real) {
        return wrap(Statement.class, real, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
                LOG.add(new Executed(sql, List.of()));
            }
            return call(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T real, Handler handler) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return call(real, method, args);
            }
            return handler.handle(real, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") && url.contains(MARK);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
