package org.openplate.storage;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's data version: a counter in the database, raised after every change the user makes (every
 * signed-in request that may write, and every import or restore). A view built from the user's rows
 * and kept in one instance's memory is valid exactly while the version it was built under is still the
 * current one, whichever instance made the change.
 *
 * <p>The counter is raised after the change has committed, or inside the change's own transaction (adding
 * an entry, imports, restores), so a reader that sees the new version also sees the change. A reader that read the old version may briefly keep a view built from newer rows
 * under it; the raise then makes that view stale too. On Citus the table is distributed by user with
 * the rest of the user's rows, so reading and raising it are router queries.
 *
 * <p>Outside Citus, the statement that finds a request's session or API token reads the version too
 * ({@code JdbiAccountRepository}, {@code JdbiTokenRepository}): a reading request then needs no statement of
 * its own for it. It is the version as the request began, which is what a reading request goes by.
 */
public final class DataVersions {

    private static final Logger LOG = LoggerFactory.getLogger(DataVersions.class);

    private static final String READ = "SELECT version FROM user_data_versions WHERE user_id = :user";
    /** How an insert of a user's first version raises it instead when the user has one (both raises end so). */
    private static final String OR_RAISE = " ON CONFLICT (user_id) DO UPDATE SET version = user_data_versions.version + 1";
    private static final String RAISE = "INSERT INTO user_data_versions (user_id, version) VALUES (:user, 1)" + OR_RAISE;

    private final Jdbi jdbi;
    /** SQLite: a raise is a transaction, so it takes its turn with the other writes (see {@link OneWriterAtATime}). */
    private final boolean inTurn;

    /**
     * inTurn: raise in a transaction of its own rather than as a lone statement. On SQLite the transaction
     * waits its turn on the writing connection, and may share a commit with others; a lone statement would
     * poll for SQLite's lock beside them and, committing on another connection, empty the writing
     * connection's page cache. On PostgreSQL the lone statement is one round trip instead of two (with the commit).
     */
    DataVersions(Jdbi jdbi, boolean inTurn) {
        this.jdbi = jdbi;
        this.inTurn = inTurn;
    }

    /** The user's current version: 0 until their first change. */
    public long of(long userId) {
        return jdbi.withHandle(h -> h.createQuery(READ).bind("user", userId).mapTo(Long.class).findOne().orElse(0L));
    }

    /**
     * Raises the user's version after a change has committed. A user deleted meanwhile (their account
     * closed by this very request) has no version left to raise; that, or a database briefly away, is
     * logged and otherwise ignored: the request's own change has already been made.
     */
    public void raise(long userId) {
        try {
            if (inTurn) {
                jdbi.useTransaction(h -> raise(h, userId));
            } else {
                jdbi.useHandle(h -> raise(h, userId));
            }
        } catch (RuntimeException e) {
            LOG.debug("data version of user {} not raised: {}", userId, e.toString());
        }
    }

    /** A statement's column for the user's version, and the join that provides it (see {@link #readWith}). */
    public record Read(String column, String join) {
        /** Not read: the column is -1 and nothing is joined. */
        public static final Read NONE = new Read("-1", "");
    }

    /**
     * How a statement that finds a request's session or token reads the user's version with it, joined on the
     * statement's user id column ({@code userColumn}); the version is 0 before the user's first change.
     */
    public static Read readWith(String userColumn) {
        return new Read("COALESCE(data_version.version, 0)",
                " LEFT JOIN user_data_versions data_version ON data_version.user_id = " + userColumn);
    }

    /**
     * A data-modifying CTE, named {@code raised}, that raises the version of the user bound as {@code :user} when
     * the CTE {@code rows} of the same statement returned a row (where {@link Database#writesThroughCtes()}):
     * the change and the raise commit together, in one statement.
     */
    public static String raisedAfter(String rows) {
        return "raised AS (INSERT INTO user_data_versions (user_id, version) SELECT :user, 1 FROM " + rows
                + " LIMIT 1" + OR_RAISE + ")";
    }

    /** Raises the user's version inside the caller's transaction (imports and restores). */
    public static void raise(Transaction tx, long userId) {
        raise(tx.handle(), userId);
    }

    /** As {@link #raise(Transaction, long)}, for repositories that hold the JDBI handle. */
    public static void raise(Handle h, long userId) {
        h.createUpdate(RAISE).bind("user", userId).execute();
    }
}
