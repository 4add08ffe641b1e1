package org.openplate.food.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Scoring for food names, one field standing in for two. A word scores BM25 (a single occurrence,
 * length-normalised over the name's distinct words); a word of the food's main noun adds
 * {@link #HEAD_WEIGHT} times the BM25 score it would have in a field holding the main noun alone,
 * normalised by the main noun's length. So "Yogurt, plain" outranks "Tofu yogurt" for "yogurt".
 *
 * <p>The main noun's length travels in the term frequency: its words are indexed with frequency
 * {@link #headFreq} (9 for a one-word main noun down to 2 for eight or more), other words with 1.
 * Names hardly ever repeat a word, so the frequency carries no other signal. Keeping one postings
 * list per word, instead of a name field and a main-noun field, makes multi-word queries on a
 * million foods about two and a half times faster (docs/benchmarks.md).
 *
 * <p>The score never falls as the frequency rises or rise as the norm rises, which Lucene's
 * block-max skipping relies on.
 */
final class FoodSimilarity extends Similarity {

    /** BM25 constants (Robertson et al.; Lucene's defaults); the other values were tuned on the dev relevance set. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** A main-noun word scores as a name word plus this many times a word of a main-noun field. */
    static final float HEAD_WEIGHT = 3f;
    static final float HEAD_B = 0.75f;
    static final float AVG_HEAD_LENGTH = 2f;
    /** Main nouns of 1..8+ distinct words are marked with frequencies 9..2. */
    static final int MAX_HEAD_FREQ = 9;

    /** The term frequency that marks a word of a main noun of {@code headLength} distinct words. */
    static int headFreq(int headLength) {
        return MAX_HEAD_FREQ + 1 - Math.max(1, Math.min(headLength, MAX_HEAD_FREQ - 1));
    }

    static int headLength(int freq) {
        return MAX_HEAD_FREQ + 1 - freq;
    }

    /** Decoded lengths of the 256 one-byte norms. */
    private static final float[] LENGTHS = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTHS[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    @Override
    public long computeNorm(FieldInvertState state) {
        return SmallFloat.intToByte4(state.getUniqueTermCount());
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double idf = 0;
        for (TermStatistics t : terms) {
            idf += Math.log(1 + (collection.docCount() - t.docFreq() + 0.5) / (t.docFreq() + 0.5));
        }
        // Average distinct words per document (the sum of document frequencies counts each once).
        float avgLength = (float) (collection.sumDocFreq() / (double) collection.docCount());
        float weight = (float) (boost * idf * (K1 + 1));
        float[] cache = new float[256];
        for (int i = 0; i < 256; i++) {
            cache[i] = weight / (1 + K1 * (1 - B + B * LENGTHS[i] / avgLength));
        }
        // The main-noun part, normalised by the main noun's length (decoded from the frequency).
        float[] headWeights = new float[MAX_HEAD_FREQ + 1];
        for (int f = 2; f <= MAX_HEAD_FREQ; f++) {
            int headLength = headLength(f);
            headWeights[f] = HEAD_WEIGHT * weight / (1 + K1 * (1 - HEAD_B + HEAD_B * headLength / AVG_HEAD_LENGTH));
        }
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                float s = cache[((byte) norm) & 0xFF];
                return freq > 1 ? s + headWeights[Math.min((int) freq, MAX_HEAD_FREQ)] : s;
            }
        };
    }
}
