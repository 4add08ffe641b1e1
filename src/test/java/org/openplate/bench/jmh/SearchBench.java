package org.openplate.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openplate.App;
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.food.search.FoodIndex;
import org.openplate.food.search.FoodSearch;
import org.openplate.storage.Database;

/**
 * JMH benchmark (not a test) of food search over the bundled catalogue, without a server: the bundle
 * is loaded into a fresh SQLite database in a temporary directory and indexed once per fork (as at a
 * server's start), then each call searches the next of 20 everyday queries (two misspelt), top 10:
 * {@link #engine} asks the search engine only ({@link FoodSearch}, Lucene), {@link #hydrated} goes
 * through {@link FoodService#search}, which also reads the hits from the database. Run with
 * {@code bench/jmh.sh SearchBench} (add {@code -prof gc} for the bytes allocated per search).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBench {

    static final String[] QUERIES = {"apple", "banana", "chicken breast", "brown rice", "oatmeal", "greek yogurt",
        "egg", "whole milk", "cheddar cheese", "salmon", "broccoli", "potato", "whole wheat bread", "peanut butter",
        "orange juice", "pasta", "lentils", "almonds", "chiken", "brocoli"};

    private Path dir;
    private Database db;
    private FoodIndex index;
    private FoodService foods;
    private FoodSearch search;

    /** The next query, per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
        /**
         * A different signed-in viewer for every call: the engine and the service remember recent answers
         * per viewer, and a benchmark that asked the same 20 questions as one viewer would time that memory.
         */
        long viewer = 1_000_000;

        long viewer() {
            return ++viewer;
        }

        String query() {
            String q = QUERIES[next];
            next = (next + 1) % QUERIES.length;
            return q;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("openplate-jmh-search");
        db = Database.open("jdbc:sqlite:" + dir.resolve("openplate.db").toAbsolutePath(), null, null);
        JdbiFoodRepository repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
        index = new FoodIndex(repo, dir.resolve("index"));
        foods = new FoodService(repo, index);
        foods.prepare(App.BUNDLE_SOURCE, () -> App.class.getResourceAsStream(App.BUNDLE));
        search = new FoodSearch(index);
        for (String q : QUERIES) {
            if (foods.search(q, null, Set.of(), 10).isEmpty()) {
                throw new IllegalStateException("no hit for \"" + q + "\": is the bundle loaded?");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        index.close();
        db.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The search engine's top 10 ids and scores. */
    @Benchmark
    public List<FoodSearch.Hit> engine(Cursor c) {
        return search.search(c.query(), c.viewer(), Set.of(), 10);
    }

    /** The top 10 as the food search answers them: the engine, then the hits read from the database. */
    @Benchmark
    public List<FoodSummary> hydrated(Cursor c) {
        return foods.search(c.query(), new org.openplate.account.UserId(c.viewer()), Set.of(), 10);
    }
}
