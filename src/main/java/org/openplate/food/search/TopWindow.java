package org.openplate.food.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best {@code size} documents of a search, by score and then the lower document, <b>in no particular
 * order</b>: the same set Lucene's top-score collector keeps, without putting it in order.
 *
 * <p>The search rescores its window with each food's prior and orders it again ({@link FoodSearch}), so the
 * order Lucene's collector produced was thrown away: taking its 200 documents off the heap one by one, and
 * merging the one slice's result with itself, was about 5 % of the CPU of a distinct search (async-profiler,
 * docs/benchmarks.md, sixteenth round).
 *
 * <p>Like Lucene's collector it tells the scorer, once the window is full, the least score that can still
 * enter it (block-max skipping depends on that). Documents arrive in increasing order, so one that only ties
 * the worst kept score ranks after it and is not taken.
 */
final class TopWindow implements CollectorManager<TopWindow.Best, ScoreDoc[]> {

    private final int size;

    TopWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("window size must be at least 1, was " + size);
        }
        this.size = size;
    }

    @Override
    public Best newCollector() {
        return new Best(size);
    }

    @Override
    public ScoreDoc[] reduce(Collection<Best> collectors) {
        if (collectors.size() == 1) {
            return collectors.iterator().next().docs();
        }
        // Several slices (only with an executor): the best of all their windows.
        ScoreDoc[] all = collectors.stream().flatMap(c -> Arrays.stream(c.docs())).toArray(ScoreDoc[]::new);
        Arrays.sort(all, BETTER_FIRST);
        return all.length <= size ? all : Arrays.copyOf(all, size);
    }

    /** The higher score first, then the lower document. */
    static final Comparator<ScoreDoc> BETTER_FIRST =
            Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc);

    /** One slice's window: a heap with the worst kept document on top. */
    static final class Best implements Collector {
        private final float[] scores;
        private final int[] docs;
        private int count;
        /** The least score the scorer was told can still enter (it may skip documents below it). */
        private float told = Float.NEGATIVE_INFINITY;

        Best(int size) {
            this.scores = new float[size];
            this.docs = new int[size];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (count == scores.length) {
                        told = Float.NEGATIVE_INFINITY;   // a new leaf's scorer has been told nothing yet
                        tell(scorer);
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    float score = scorer.score();
                    if (count < scores.length) {
                        scores[count] = score;
                        docs[count] = base + doc;
                        up(count++);
                        if (count == scores.length) {
                            tell(scorer);
                        }
                    } else if (score > scores[0]) {
                        scores[0] = score;
                        docs[0] = base + doc;
                        down(0);
                        tell(scorer);
                    }
                }
            };
        }

        private void tell(Scorable scorer) throws IOException {
            float least = Math.nextUp(scores[0]);
            if (least > told) {
                scorer.setMinCompetitiveScore(least);
                told = least;
            }
        }

        /** Whether kept entry a ranks below b: the lower score, or the same score and the higher document. */
        private boolean worse(int a, int b) {
            return scores[a] < scores[b] || (scores[a] == scores[b] && docs[a] > docs[b]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                if (left >= count) {
                    return;
                }
                int worst = left + 1 < count && worse(left + 1, left) ? left + 1 : left;
                if (!worse(worst, i)) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            float s = scores[a];
            scores[a] = scores[b];
            scores[b] = s;
            int d = docs[a];
            docs[a] = docs[b];
            docs[b] = d;
        }

        /** The kept documents, in heap order. */
        ScoreDoc[] docs() {
            ScoreDoc[] out = new ScoreDoc[count];
            for (int i = 0; i < count; i++) {
                out[i] = new ScoreDoc(docs[i], scores[i]);
            }
            return out;
        }
    }
}
