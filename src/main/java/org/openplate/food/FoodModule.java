package org.openplate.food;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openplate.account.AuthGuard;
import org.openplate.account.Role;
import org.openplate.account.UserId;
import org.openplate.food.barcode.FrameDecoder;
import org.openplate.food.importer.ImportReport;
import org.openplate.food.importer.Progress;
import org.openplate.food.search.FoodIndex;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.module.WebKit;
import org.openplate.web.AreaGuard;
import org.openplate.web.BodyLimits;
import org.openplate.web.HealthRoutes;
import org.openplate.web.Routes;

/**
 * The food catalogue: the bundled USDA release, imports, the user's own foods and search. The search
 * index is opened on first use, so CLI commands that only write foods never lock it.
 */
public final class FoodModule implements FeatureModule {

    /** The bundled catalogue (generated into the jar; see docs/operations.md). */
    public static final String BUNDLE = "/foods/usda-sr24.tsv.gz";
    public static final String BUNDLE_SOURCE = "usda-sr24";

    private final Infra infra;
    private final AuthGuard guard;
    private final Function<UserId, Optional<FoodView.Person>> people;
    private final Function<UserId, Set<Long>> favourites;
    private final Path indexDir;
    private final JdbiFoodRepository repository;
    private FoodIndex index;
    private FoodService foods;
    private ImportJobs importJobs;
    private final FrameDecoder decoder = new FrameDecoder();

    /**
     * @param people     the viewer's sex and age, for the reference intakes on a food's page
     * @param favourites the viewer's recent and frequent foods, ranked higher in their searches (asked per search)
     */
    public FoodModule(Infra infra, AuthGuard guard, Function<UserId, Optional<FoodView.Person>> people,
                      Function<UserId, Set<Long>> favourites) {
        this(infra, guard, people, favourites, infra.dataDir("index").resolve("foods"));
    }

    private FoodModule(Infra infra, AuthGuard guard, Function<UserId, Optional<FoodView.Person>> people,
                       Function<UserId, Set<Long>> favourites, Path indexDir) {
        this.infra = infra;
        this.guard = guard;
        this.people = people;
        this.favourites = favourites;
        this.indexDir = indexDir;
        this.repository = new JdbiFoodRepository(infra.database().jdbi(), infra.json(), infra.clock());
    }

    /** For a one-off search from the command line: an index in memory, beside any running server's. */
    public static FoodModule inMemory(Infra infra) {
        return new FoodModule(infra, null, u -> Optional.empty(), u -> Set.of(), null);
    }

    /** The catalogue facade (opens the search index on first call). */
    public synchronized FoodService foods() {
        if (foods == null) {
            index = new FoodIndex(repository, indexDir);
            foods = new FoodService(repository, index);
        }
        return foods;
    }

    /** Loads the bundled catalogue if this database lacks it (waits; searches made meanwhile wait too). */
    public void prepareBundle() {
        prepareBundle(FoodService.LoadListener.NONE);
    }

    /** As {@link #prepareBundle()}, telling {@code listener} after each batch. */
    public void prepareBundle(FoodService.LoadListener listener) {
        foods().prepare(BUNDLE_SOURCE, () -> FoodModule.class.getResourceAsStream(BUNDLE), listener);
    }

    /**
     * Runs an importer straight into the database, without opening the index (running servers pick the
     * rows up on their next index sync).
     */
    public ImportReport importFiles(String format, List<Path> files, Progress progress) throws IOException {
        return FoodService.importInto(repository, format, files, progress);
    }

    @Override
    public synchronized List<Routes> routes(WebKit web) {
        if (importJobs == null) {
            importJobs = new ImportJobs(foods());
        }
        return List.of(
                new FoodApi(foods(), guard, infra.json(), favourites),
                // before FoodPages: /foods/scan is not a food id
                new ScanPages(foods(), guard, web.views()),
                new FoodPages(foods(), guard, web.views(), people, favourites),
                new BarcodeApi(foods(), guard, decoder),
                new ImportPages(importJobs, guard, web.views(), infra.dataDir("uploads")));
    }

    @Override
    public List<BodyLimits.Upload> uploads() {
        return List.of(BodyLimits.Upload.of("POST", "/admin/foods/import", Role.ADMIN.code(),
                infra.settings().maxAdminUploadBytes()),
                // a camera frame for the barcode reader, from any signed-in user (the route lowers it to this too)
                BodyLimits.Upload.of("POST", "/api/v1/barcodes/read", null, BarcodeApi.MAX_FRAME_BYTES));
    }

    @Override
    public List<AreaGuard.Area> areas() {
        return List.of(new AreaGuard.Area("/admin", Role.ADMIN.code()));
    }

    @Override
    public List<HealthRoutes.Part> health() {
        FoodService.Status f = foods().status();
        return List.of(new HealthRoutes.Part("catalogue", f.catalogue(), f.catalogueProblem(), false),
                new HealthRoutes.Part("index", f.index(), f.indexProblem(), false));
    }

    @Override
    public List<Job> jobs() {
        // The bundled catalogue loads in the background; other instances may import foods, so each
        // instance brings its index up to date every few seconds.
        return List.of(Job.once("bundled catalogue", this::prepareBundle),
                Job.every("food index sync", Duration.ofSeconds(5), Duration.ofSeconds(5), () -> foods().syncIndex()));
    }

    @Override
    public synchronized void close() {
        if (importJobs != null) {
            importJobs.close();
        }
        if (index != null) {
            index.close();
        }
    }
}
