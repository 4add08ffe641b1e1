package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;

class FoodSimilarityTest {

    private final SimScorer scorer = new FoodSimilarity().scorer(1f,
            new CollectionStatistics(FoodIndex.TEXT, 1000, 1000, 5000, 4000),
            new TermStatistics(new BytesRef("banana"), 20, 20));

    @Test
    void mainNounLengthRoundTripsThroughTheFrequency() {
        for (int length = 1; length <= 8; length++) {
            int freq = FoodSimilarity.headFreq(length);
            assertTrue(freq >= 2 && freq <= FoodSimilarity.MAX_HEAD_FREQ, "frequency " + freq);
            assertEquals(length, FoodSimilarity.headLength(freq));
        }
        assertEquals(FoodSimilarity.headFreq(8), FoodSimilarity.headFreq(30), "long main nouns share the lowest mark");
    }

    @Test
    void scoreNeverFallsWithFrequencyNorRisesWithLength() {
        // Block-max skipping in Lucene is only correct for such scorers.
        for (int norm = 0; norm < 256; norm++) {
            for (int f = 1; f < FoodSimilarity.MAX_HEAD_FREQ; f++) {
                assertTrue(scorer.score(f + 1, norm) >= scorer.score(f, norm), "freq " + f + " norm " + norm);
            }
        }
        for (int f = 1; f <= FoodSimilarity.MAX_HEAD_FREQ; f++) {
            for (int norm = 0; norm < 255; norm++) {
                assertTrue(scorer.score(f, norm + 1) <= scorer.score(f, norm), "freq " + f + " norm " + norm);
            }
        }
    }

    @Test
    void aWordOfAShortMainNounOutscoresTheSameWordElsewhere() {
        long twoWords = SmallFloat.intToByte4(2);
        float plain = scorer.score(1, twoWords);
        float inOneWordHead = scorer.score(FoodSimilarity.headFreq(1), twoWords);
        float inTwoWordHead = scorer.score(FoodSimilarity.headFreq(2), twoWords);
        assertTrue(inOneWordHead > inTwoWordHead && inTwoWordHead > 2 * plain,
                plain + " " + inTwoWordHead + " " + inOneWordHead);
    }

    @Test
    void indexedWeightsMarkOnlyTheMainNounsWordsOncePerWord() {
        Map<String, Integer> w = WeightedTerms.weightsOf(new FoodAnalyzer(), "Yogurt, plain, whole milk, yogurt",
                FoodIndex.head("Yogurt, plain, whole milk, yogurt"));
        assertEquals(Map.of("yogurt", FoodSimilarity.headFreq(1), "plain", 1, "whole", 1, "milk", 1), w);
    }
}
