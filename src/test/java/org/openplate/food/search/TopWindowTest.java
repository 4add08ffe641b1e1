package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The window is the same set of documents, with the same scores, as Lucene's own top-score collector keeps. */
class TopWindowTest {

    private static final String[] WORDS = {"milk", "whole", "skim", "cheese", "bread", "wheat", "rice", "brown",
        "apple", "raw", "cooked", "chicken", "breast", "roasted", "banana", "oat"};

    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;
    private static ExecutorService pool;

    @BeforeAll
    static void index() throws Exception {
        dir = new ByteBuffersDirectory();
        Random random = new Random(18);
        // Several segments (no merging), and many documents with the very same text, so scores tie often.
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 5; segment++) {
                for (int i = 0; i < 800; i++) {
                    StringBuilder text = new StringBuilder();
                    int words = i % 4 == 0 ? 2 : 1 + random.nextInt(6);
                    for (int k = 0; k < words; k++) {
                        text.append(i % 4 == 0 ? WORDS[k] : WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    Document d = new Document();
                    d.add(new TextField("text", text.toString(), Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
        }
        reader = DirectoryReader.open(dir);
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        dir.close();
        pool.shutdown();
    }

    private static List<Query> queries() {
        return List.of(
                new TermQuery(new Term("text", "milk")),
                new BooleanQuery.Builder().add(new TermQuery(new Term("text", "milk")), Occur.MUST)
                        .add(new TermQuery(new Term("text", "whole")), Occur.MUST).build(),
                new BooleanQuery.Builder().add(new TermQuery(new Term("text", "rice")), Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term("text", "brown")), 2f), Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "raw")), Occur.SHOULD).build(),
                new BooleanQuery.Builder().add(new TermQuery(new Term("text", "chicken")), Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "breast")), Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "roasted")), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(2).build(),
                new TermQuery(new Term("text", "nothing")));
    }

    private static Set<String> set(ScoreDoc[] docs) {
        return Arrays.stream(docs).map(d -> d.doc + ":" + d.score).collect(Collectors.toSet());
    }

    @Test
    void keepsTheSameDocumentsAsLucenesCollector() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertTrue(reader.leaves().size() >= 5, "several segments");
        for (Query q : queries()) {
            for (int size : new int[] {1, 7, 200, 5000}) {
                ScoreDoc[] lucene = searcher.search(q, new TopScoreDocCollectorManager(size, null, size)).scoreDocs;
                ScoreDoc[] window = searcher.search(q, new TopWindow(size));
                assertEquals(lucene.length, window.length, q + " size " + size);
                assertEquals(set(lucene), set(window), q + " size " + size);
            }
        }
    }

    @Test
    void tiesAtTheEdgeGoToTheLowerDocuments() throws Exception {
        // Every fourth document is exactly "milk whole": hundreds of equal scores, more than the window holds.
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "milk")), Occur.MUST)
                .add(new TermQuery(new Term("text", "whole")), Occur.MUST).build();
        ScoreDoc[] window = searcher.search(q, new TopWindow(20));
        ScoreDoc[] sorted = window.clone();
        Arrays.sort(sorted, TopWindow.BETTER_FIRST);
        ScoreDoc[] lucene = searcher.search(q, new TopScoreDocCollectorManager(20, null, 20)).scoreDocs;
        for (int i = 0; i < 20; i++) {
            assertEquals(lucene[i].doc, sorted[i].doc, "place " + i);
            assertEquals(lucene[i].score, sorted[i].score, "place " + i);
        }
    }

    @Test
    void slicesSearchedInParallelReduceToTheSameWindow() throws Exception {
        IndexSearcher sliced = new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return leaves.stream().map(l -> new LeafSlice(new java.util.ArrayList<>(List.of(l)))).toArray(LeafSlice[]::new);
            }
        };
        IndexSearcher plain = new IndexSearcher(reader);
        assertTrue(sliced.getSlices().length >= 5, "one slice per segment");
        for (Query q : queries()) {
            for (int size : new int[] {3, 200}) {
                ScoreDoc[] lucene = plain.search(q, new TopScoreDocCollectorManager(size, null, size)).scoreDocs;
                assertEquals(set(lucene), set(sliced.search(q, new TopWindow(size))), q + " size " + size);
            }
        }
    }

    @Test
    void aWindowHoldsAtLeastOneDocument() {
        assertThrows(IllegalArgumentException.class, () -> new TopWindow(0));
    }
}
