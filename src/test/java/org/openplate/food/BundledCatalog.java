package org.openplate.food;

import java.time.Clock;
import org.openplate.App;
import org.openplate.food.search.FoodIndex;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases;

/** The real bundled SR24 catalogue loaded once per test JVM into SQLite with an in-memory index. */
public final class BundledCatalog {

    private static volatile FoodService service;
    private static volatile org.jdbi.v3.core.Jdbi jdbi;

    private BundledCatalog() {
    }

    public static synchronized FoodService service() {
        if (service == null) {
            var tdb = TestDatabases.sqlite();
            Database db = Database.open(tdb.url(), null, null);
            JdbiFoodRepository repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            FoodService s = new FoodService(repo, new FoodIndex(repo, null));
            s.prepare("usda-sr24", () -> BundledCatalog.class.getResourceAsStream("/foods/usda-sr24.tsv.gz"));
            service = s;
            jdbi = db.jdbi();
        }
        return service;
    }

    /** The catalogue's database, for baselines that query it directly. */
    public static synchronized org.jdbi.v3.core.Jdbi jdbi() {
        service();
        return jdbi;
    }
}
