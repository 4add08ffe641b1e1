package org.openplate.food.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Food-name analysis: words (keeping "2%"-style tokens as "2"), lower case, accents folded, a few
 * stop words dropped, and KStem so that plurals meet singulars ("bananas"/"banana",
 * "tomatoes"/"tomato", "berries"/"berry") without Porter's over-stemming.
 */
final class FoodAnalyzer extends Analyzer {

    static final CharArraySet STOP = new CharArraySet(java.util.List.of("and", "or", "with", "of", "the", "a", "an",
            "in", "for", "to", "without", "w", "ns", "as", "from"), true);

    FoodAnalyzer() {
    }

    private FoodAnalyzer(ReuseStrategy reuse) {
        super(reuse);
    }

    /**
     * Analyzers lent to one caller at a time, each keeping its tokenizer and filters from one caller to the
     * next. Lucene keeps an analyzer's components per thread, and the server runs each request on a virtual
     * thread of its own, so a shared analyzer built new components (a tokenizer with its buffers, four
     * filters) for every search's words. At most {@code idle} analyzers wait between callers; more are made
     * while more callers analyse at once, and dropped after.
     */
    static final class Lender {
        private final java.util.concurrent.ArrayBlockingQueue<FoodAnalyzer> idle;

        Lender(int idle) {
            this.idle = new java.util.concurrent.ArrayBlockingQueue<>(idle);
        }

        <T> T with(java.util.function.Function<Analyzer, T> use) {
            FoodAnalyzer a = idle.poll();
            if (a == null) {
                a = new FoodAnalyzer(new KeptComponents());
            }
            try {
                return use.apply(a);
            } finally {
                idle.offer(a); // dropped when enough wait already
            }
        }

        /** How many analyzers wait to be lent (for tests). */
        int idle() {
            return idle.size();
        }
    }

    /** One analyzer's components, kept for whichever single caller has it (see {@link Lender}). */
    private static final class KeptComponents extends ReuseStrategy {
        private String field;
        private TokenStreamComponents components;

        @Override
        public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return fieldName.equals(field) ? components : null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            this.field = fieldName;
            this.components = components;
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(tokenizer);
        s = new ASCIIFoldingFilter(s);
        s = new StopFilter(s, STOP);
        s = new KStemFilter(s);
        return new TokenStreamComponents(tokenizer, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
