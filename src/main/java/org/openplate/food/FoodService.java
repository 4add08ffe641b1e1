package org.openplate.food;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.barcode.ProductCode;
import org.openplate.food.importer.FoodImporter;
import org.openplate.food.importer.ImportReport;
import org.openplate.food.importer.Importers;
import org.openplate.food.importer.Progress;
import org.openplate.food.search.FoodIndex;
import org.openplate.food.search.FoodSearch;
import org.openplate.food.usda.FoodBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The food catalogue: bundled data, imports, search, look-ups and barcodes. */
public final class FoodService {

    private static final Logger LOG = LoggerFactory.getLogger(FoodService.class);
    public static final int MAX_LIMIT = 50;

    private final FoodRepository repository;
    private final FoodIndex index;
    private final FoodSearch search;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile String catalogueState = "loading";
    private volatile String catalogueProblem;
    private volatile String indexState = "pending";
    private volatile String indexProblem;

    /**
     * The catalogue load and the search index, for {@code /health} and admins.
     *
     * @param catalogue loading, ready or failed
     * @param index     pending, ready or failed
     */
    public record Status(String catalogue, String catalogueProblem, String index, String indexProblem) {
        /** What is broken, in words for an administrator (empty when all is well). */
        public java.util.List<String> problems() {
            return java.util.stream.Stream.of(catalogueProblem, indexProblem).filter(java.util.Objects::nonNull).toList();
        }
    }

    /**
     * The catalogue while it loads: foods written (and searchable) so far, and how many the bundle holds
     * ({@code total} null until counted, or when only the search index is being rebuilt).
     */
    public record Loading(long loaded, Integer total) {
        /** "The food catalogue is loading (1,000 of 7,907 foods)…", for the search pages. */
        public String message() {
            return total == null ? "The food catalogue is loading…"
                    : String.format(java.util.Locale.ROOT, "The food catalogue is loading (%,d of %,d foods)…",
                    loaded, total);
        }
    }

    /** Told after each batch of a load is written and searchable: where a test holds a load back. */
    @FunctionalInterface
    public interface LoadListener {
        LoadListener NONE = (loaded, total) -> { };

        void batchLoaded(long loaded, int total);
    }

    private volatile Loading loading = new Loading(0, null);

    /** Present while the catalogue loads: searches meanwhile answer at once with the foods loaded so far. */
    public Optional<Loading> loading() {
        return "loading".equals(catalogueState) ? Optional.of(loading) : Optional.empty();
    }

    public Status status() {
        return new Status(catalogueState, catalogueProblem, indexState, indexProblem);
    }

    /** How many catalogue foods' summaries {@link #find} keeps (about 0.5 kB each). */
    static final int KEPT_SUMMARIES = 16_384;

    /**
     * Summaries of catalogue (public) foods, by id, each with the version of the row it was read from. A
     * search uses one only while the index's hit has that same version, so it is exactly as current as the
     * search itself; the user's own foods are always read afresh.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, KeptSummary> kept =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record KeptSummary(long version, FoodSummary summary) {
    }

    /** Catalogue foods as read at an index version, for diary lines and look-ups by id. */
    private final CurrentFoods current = new CurrentFoods(CurrentFoods.DEFAULT_CAPACITY);

    public FoodService(FoodRepository repository, FoodIndex index) {
        this.repository = repository;
        this.index = index;
        this.search = new FoodSearch(index);
    }

    /**
     * Loads a bundled catalogue when its content hash differs from the one loaded before (first
     * start, or a new version in the jar), then brings the search index up to date. Idempotent.
     */
    public void prepare(String source, Supplier<InputStream> bundle) {
        prepare(source, bundle, LoadListener.NONE);
    }

    /** As {@link #prepare(String, Supplier)}, telling {@code listener} after each batch. */
    public void prepare(String source, Supplier<InputStream> bundle, LoadListener listener) {
        catalogueState = "loading";
        try {
            // A write that meets another instance's (or request's) write can fail transiently,
            // e.g. SQLite refusing a lock upgrade: the load is idempotent, so it is retried.
            for (int attempt = 1; ; attempt++) {
                try {
                    load(source, bundle, listener);
                    catalogueState = "ready";
                    catalogueProblem = null;
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= PREPARE_ATTEMPTS) {
                        LOG.error("loading the {} bundle failed after {} attempts", source, attempt, e);
                        catalogueState = "failed";
                        catalogueProblem = "loading the " + source + " food catalogue failed: " + rootMessage(e);
                        throw e;
                    }
                    LOG.warn("loading the {} bundle failed (attempt {}), retrying: {}", source, attempt,
                            e.getMessage());
                    sleep(attempt * 500L);
                }
            }
        } finally {
            ready.countDown();
        }
    }

    private static final int PREPARE_ATTEMPTS = 5;

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void load(String source, Supplier<InputStream> bundle, LoadListener listener) {
        try {
            loading = new Loading(0, null);
            String before = repository.bundleVersion(source).orElse(null);
            boolean firstFoods = CuratedNames.curates(source);
            long t0 = System.nanoTime();
            java.util.concurrent.atomic.AtomicReference<DatabaseFoodSink> written =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Integer[] total = {null};
            // each batch is made searchable as soon as it is written, so searches answer with what is ready
            DatabaseFoodSink sink = new DatabaseFoodSink(repository, () -> {
                long loaded = written.get().inserted() + written.get().updated();
                syncIndex();
                loading = new Loading(loaded, total[0]);
                listener.batchLoaded(loaded, total[0] == null ? -1 : total[0]);
            });
            written.set(sink);
            java.util.function.Predicate<String> first = id -> CuratedNames.loadedFirst(source, id);
            String version;
            if (before == null && firstFoods) {
                // A new database: the most-logged foods are written in the same read that hashes and counts
                // the bundle, in a batch of their own, so that a first start can find them within moments.
                Scan scan = scan(bundle, in -> FoodBundle.read(in, first, sink::upsert));
                version = scan.version();
                total[0] = scan.foods();
                loading = new Loading(0, total[0]);
                sink.flush();
            } else {
                // A restart only hashes the bundle: counting its foods means inflating all of it, needed only
                // to load it. A database without the bundle is hashed and counted in one read.
                Scan scan = scan(bundle, before == null ? FoodBundle::count : null);
                version = scan.version();
                if (version.equals(before)) {
                    syncIndex();
                    return;
                }
                total[0] = scan.foods() != null ? scan.foods() : count(bundle);
                loading = new Loading(0, total[0]);
                if (firstFoods) {
                    try (InputStream in = bundle.get()) {
                        FoodBundle.read(in, first, sink::upsert);
                    }
                    sink.flush();
                }
            }
            // then the rest in bundle order (a second read of the bundle, not a copy of it in memory)
            int n;
            try (InputStream in = bundle.get()) {
                n = FoodBundle.read(in, firstFoods ? first.negate() : id -> true, sink::upsert);
            }
            sink.flush();
            repository.recordBundle(source, version, n);
            LOG.info("loaded {} foods from the {} bundle ({} new, {} updated) in {} ms", n, source,
                    sink.inserted(), sink.updated(), (System.nanoTime() - t0) / 1_000_000);
            syncIndex();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits (bounded) for the first load, for callers that need the whole catalogue (tests, benchmarks). */
    public void awaitReady() {
        try {
            if (!ready.await(180, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the food catalogue is still loading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Picks up changes made by other instances (and this one). */
    public long syncIndex() {
        try {
            long n = index.sync();
            indexState = "ready";
            indexProblem = null;
            return n;
        } catch (RuntimeException e) {
            if (!"failed".equals(indexState)) {
                LOG.error("building the food search index failed", e);
            }
            indexState = "failed";
            indexProblem = "building the food search index failed: " + rootMessage(e);
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The best matches among the foods searchable now: while the catalogue loads this answers at once with
     * the foods loaded so far (see {@link #loading()}), rather than waiting for the whole catalogue.
     */
    public List<FoodSummary> search(String q, UserId viewer, Set<Long> boosted, int limit) {
        return find(q, viewer, boosted, limit).items();
    }

    /**
     * A search's matches, with distinct titles, and the query as it was understood when a word was
     * corrected ("chiken brest" → "chicken breast"), else {@code correctedQuery} null.
     */
    public record Results(List<FoodSummary> items, String correctedQuery) {
    }

    /** As {@link #search}, also telling how a mistyped query was read. */
    public Results find(String q, UserId viewer, Set<Long> boosted, int limit) {
        if (q == null || q.isBlank()) {
            throw new BadInputException("q", "q is required: the words to search for.");
        }
        if (q.length() > 200) {
            throw new BadInputException("q", "q must be at most 200 characters.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadInputException("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        long viewerId = viewer == null ? 0 : viewer.value();
        Set<Long> favoured = boosted == null ? Set.of() : Set.copyOf(boosted);
        // The whole answer is remembered while the index is unchanged (see FoodSearch#remembered): the
        // summaries come from food rows whose every change reaches the index with a new version.
        return search.remembered(new FindKey(q, viewerId, favoured, limit), () -> {
            List<FoodSummary> out = summaries(search.search(q, viewerId, favoured, limit), viewer);
            String corrected = out.isEmpty() ? null : Corrections.corrected(q, search.unknownWords(q), out.get(0).name());
            return new Results(List.copyOf(DistinctTitles.apply(out)), corrected);
        });
    }

    private record FindKey(String q, long viewer, Set<Long> boosted, int limit) {
    }

    /**
     * The hits' summaries, in order: catalogue foods kept from an earlier search at the version the index
     * holds, the rest read in one query (and the catalogue ones kept). Foods the viewer may not see are
     * left out.
     */
    private List<FoodSummary> summaries(List<FoodSearch.Hit> hits, UserId viewer) {
        Map<Long, FoodSummary> byId = new java.util.HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (FoodSearch.Hit h : hits) {
            KeptSummary k = kept.get(h.id());
            if (k != null && k.version() == h.version()) {
                byId.put(h.id(), k.summary());
            } else {
                missing.add(h.id());
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, Long> versions = new java.util.HashMap<>();
            hits.forEach(h -> versions.put(h.id(), h.version()));
            for (FoodSummary f : repository.summaries(missing, viewer)) {
                byId.put(f.id(), f);
                Long version = versions.get(f.id());
                if (!f.custom() && version != null && version >= 0) {
                    // kept under the version the index found: the row read is that one or newer
                    org.openplate.common.BoundedMaps.makeRoom(kept, KEPT_SUMMARIES, f.id());
                    kept.put(f.id(), new KeptSummary(version, f));
                }
            }
        }
        List<FoodSummary> out = new ArrayList<>(hits.size());
        for (FoodSearch.Hit h : hits) {
            FoodSummary f = byId.get(h.id());
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A number that changes whenever a food changes as this instance sees it (the search index's version,
     * which every change to a food reaches within one index sync), for views built from foods.
     */
    public long foodsVersion() {
        return search.version();
    }

    public Food get(long id, UserId viewer) {
        long version = foodsVersion();
        Food known = current.get(id, version, true);
        if (known != null) {
            return known;
        }
        Food food = repository.find(id, viewer).orElseThrow(() -> new NotFoundException("No food with id " + id + "."));
        current.put(food, version, true);
        return food;
    }

    /**
     * Foods by id as a diary sees them: public foods and the viewer's own custom foods, including
     * ones deleted since they were logged. Ids the viewer may not see are left out. Catalogue foods
     * read at the index's present version are not read again ({@link CurrentFoods}).
     */
    public Map<Long, Food> logged(java.util.Collection<Long> ids, UserId viewer) {
        long version = foodsVersion();
        Map<Long, Food> out = new java.util.HashMap<>();
        List<Long> unknown = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Food known = current.get(id, version, false);
            if (known != null) {
                out.put(id, known);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            repository.findLogged(unknown, viewer).forEach(f -> {
                out.put(f.id(), f);
                current.put(f, version, false);
            });
        }
        return out;
    }

    /** The foods the viewer can see (deleted custom foods left out), in the order of {@code ids}. */
    public List<Food> visible(List<Long> ids, UserId viewer) {
        return repository.findAll(ids, viewer);
    }

    /**
     * The food with this barcode among the catalogue and the viewer's own custom foods (never another
     * user's): EAN-13, UPC-A, EAN-8, or UPC-E (expanded to its UPC-A), spaces and dashes ignored.
     *
     * @throws BadInputException naming {@code barcode} when no check digit holds
     */
    public Optional<Food> byBarcode(String raw, UserId viewer) {
        return byCode(ProductCode.readings(raw, "barcode"), viewer);
    }

    /** The first of these readings of one code that names a food the viewer can see. */
    public Optional<Food> byCode(List<ProductCode> readings, UserId viewer) {
        for (ProductCode code : readings) {
            Optional<Food> found = repository.findByBarcode(code.lookup(), viewer);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Runs an importer into the database, then brings this instance's index up to date. */
    public ImportReport importFiles(String format, List<Path> files, Progress progress) throws IOException {
        ImportReport report = importInto(repository, format, files, progress);
        index.sync();
        return report;
    }

    /**
     * Runs an importer straight into the database (the CLI uses this while a server may be running;
     * running servers pick the rows up on their next index sync).
     */
    public static ImportReport importInto(FoodRepository repository, String format, List<Path> files,
                                          Progress progress) throws IOException {
        FoodImporter importer = Importers.forFormat(format).orElseThrow(() -> new BadInputException("format",
                "format must be one of " + String.join(", ", Importers.formats()) + "."));
        DatabaseFoodSink sink = new DatabaseFoodSink(repository, () -> { });
        ImportReport report = importer.run(files, sink, progress);
        sink.flush();
        report.countsFromSink(sink.inserted(), sink.updated());
        return report;
    }

    /** Creates a private food from label values per serving. */
    public Food createCustom(UserId owner, CustomFoodRequest request) {
        FoodRecord record = CustomFoodForm.record(java.util.UUID.randomUUID().toString(), request);
        repository.upsertAll(List.of(record), owner.value());
        index.sync();
        return repository.findBySource("custom", record.sourceId(), owner).orElseThrow();
    }

    /** Replaces a custom food of the owner; another user's id (or a catalogue food) answers 404. */
    public Food updateCustom(UserId owner, long id, CustomFoodRequest request) {
        Food existing = ownCustom(owner, id);
        FoodRecord record = CustomFoodForm.record(existing.sourceId(), request);
        repository.upsertAll(List.of(record), owner.value());
        index.sync();
        return get(id, owner);
    }

    public void deleteCustom(UserId owner, long id) {
        ownCustom(owner, id);
        repository.deleteCustom(owner, id);
        index.sync();
    }

    /** The owner's custom food; another user's id (or a catalogue food) answers 404. */
    public Food ownCustom(UserId owner, long id) {
        Food f = get(id, owner);
        if (f.ownerId() == null || f.ownerId() != owner.value()) {
            throw new NotFoundException("No custom food with id " + id + ".");
        }
        return f;
    }

    /**
     * Foods an import finds or creates inside the caller's transaction; once it commits, the search
     * index is brought up to date, as after a custom food made by hand.
     */
    public FoodImports imports(org.openplate.storage.Transaction tx, long now) {
        return FoodImports.in(tx, now, () -> {
            try {
                syncIndex();
            } catch (RuntimeException e) {
                LOG.warn("food index sync after an import failed: {}", e.getMessage());   // state kept for /health
            }
        });
    }

    FoodRepository repository() {
        return repository;
    }

    FoodIndex index() {
        return index;
    }

    private static int count(Supplier<InputStream> bundle) throws IOException {
        try (InputStream in = bundle.get()) {
            return FoodBundle.count(in);
        }
    }

    /** A bundle's version (the SHA-256 of its compressed bytes) and, when asked, how many foods it holds. */
    private record Scan(String version, Integer foods) {
    }

    /**
     * Hashes the bundle (its version) in one read; {@code reader}, if given, reads the same bytes on the way
     * and returns how many foods the bundle holds.
     */
    private static Scan scan(Supplier<InputStream> bundle, java.util.function.ToIntFunction<InputStream> reader)
            throws IOException {
        try (DigestInputStream in = new DigestInputStream(bundle.get(), MessageDigest.getInstance("SHA-256"))) {
            Integer foods = null;
            if (reader != null) {
                InputStream unclosed = new java.io.FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the reader must not close the stream: the rest of it is still to be hashed
                    }
                };
                foods = reader.applyAsInt(unclosed);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new Scan(HexFormat.of().formatHex(in.getMessageDigest().digest()), foods);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
