package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Profiles the app accepts but the body-weight model does not cover (age over 100, 90 cm, 26 or
 * 390 kg): the projection page answers 200, never a 500 from the model's range check.
 */
class ProjectionEdgeProfileHttpTest {

    @ParameterizedTest
    @CsvSource({"110, 170, 70", "40, 92, 40", "40, 180, 26", "40, 180, 390"})
    void projectionAtTheProfileLimitsIsNeverA500(int age, int heightCm, int weightKg) {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "e", "correct horse battery 42");
            String csrf = s.csrf();
            LocalDate birth = LocalDate.now(ZoneOffset.UTC).minusYears(age).minusDays(30);
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"" + birth
                    + "\",\"heightCm\":" + heightCm + ",\"weightKg\":" + weightKg + ",\"activity\":\"light\","
                    + "\"goal\":\"maintain\",\"units\":\"metric\"}", csrf).statusCode());
            assertEquals(200, s.get("/weight/projection").statusCode());
            assertEquals(200, s.get("/weight").statusCode());
        }
    }
}
