package org.openplate.search;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for searching names the way people type them, shared by the catalogue searches: words,
 * lower case, accents folded, the caller's stop words dropped, and optionally KStem so that plurals
 * and "-ing" forms meet their base ("squats"/"squat", "stretching"/"stretch") without Porter's
 * over-stemming. The food search uses the same chain (food/search/FoodAnalyzer).
 */
public final class EverydayAnalyzer extends Analyzer {

    private final CharArraySet stopWords;
    private final boolean stem;

    /** @param stopWords words to drop (lower case); @param stem whether to apply KStem */
    public EverydayAnalyzer(Collection<String> stopWords, boolean stem) {
        this(stopWords, stem, GLOBAL_REUSE_STRATEGY);
    }

    /** As above, with the reuse strategy given: for {@link LentAnalyzers}. */
    public EverydayAnalyzer(Collection<String> stopWords, boolean stem, ReuseStrategy reuse) {
        super(reuse);
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, true));
        this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(tokenizer);
        s = new ASCIIFoldingFilter(s);
        s = new StopFilter(s, stopWords);
        if (stem) {
            s = new KStemFilter(s);
        }
        return new TokenStreamComponents(tokenizer, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
