package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** The daily goal in force, its history and its changes, on both databases. */
class GoalServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T21:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static UserId user(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "g" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    private static void complete(ProfileService profiles, UserId u) {
        profiles.update(u, org.openplate.testing.TestProfiles.female68());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theFormulaGoalIsInForceUntilAnAdaptiveGoalIsAdoptedAndAgainAfterGoingBack(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                    new CalorieGoalCalculator(), CLOCK);
            GoalService goals = new GoalService(new JdbiGoalRepository(db.jdbi()), profiles, CLOCK);
            UserId u = user(db);
            UserId other = user(db);
            assertTrue(goals.inForce(u).isEmpty(), "no goal while the profile is incomplete");
            assertThrows(BadInputException.class, () -> goals.useFormula(u, 70.0));

            complete(profiles, u);
            complete(profiles, other);
            int formula = profiles.calorieGoal(profiles.get(u)).orElseThrow().dailyGoalKcal();
            assertEquals(new DailyGoal(formula, GoalSource.FORMULA, null), goals.inForce(u).orElseThrow());

            GoalChange first = goals.baseline(profiles.get(u), 68.0).orElseThrow();
            assertEquals(GoalSource.FORMULA, first.source());
            assertEquals(68.0, first.weightKg());
            assertEquals(1, goals.history(u, 10).size());
            goals.baseline(profiles.get(u), 60.0);
            assertEquals(1, goals.history(u, 10).size(), "the baseline is recorded once");
            assertEquals(NOW, goals.inForce(u).orElseThrow().since());

            int adaptive = formula + 137;
            goals.adopt(u, adaptive, 67.5, "expenditure 2100 kcal/day");
            assertEquals(new DailyGoal(adaptive, GoalSource.ADAPTIVE, NOW), goals.inForce(u).orElseThrow());
            assertEquals(formula, goals.kcal(other).orElseThrow(), "another user's goal change does not leak");

            goals.useFormula(u, 67.0);
            assertEquals(formula, goals.kcal(u).orElseThrow());
            List<GoalChange> history = goals.history(u, 10);
            assertEquals(List.of(GoalSource.FORMULA, GoalSource.ADAPTIVE, GoalSource.FORMULA),
                    history.stream().map(GoalChange::source).toList(), "newest first");
            assertEquals(67.0, history.get(0).weightKg());
            assertEquals(2, goals.history(u, 2).size());
            assertTrue(goals.history(other, 10).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aGoalSetByHandIsNotTakenForAnAdaptiveOne(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                    new CalorieGoalCalculator(), CLOCK);
            GoalService goals = new GoalService(new JdbiGoalRepository(db.jdbi()), profiles, CLOCK);
            UserId u = user(db);
            complete(profiles, u);
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO goal_changes (user_id, changed_at, goal_kcal, source)"
                    + " VALUES (:u, 1, 1234, 'manual')").bind("u", u.value()).execute());
            assertEquals(GoalSource.MANUAL, goals.latest(u).orElseThrow().source());
            DailyGoal inForce = goals.inForce(u).orElseThrow();
            assertEquals(GoalSource.FORMULA, inForce.source());
            assertEquals(profiles.calorieGoal(profiles.get(u)).orElseThrow().dailyGoalKcal(), inForce.kcal());
            assertNull(inForce.since());
        }
    }
}
