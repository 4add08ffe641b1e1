package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.NotFoundException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.testing.TestProfiles;
import org.openplate.units.UnitSystem;

/** Weigh-ins through the service with typed requests, on both databases. */
class WeightServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private static UserId user(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "w" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theProfileWeightFollowsTheLatestWeighInAndAChangeKeepsWhatItDoesNotGive(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                    new CalorieGoalCalculator(), CLOCK);
            WeightService weights = new WeightService(new JdbiWeightRepository(db.jdbi()), profiles, CLOCK);
            UserId u = user(db);
            UserId other = user(db);
            profiles.update(u, TestProfiles.female68());

            WeighIn older = weights.add(u, new WeighInRequest(TODAY.minusDays(3), 70.0, 30.0, 80.0));
            assertEquals(70.0, profiles.get(u).weightKg(), 1e-9);
            WeighIn latest = weights.add(u, new WeighInRequest(null, 69.2, null, null));
            assertEquals(TODAY, latest.day());
            assertEquals(CLOCK.millis(), latest.measuredAt());
            assertEquals(69.2, profiles.get(u).weightKg(), 1e-9);

            WeighIn changed = weights.update(u, older.id(), new WeighInRequest(null, null, 28.5, null));
            assertEquals(70.0, changed.weightKg(), 1e-9);
            assertEquals(28.5, changed.bodyFatPct(), 1e-9);
            assertEquals(80.0, changed.waistCm(), 1e-9);
            assertEquals(older.measuredAt(), changed.measuredAt());
            assertEquals(69.2, profiles.get(u).weightKg(), 1e-9, "the latest weigh-in still sets the weight");

            weights.delete(u, latest.id());
            assertEquals(70.0, profiles.get(u).weightKg(), 1e-9);
            assertThrows(NotFoundException.class, () -> weights.update(other, older.id(),
                    new WeighInRequest(null, 50.0, null, null)));
            assertThrows(NotFoundException.class, () -> weights.delete(other, older.id()));
            assertNull(profiles.get(other).weightKg());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aCsvImportAddsTheGoodLinesInOneGoAndReportsTheOthers(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                    new CalorieGoalCalculator(), CLOCK);
            WeightService weights = new WeightService(new JdbiWeightRepository(db.jdbi()), profiles, CLOCK);
            UserId u = user(db);
            WeighInCsv.Parsed parsed = WeighInCsv.read("date,weight\n2026-11-01,160\n2026-11-02,\"158,5\"\n"
                    + "2099-01-01,150\n2026-11-03,9000\n", UnitSystem.US, TODAY);
            WeightService.ImportResult r = weights.importCsv(u, parsed);
            assertEquals(4, r.read());
            assertEquals(2, r.inserted());
            assertEquals(List.of("line 4, column 1 (date): Date must be between 1900-01-01 and today (2026-11-24).",
                    "line 5, column 2 (weight): Weight must be between 56 and 881 lb (25 to 400 kg)."), r.rejected());
            assertEquals(2, weights.series(u, TODAY.minusDays(30), TODAY).weighIns().size());
            assertEquals(158.5 * 0.45359237, profiles.get(u).weightKg(), 1e-9);
        }
    }
}
