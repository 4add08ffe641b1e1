package org.openplate.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency arrows of the architecture, checked on the compiled classes.
 *
 * <p>The first five rules hold without exception. The four rules after them (issue 14, item 8) are
 * RATCHETS: today's known violations are frozen with ArchUnit's {@link FreezingArchRule} in
 * src/test/resources/archunit_store (one file per rule, named in the test, configured by src/test/resources/archunit.properties).
 * A frozen violation is tolerated; any new one fails the build. When a violation is fixed, the rule still
 * passes and ArchUnit removes the line from the store, so the lists can only shrink: commit the shrunk file.
 * CI cannot add lines: refreezing is off by configuration, and {@code freeze} refuses a rule that is not yet
 * in stored.rules (ArchUnit itself would freeze a new rule silently on its first run). Agreed, reasoned
 * exceptions are not frozen but written into the rule itself (see each rule's comment).
 */
class ArchitectureTest {

    private static final String ALLOW_CREATION = "archunit.freeze.store.default.allowStoreCreation";
    private static final Properties STORED_RULES = storedRules();
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openplate");
    }

    @Test
    void calculationsArePure() {
        classes().that().resideInAnyPackage("org.openplate.energy..", "org.openplate.nutrition..",
                        "org.openplate.units..", "org.openplate.common..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.openplate.energy..",
                        "org.openplate.nutrition..", "org.openplate.units..", "org.openplate.common..")
                .check(classes);
    }

    /** The chart helper (scales, ticks, layout) is plain Java that any feature's pages may use. */
    @Test
    void chartHelperIsPlainJava() {
        classes().that().resideInAPackage("org.openplate.chart..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.openplate.chart..")
                .check(classes);
    }

    @Test
    void energyDoesNotDependOnUnits() {
        noClasses().that().resideInAPackage("org.openplate.energy..")
                .should().dependOnClassesThat().resideInAPackage("org.openplate.units..")
                .check(classes);
    }

    @Test
    void webInfrastructureDoesNotKnowFeatures() {
        noClasses().that().resideInAnyPackage("org.openplate.web..", "org.openplate.storage..", "org.openplate.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openplate.account..", "org.openplate.profile..",
                        "org.openplate.cli..")
                .check(classes);
    }

    @Test
    void accountDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.openplate.account..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openplate.profile..", "org.openplate.cli..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.openplate.(*)..").should().beFreeOfCycles().check(classes);
    }

    // ---- Ratchets (frozen; see the class comment) ----

    /**
     * Adapters ({@code *Pages} for HTML, {@code *Api} for JSON) use their own feature (its facade and
     * records), {@code web}, {@code common}, {@code units}, the pure {@code energy}/{@code nutrition}
     * core, and from {@code account} only who is signed in ({@code UserId}, {@code SignedIn}, {@code Session},
     * {@code User}, {@code Role}) and the {@code AuthGuard}. A page that calls another feature's service bypasses that
     * feature's facade: the module wiring should hand it what it needs instead.
     */
    @Test
    void adaptersUseOnlyTheirOwnFeatureAndShared() {
        freeze("adapters-use-own-feature", classes().that(areAdapters())
                .should(Features.useOnlyOwnFeatureAndShared()));
    }

    /**
     * Only repositories touch JDBI or JDBC: classes named {@code Jdbi*} (repositories and stores), the
     * {@code storage} package, and the composition root ({@code App}, {@code *Module} classes) that hands
     * a {@code Jdbi} to repositories. Agreed exceptions, with reasons:
     * <ul>
     * <li>{@code web.DatabaseFailures} recognises {@code java.sql} exception types to answer 503 when the
     *     database is down; it runs no SQL.</li>
     * <li>{@code transfer.ArchiveWriter}, {@code transfer.Restorer}: the lossless export/restore copies every
     *     user table column by column through JDBC metadata, so a backup survives any schema version
     *     (the exception issue 14 item 5 agreed; covered by the transfer round-trip tests).</li>
     * </ul>
     * Services that open transactions with {@code Jdbi} are frozen violations: the target is a
     * transaction port owned by {@code storage}.
     */
    @Test
    void onlyRepositoriesTouchJdbiOrJdbc() {
        freeze("only-repositories-touch-jdbi", noClasses().that(DescribedPredicate.not(mayTouchJdbc()))
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql.."));
    }

    /**
     * A feature's web adapters are package-private: the feature's module builds them and hands them to
     * the app, so nothing else can call a page or API class directly.
     */
    @Test
    void adaptersArePackagePrivate() {
        classes().that().resideInAPackage("org.openplate..").and().areTopLevelClasses()
                .and().haveSimpleNameEndingWith("Pages").or().haveSimpleNameEndingWith("Api")
                .should().notBePublic().check(classes);
    }

    /**
     * JSON adapters do not render or reuse pages: no {@code *Api} uses a {@code *Pages} class, the jte
     * templates (generated under {@code gg.jte}) or the page plumbing ({@code web.Views}, {@code web.Page}).
     * What both need belongs in the feature's facade or records.
     */
    @Test
    void apiAdaptersDoNotUsePages() {
        freeze("api-does-not-use-pages", noClasses().that().haveSimpleNameEndingWith("Api")
                .should().dependOnClassesThat(pageClasses()));
    }

    /**
     * No feature reads or writes another feature's tables. ArchUnit cannot see SQL, so the condition
     * reads each class's source and looks at its string literals (see {@link TableOwnership}); the owner
     * of each table is listed there and {@code TableOwnershipTest} keeps that list complete against the
     * Flyway migrations. The lossless export and restore ({@code transfer.UserTables}, {@code ArchiveWriter},
     * {@code Restorer}, {@code IdMap}, {@code RowRules}) are the agreed exception, each with its reason, in
     * {@link TableOwnership#EXCEPTIONS}. The tracker importer writes through the features' bulk-write
     * operations ({@code diary.DiaryImports}, {@code food.FoodImports}, {@code weight.WeighInImports},
     * {@code exercise.ExerciseImports}, {@code profile.ProfileImports}) on the caller's
     * {@code storage.Transaction}; the remaining frozen lines are listed in the store.
     */
    @Test
    void noFeatureNamesAnotherFeaturesTables() {
        freeze("no-foreign-tables", classes().that().resideInAPackage("org.openplate..").and().areTopLevelClasses()
                .should(TableOwnership.nameOnlyOwnTables()));
    }

    /**
     * The SQLite driver is opened without its generated-keys lookup (a pattern match and an extra statement
     * after every INSERT, see Database), so JDBI's generated keys would come back empty there: a new row's id
     * is read with {@code INSERT ... RETURNING id}, which both databases run. Tests are held to it too.
     */
    @Test
    void newRowsIdsComeFromReturning() {
        JavaClasses withTests = new ClassFileImporter().importPackages("org.openplate");
        noClasses().should().callMethodWhere(DescribedPredicate.describe("JDBI's or JDBC's generated keys",
                        call -> call.getTarget().getName().startsWith("executeAndReturnGeneratedKeys")
                                || call.getTarget().getName().equals("executePreparedBatch")
                                || call.getTarget().getName().equals("getGeneratedKeys")))
                .because("the SQLite connections do not look for generated keys; use INSERT ... RETURNING id")
                .check(withTests);
    }

    /**
     * ArchUnit's allowStoreCreation only guards the creation of the store folder: a rule missing from an
     * existing store would be frozen silently on its first run (on CI too). So a rule must already be in
     * stored.rules, unless the run explicitly allows creation (-Darchunit.freeze.store.default.allowStoreCreation=true).
     */
    private static void freeze(String storeFile, ArchRule rule) {
        assertTrue(STORED_RULES.containsKey(rule.getDescription()) || Boolean.getBoolean(ALLOW_CREATION),
                "rule not frozen yet; freeze it once locally with -D" + ALLOW_CREATION + "=true and commit "
                        + "src/test/resources/archunit_store: " + rule.getDescription());
        // A fixed file name per rule (instead of ArchUnit's random one) keeps the store readable and merges clean.
        FreezingArchRule.freeze(rule).persistIn(new TextFileBasedViolationStore(description -> storeFile)).check(classes);
    }

    private static Properties storedRules() {
        Properties p = new Properties();
        Path file = Path.of("src/test/resources/archunit_store/stored.rules");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static DescribedPredicate<JavaClass> areAdapters() {
        return DescribedPredicate.describe("are adapters (*Pages, *Api)", c -> c.getPackageName().startsWith("org.openplate.")
                && (c.getSimpleName().endsWith("Pages") || c.getSimpleName().endsWith("Api")));
    }

    private static DescribedPredicate<JavaClass> mayTouchJdbc() {
        return DescribedPredicate.describe("are repositories, storage, wiring or agreed exceptions", c -> {
            String outer = c.getName().replaceAll("\\$.*", "");
            String simple = outer.substring(outer.lastIndexOf('.') + 1);
            return simple.startsWith("Jdbi") || c.getPackageName().startsWith("org.openplate.storage")
                    || outer.equals("org.openplate.App") || simple.endsWith("Module")
                    || outer.equals("org.openplate.web.DatabaseFailures")
                    || outer.equals("org.openplate.transfer.ArchiveWriter")
                    || outer.equals("org.openplate.transfer.Restorer");
        });
    }

    private static DescribedPredicate<JavaClass> pageClasses() {
        return DescribedPredicate.describe("are page classes (*Pages, jte templates, web.Views, web.Page)",
                c -> c.getSimpleName().endsWith("Pages") || c.getPackageName().startsWith("gg.jte")
                        || c.getName().equals("org.openplate.web.Views") || c.getName().equals("org.openplate.web.Page"));
    }
}
