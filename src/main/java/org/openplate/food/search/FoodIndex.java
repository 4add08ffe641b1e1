package org.openplate.food.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.openplate.food.CuratedNames;
import org.openplate.food.FoodRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of food names, kept in step with the database: a full build when empty, then
 * incremental syncs of rows changed since the last one (every instance syncs itself, so several
 * stateless instances converge on the same catalogue). The sync point is stored in the index's
 * commit data, so an on-disk index survives restarts and only the changes are re-read.
 */
public final class FoodIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FoodIndex.class);
    static final String ID = "id";
    /** The name's words, those of its main noun with a raised term frequency. */
    static final String TEXT = "text";
    static final String BRAND = "brand";
    static final String OWNER = "owner";
    static final String PRIVATE = "private";
    static final String PRIOR = "prior";
    static final String BARCODE = "barcode";
    /** Changes at the same millisecond as the last sync are re-read: re-indexing is idempotent. */
    private static final long SYNC_OVERLAP_MS = 2_000;
    private static final String SYNC_KEY = "openplate.syncedUpTo";
    private static final String SCHEMA_KEY = "openplate.schema";
    /** Bump when the documents' fields or analysis change; older indexes are then rebuilt. */
    private static final String SCHEMA = "7";
    /** Each document's row version (updated_at), so that a restart knows which rows it already holds. */
    static final String VERSION = "version";

    static final FoodSimilarity SIMILARITY = new FoodSimilarity();
    private static final Analyzer ANALYZER = new FoodAnalyzer();
    /** Frequencies without positions: custom term frequencies need that, and no query uses positions. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT_TYPE.freeze();
    }

    private final FoodRepository repository;
    private final Directory directory;
    private final IndexWriter writer;
    /** Opened on first use (the first sync or search), not with the index: see {@link #searchers()}. */
    private volatile SearcherManager searchers;
    private final AtomicLong syncedUpTo = new AtomicLong(-1);
    private final Object syncLock = new Object();
    /**
     * id → updatedAt of rows inside the last sync's overlap window (guarded by syncLock); null until the first
     * sync reads it from the index.
     */
    private Map<Long, Long> recent;
    /** Small syncs commit at most this often (a commit also happens on close). */
    private static final long COMMIT_EVERY_NANOS = 10_000_000_000L;
    private long lastCommit = System.nanoTime();

    /**
     * Runs Lucene's first-use set-up (the codecs', the index writer's and the memory-mapped directory's
     * class initialisers, and the linking of the native {@code posix_madvise} call that the first
     * memory-mapped read makes: together a third of a second or more of a start) on a throwaway index in a
     * temporary directory, so that a start can do it on another core while the database opens. Touches
     * no index of the app's, and deletes what it wrote.
     */
    public static void warmUp() {
        warmUp(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #warmUp()} in a scratch directory made under {@code parent}; whether it ran to the end. */
    static boolean warmUp(Path parent) {
        Path scratch = null;
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(new FoodAnalyzer()).setSimilarity(SIMILARITY)
                    .setCommitOnClose(false);   // nothing here is kept, so nothing is synced to disk
            scratch = Files.createTempDirectory(parent, "openplate-index-warm-up");
            try (Directory d = FSDirectory.open(scratch)) {
                try (IndexWriter w = new IndexWriter(d, cfg)) {
                    w.addDocument(document(new FoodRepository.IndexRow(1, "warm-up", "1", null, "Oats, warm up",
                            null, null, null, 100.0, false, 1)));
                    try (DirectoryReader r = DirectoryReader.open(w)) {
                        new IndexSearcher(r).count(new TermQuery(new Term(ID + "_key", "1")));
                    }
                }
                // a file read once (as the writer reads the commit point) is the read that advises the kernel
                try (IndexOutput out = d.createOutput("warm-up", IOContext.DEFAULT)) {
                    out.writeInt(1);
                }
                try (IndexInput in = d.openInput("warm-up", IOContext.READONCE)) {
                    in.readInt();
                }
            }
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("warming up the search library failed; the index opens without it", e);
            return false;
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not delete the search library's warm-up files in {}", dir, e);
        }
    }

    /** @param dir on-disk location, or null for an in-memory index */
    public FoodIndex(FoodRepository repository, Path dir) {
        this.repository = repository;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            this.directory = dir == null ? new ByteBuffersDirectory() : FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new FoodAnalyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(16);   // Lucene's default: a bulk load flushes every 16 MB, which fits a 128 MB heap
            cfg.setSimilarity(SIMILARITY);
            this.writer = new IndexWriter(directory, cfg);
            Map<String, String> commit = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> commit.put(e.getKey(), e.getValue()));
            if (SCHEMA.equals(commit.get(SCHEMA_KEY))) {
                syncedUpTo.set(Long.parseLong(commit.getOrDefault(SYNC_KEY, "-1")));
            } else {
                writer.deleteAll();          // built by an older version: rebuild from the database
                syncedUpTo.set(-1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the food index", e);
        }
    }

    /**
     * The rows this index already holds that changed at or after {@code since}, id → version: the overlap the
     * first sync after a restart reads again. Without it, a restart re-indexed every row of a catalogue loaded
     * within the overlap (the whole bundle, ~8 s of CPU on two cores) while the first searches waited for it.
     */
    private Map<Long, Long> indexedSince(long since) throws IOException {
        Map<Long, Long> out = new java.util.HashMap<>();
        IndexSearcher searcher = searchers().acquire();
        try {
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.NumericDocValues versions = leaf.reader().getNumericDocValues(VERSION);
                org.apache.lucene.index.NumericDocValues ids = leaf.reader().getNumericDocValues(ID);
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                if (versions == null || ids == null) {
                    continue;
                }
                for (int doc = versions.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                     doc = versions.nextDoc()) {
                    if ((live == null || live.get(doc)) && versions.longValue() >= since && ids.advanceExact(doc)) {
                        out.put(ids.longValue(), versions.longValue());
                    }
                }
            }
        } finally {
            searchers().release(searcher);
        }
        return out;
    }

    /**
     * The searchers over the writer, opened on first use. Opening them reads every segment's terms and values,
     * about a tenth of a second for the bundled catalogue on a slow start, which the server's start no longer
     * waits for: the first sync, run just after the server listens, usually opens them.
     */
    SearcherManager searchers() {
        SearcherManager s = searchers;
        if (s == null) {
            synchronized (this) {
                s = searchers;
                if (s == null) {
                    try {
                        s = new SearcherManager(writer, new SearcherFactory() {
                            @Override
                            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                                IndexSearcher searcher = new IndexSearcher(reader);
                                searcher.setSimilarity(SIMILARITY);
                                return searcher;
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot open the food index", e);
                    }
                    searchers = s;
                }
            }
        }
        return s;
    }

    public boolean ready() {
        return syncedUpTo.get() >= 0;
    }

    /** Reads rows changed since the last sync into the index; returns how many were read. */
    public long sync() {
        synchronized (syncLock) {
            long since = syncedUpTo.get() < 0 ? 0 : syncedUpTo.get() - SYNC_OVERLAP_MS;
            if (recent == null) {
                // The first sync since the index was opened: what the index already holds from the overlap.
                try {
                    recent = syncedUpTo.get() < 0 ? Map.of() : indexedSince(since);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Map<Long, Long> known = recent;
            long[] count = {0};
            long[] newest = {syncedUpTo.get()};
            long started = System.nanoTime();
            Map<Long, Long> seen = new java.util.HashMap<>();
            repository.scan(since, row -> {
                seen.put(row.id(), row.updatedAt());
                // Rows in the overlap that the last sync already indexed, unchanged, are skipped.
                Long before = known.get(row.id());
                if (before != null && before == row.updatedAt()) {
                    return;
                }
                try {
                    Term key = new Term(ID + "_key", Long.toString(row.id()));
                    if (row.deleted()) {
                        writer.deleteDocuments(key);
                    } else {
                        writer.updateDocument(key, document(row));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                newest[0] = Math.max(newest[0], row.updatedAt());
                count[0]++;
            });
            long mark = Math.max(newest[0], 0);
            try {
                if (count[0] > 0 || syncedUpTo.get() < 0) {
                    // A commit (fsync) per saved custom food made each save cost tens of ms. Searches see
                    // uncommitted changes (the searchers are near-real-time over the writer), and a sync
                    // after a restart re-reads everything since the last commit, so small syncs may wait.
                    long now = System.nanoTime();
                    writer.setLiveCommitData(Map.of(SYNC_KEY, Long.toString(mark), SCHEMA_KEY, SCHEMA).entrySet());
                    if (count[0] > 100 || syncedUpTo.get() < 0 || now - lastCommit > COMMIT_EVERY_NANOS) {
                        writer.commit();
                        lastCommit = now;
                    }
                    searchers().maybeRefreshBlocking();
                }
                if (keepInOneSegment()) {
                    searchers().maybeRefreshBlocking();
                }
                syncedUpTo.set(mark);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Remember what the next sync's overlap window will see again.
            seen.values().removeIf(at -> at < mark - SYNC_OVERLAP_MS);
            recent = seen;
            if (count[0] > 100) {
                LOG.info("food index: {} row(s) synced in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
            }
            return count[0];
        }
    }

    /**
     * Merges a small index into one segment when a sync has left it in several, and says whether it did.
     * Every query word is looked up, weighted and scored once per segment, so a catalogue loaded in batches
     * (nine segments for the bundled one) made each search do that work nine times: about twice the CPU of a
     * search over one segment. Up to {@link #ONE_SEGMENT_MAX_DOCS} foods the merge takes milliseconds, so it
     * is done after every sync that leaves more than one segment; bigger catalogues keep Lucene's own merge
     * policy, whose merges are proportionate to what changed.
     */
    private boolean keepInOneSegment() throws IOException {
        IndexSearcher searcher = searchers().acquire();
        int segments;
        int docs;
        try {
            segments = searcher.getIndexReader().leaves().size();
            docs = searcher.getIndexReader().maxDoc();
        } finally {
            searchers().release(searcher);
        }
        if (segments <= 1 || docs > ONE_SEGMENT_MAX_DOCS) {
            return false;
        }
        writer.forceMerge(1);
        return true;
    }

    /** The largest index (in documents, deleted ones included) kept in a single segment; see {@link #keepInOneSegment}. */
    static final int ONE_SEGMENT_MAX_DOCS = 250_000;

    /** How many segments searches read now (for tests). */
    int segments() throws IOException {
        IndexSearcher searcher = searchers().acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers().release(searcher);
        }
    }

    static Document document(FoodRepository.IndexRow row) {
        Document d = new Document();
        d.add(new StringField(ID + "_key", Long.toString(row.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, row.id()));
        d.add(new NumericDocValuesField(VERSION, row.updatedAt()));
        // A curated everyday name ("Oatmeal (cooked with water, no salt)") is searchable too.
        String curated = row.ownerId() == null ? CuratedNames.of(row.source(), row.sourceId()).orElse(null) : null;
        String text = curated == null ? row.name() : row.name() + ", " + curated;
        d.add(new Field(TEXT, WeightedTerms.of(ANALYZER, text, head(row.name())), TEXT_TYPE));
        if (row.brand() != null) {
            d.add(new TextField(BRAND, row.brand(), Field.Store.NO));
        }
        if (row.ownerId() != null) {
            d.add(new StringField(PRIVATE, "1", Field.Store.NO));
            d.add(new StringField(OWNER, Long.toString(row.ownerId()), Field.Store.NO));
        }
        float prior = Prior.of(row.source(), row.name(), row.foodGroup(), row.ownerId());
        d.add(new FloatDocValuesField(PRIOR, curated == null ? prior : prior * Prior.CURATED));
        if (row.barcode() != null) {
            d.add(new StringField(BARCODE, row.barcode(), Field.Store.NO));
        }
        return d;
    }

    /** Category words USDA puts first ("Nuts, almonds"); the food itself is then the next segment. */
    private static final java.util.Set<String> CATEGORY_HEADS = java.util.Set.of("nuts", "fish", "cheese", "oil",
            "beverages", "cereals", "cereals ready-to-eat", "spices", "seeds", "candies", "snacks", "soup", "sauce",
            "crustaceans", "mollusks", "game meat", "cookies", "crackers", "alcoholic beverage", "infant formula",
            "babyfood", "fast foods", "restaurant", "salad dressing", "syrups", "toppings", "frostings", "desserts",
            "margarine", "shortening", "pie", "cake", "vegetable oil", "leavening agents", "pasta", "rice");

    /** Animal names USDA puts first ("Chicken, broilers or fryers, breast"): the cut follows. */
    private static final java.util.Set<String> ANIMAL_HEADS = java.util.Set.of("chicken", "pork", "beef", "turkey",
            "lamb", "veal", "duck", "goose", "game meat", "ham");
    /** Qualifiers that sit between an animal and its cut in USDA names. */
    private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("broilers or fryers", "fresh", "cured",
            "all classes", "all grades", "young hen", "young tom", "domestic", "new zealand", "imported", "australian",
            "retail parts", "composite of trimmed retail cuts", "variety meats and by-products", "roasting", "stewing",
            "capons", "cornish game hens");

    /**
     * The main noun of a USDA-style name: its first segment; the first two after a category word
     * ("Nuts, almonds"); the animal and its cut, skipping qualifiers ("Chicken, broilers or fryers,
     * breast" → "Chicken breast"; "Pork, cured, bacon" → "Pork bacon").
     */
    static String head(String name) {
        String[] parts = name.split(",");
        String first = parts[0].trim();
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (parts.length > 1 && CATEGORY_HEADS.contains(lower)) {
            return first + " " + parts[1].trim();
        }
        if (parts.length > 1 && ANIMAL_HEADS.contains(lower)) {
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (!QUALIFIERS.contains(p.toLowerCase(java.util.Locale.ROOT))) {
                    return first + " " + p;
                }
            }
        }
        return first;
    }

    /** Waits for a running sync, then closes. */
    @Override
    public void close() {
        synchronized (syncLock) {
            closeNow();
        }
    }

    private void closeNow() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the food index: {}", e.getMessage());
        }
    }
}
