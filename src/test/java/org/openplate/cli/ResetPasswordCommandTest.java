package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** {@code users reset-password}: the operator's way back in for a user when this OpenPlate cannot send e-mail. */
class ResetPasswordCommandTest {

    private static final Pattern LINK = Pattern.compile("(?m)^(\\S*)(/account/reset\\?token=\\S+)$");

    private static GoalCommandTest.Run users(TestDb db, String... more) {
        List<String> args = new ArrayList<>(List.of("users", "reset-password", "--database-url", db.url()));
        if (db.user() != null) {
            args.addAll(List.of("--database-user", db.user(), "--database-password", db.password()));
        }
        args.addAll(List.of(more));
        return GoalCommandTest.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void printsAOneTimeLinkThatSetsANewPassword(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            String email = "locked" + System.nanoTime() + "@example.org";
            assertEquals(303, new HttpSession(app).signUp(email, "correct horse battery 42").statusCode());

            GoalCommandTest.Run bare = users(db, "--email", email);
            assertEquals(0, bare.code(), bare.err());
            Matcher relative = LINK.matcher(bare.out());
            assertTrue(relative.find(), bare.out());
            assertEquals("", relative.group(1), "without a public address only the path is known");
            assertTrue(bare.out().contains("--public-url"), "and the operator is told how to get whole links");

            GoalCommandTest.Run run = users(db, "--email", email.toUpperCase(java.util.Locale.ROOT), "--public-url",
                    "https://plate.example.org");
            assertEquals(0, run.code(), run.err());
            Matcher m = LINK.matcher(run.out());
            assertTrue(m.find(), run.out());
            assertEquals("https://plate.example.org", m.group(1));
            assertTrue(run.out().contains("30 minutes"));

            HttpSession user = new HttpSession(app);
            assertEquals(200, user.get(m.group(2)).statusCode());
            String token = m.group(2).substring(m.group(2).indexOf('=') + 1);
            assertEquals(303, user.submit("/signin", "/account/reset", Map.of("token", token,
                    "password", "purple walrus ladder 77", "confirmPassword", "purple walrus ladder 77")).statusCode());
            assertEquals(303, new HttpSession(app).signIn(email, "purple walrus ladder 77").statusCode());
            assertEquals(400, user.get(relative.group(2)).statusCode(), "using one link cancels the other");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anUnknownAddressIsAnErrorNotALink(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            GoalCommandTest.Run run = users(db, "--email", "nobody" + System.nanoTime() + "@example.org");
            assertEquals(1, run.code());
            assertTrue(run.err().contains("No account with e-mail"), run.err());
            assertTrue(run.out().isEmpty(), run.out());
        }
    }
}
