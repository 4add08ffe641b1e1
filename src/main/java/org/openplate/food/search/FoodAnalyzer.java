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

    /** With the reuse strategy given: for {@link org.openplate.search.LentAnalyzers}. */
    FoodAnalyzer(ReuseStrategy reuse) {
        super(reuse);
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
