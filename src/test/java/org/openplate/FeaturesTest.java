package org.openplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openplate.account.PasswordHasher;
import org.openplate.config.Settings;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.storage.Database;

/** Every feature wires itself through one module, and the CLI builds only the modules it asks for. */
class FeaturesTest {

    @Test
    void everyFeatureWithAdaptersHasOneModuleAndTheAppBuildsThemAll() throws Exception {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openplate");
        Set<String> withAdapters = classes.stream()
                .filter(c -> c.getSimpleName().endsWith("Pages") || c.getSimpleName().endsWith("Api"))
                .filter(c -> !c.getPackageName().equals("org.openplate.web"))
                .map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withModule = classes.stream().filter(c -> c.isAssignableTo(FeatureModule.class) && !c.isInterface())
                .map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(withAdapters, withModule, "each feature with pages or an API has a module");

        try (Features features = open(Files.createTempDirectory("openplate-features"))) {
            Set<String> built = features.all().stream().map(m -> m.getClass().getPackageName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(withModule, built, "Features.all() builds every module");
        }
    }

    @Test
    void aCommandThatNeedsOnlyAccountsOpensNeitherTheFoodIndexNorOtherFeatures() throws Exception {
        Path dir = Files.createTempDirectory("openplate-features");
        try (Features features = open(dir)) {
            features.account().accounts().signUp("cli@example.com", "violet harbour trumpet 93");
            assertTrue(features.account().accounts().userByEmail(" CLI@example.com ").isPresent());
            features.transfer().archives();
            assertFalse(Files.exists(dir.resolve("index")), "the food index a running server holds stays closed");
        }
        // The full app opens it.
        try (Features features = open(dir)) {
            features.food().foods();
            assertTrue(Files.exists(dir.resolve("index").resolve("foods")));
        }
    }

    private static Features open(Path dir) {
        Settings settings = new Settings(0, "127.0.0.1", dir, "jdbc:sqlite:" + dir.resolve("t.db"), null, null,
                Settings.CookieSecurity.AUTO, false, 64 * 1024, Duration.ofDays(30));
        return new Features(new Infra(settings, Database.open(settings), Clock.systemUTC(), App.objectMapper()),
                new PasswordHasher(1024, 1));
    }
}
