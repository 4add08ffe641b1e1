package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.profile.GoalService;
import org.openplate.profile.JdbiGoalRepository;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.testing.TestProfiles;

/** The projection runs at the daily goal in force, on both databases. */
class ProjectionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private static UserId user(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "p" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theProjectionFollowsAnAdoptedGoalAndTheFormulaAgainAfterGoingBack(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                    new CalorieGoalCalculator(), CLOCK);
            GoalService goals = new GoalService(new JdbiGoalRepository(db.jdbi()), profiles, CLOCK);
            WeightService weights = new WeightService(new JdbiWeightRepository(db.jdbi()), profiles, CLOCK);
            ProjectionService projections = new ProjectionService(profiles, goals, weights);
            UserId u = user(db);
            profiles.update(u, TestProfiles.female68());
            int formula = profiles.calorieGoal(profiles.get(u)).orElseThrow().dailyGoalKcal();
            assertEquals(formula, projections.project(u, ProjectionQuery.NONE).orElseThrow().goalKcal());

            int adopted = formula - 300;
            goals.adopt(u, adopted, 68.0, "from the expenditure estimate");
            Projection p = projections.project(u, new ProjectionQuery(60.0, null)).orElseThrow();
            assertEquals(adopted, p.goalKcal());
            assertNotEquals(formula, p.goalKcal());
            // the curve runs at the adopted intake: lower intake, lower weight a year on than at the formula goal
            goals.useFormula(u, 68.0);
            Projection atFormula = projections.project(u, new ProjectionQuery(60.0, null)).orElseThrow();
            assertEquals(formula, atFormula.goalKcal());
            assertTrue(p.modelAt(365) < atFormula.modelAt(365), p.modelAt(365) + " vs " + atFormula.modelAt(365));
            assertEquals(LocalDate.of(2026, 11, 24), p.start());
        }
    }
}
