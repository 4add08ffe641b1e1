package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.JdbiAccountRepository;
import org.openplate.account.UserId;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.units.UnitSystem;

class JdbiProfileRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void profilesRoundTripAndUpsertPerUser(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var accounts = new JdbiAccountRepository(db.jdbi());
            UserId a = accounts.insertUser("a@example.org", "h", T0);
            UserId b = accounts.insertUser("b@example.org", "h", T0);
            var repo = new JdbiProfileRepository(db.jdbi());
            assertTrue(repo.find(a).isEmpty());

            Profile full = new Profile(a, Sex.FEMALE, LocalDate.of(1990, 4, 23), 162.56, 68.04, ActivityLevel.LIGHT,
                    WeeklyGoal.LOSE_1, 61.5, UnitSystem.METRIC, ZoneId.of("Europe/London"),
                    BmrEquation.KATCH_MCARDLE, 28.5, new MacroSplit(40, 30, 30), T0);
            repo.save(full);
            assertEquals(full, repo.find(a).orElseThrow());
            assertTrue(repo.find(b).isEmpty(), "one user's profile is not another's");

            Profile cleared = new Profile(a, null, null, null, null, ActivityLevel.VERY, WeeklyGoal.MAINTAIN, null,
                    UnitSystem.US, ZoneId.of("UTC"), BmrEquation.MIFFLIN_ST_JEOR, null, MacroSplit.DEFAULT,
                    T0.plusSeconds(5));
            repo.save(cleared);
            Profile back = repo.find(a).orElseThrow();
            assertEquals(cleared, back);
            assertNull(back.heightCm());
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM profiles").mapTo(Integer.class).one());
            assertEquals(1, rows, "saved twice, stored once");
        }
    }
}
