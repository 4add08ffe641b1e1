package org.openplate.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The large public data sets (USDA SR21/SR24) that a few tests read from the folder beside the project.
 *
 * <p>They are required by default: a test that needs them FAILS when they are missing, so CI cannot go
 * green by silently skipping. A developer without the folder opts out explicitly with
 * {@code -Dopenplate.sharedData.optional=true}, which turns the failure into a visible skip.
 */
public final class SharedData {

    public static final String OPTIONAL = "openplate.sharedData.optional";
    private static final Path ROOT = Path.of("..", "shared", "data");

    private SharedData() {
    }

    /** The path under the shared data folder; fails (or skips, when optional) if it does not exist. */
    public static Path require(String first, String... more) {
        Path p = ROOT.resolve(Path.of(first, more));
        boolean present = Files.exists(p);
        if (!present && Boolean.getBoolean(OPTIONAL)) {
            Assumptions.abort("shared data " + p.toAbsolutePath() + " missing; skipped because -D" + OPTIONAL + "=true");
        }
        if (!present) {
            throw new AssertionError("shared data " + p.toAbsolutePath() + " is missing: check it out beside the "
                    + "project, or run with -D" + OPTIONAL + "=true to skip the tests that need it");
        }
        return p;
    }
}
