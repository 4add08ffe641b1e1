package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.storage.Database;
import org.openplate.storage.Transaction;
import org.openplate.testing.TestDatabases.TestDb;

/** Weigh-ins written by an import, on both databases: the weight feature's ranges and the profile's weight. */
class WeighInImportsTest {

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theProfileFollowsTheLatestWeighInAndRangesRefuseTheImport(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                            + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "w" + System.nanoTime() + "@example.org")
                    .mapTo(Long.class).one()));
            JdbiProfileRepository profiles = new JdbiProfileRepository(db.jdbi());
            JdbiWeightRepository repo = new JdbiWeightRepository(db.jdbi());

            Transaction.run(db.jdbi(), tx -> {
                WeighInImports weights = WeighInImports.in(tx);
                weights.add(ann, LocalDate.of(2026, 10, 2), 2, 80.5, null, 1);
                weights.add(ann, LocalDate.of(2026, 10, 1), 1, 82, 25.0, 1);
                weights.finish(NOW);
                return null;
            });
            assertEquals(80.5, profiles.find(ann).orElseThrow().weightKg(), 1e-9, "the latest by day, not the last written; a user without a profile row gets one");
            assertEquals(2, repo.list(ann, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());

            BadInputException e = assertThrows(BadInputException.class, () -> Transaction.run(db.jdbi(), tx -> {
                WeighInImports weights = WeighInImports.in(tx);
                weights.add(ann, LocalDate.of(2026, 10, 3), 3, 79, null, 1);
                weights.add(ann, LocalDate.of(2026, 10, 4), 4, 401, null, 1);
                weights.finish(NOW);
                return null;
            }));
            assertEquals("file", e.field());
            assertTrue(e.getMessage().contains("2026-10-04") && e.getMessage().contains("25 and 400 kg"), e.getMessage());
            assertEquals(2, repo.list(ann, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size(),
                    "the good weigh-in before it was rolled back too");
            assertEquals(80.5, profiles.find(ann).orElseThrow().weightKg(), 1e-9);
        }
    }
}
