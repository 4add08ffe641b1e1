package org.openplate.food.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * A pre-analysed token stream: each distinct word of a food name once, with the words of its main
 * noun carrying a raised term frequency. One field then holds what used to take two (name and main
 * noun), so a query word reads one postings list instead of two and conjunctions of plain term
 * queries keep Lucene's block-max skipping.
 */
final class WeightedTerms extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
    private final Map<String, Integer> weights;
    private Iterator<Map.Entry<String, Integer>> it;

    private WeightedTerms(Map<String, Integer> weights) {
        this.weights = weights;
    }

    static WeightedTerms of(Analyzer analyzer, String name, String head) {
        List<String> headTerms = terms(analyzer, head);
        int headFreq = FoodSimilarity.headFreq((int) headTerms.stream().distinct().count());
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String t : terms(analyzer, name)) {
            weights.putIfAbsent(t, headTerms.contains(t) ? headFreq : 1);
        }
        return new WeightedTerms(weights);
    }

    static Map<String, Integer> weightsOf(Analyzer analyzer, String name, String head) {
        return of(analyzer, name, head).weights;
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FoodIndex.TEXT, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        it = weights.entrySet().iterator();
    }

    @Override
    public boolean incrementToken() {
        if (it == null || !it.hasNext()) {
            return false;
        }
        clearAttributes();
        Map.Entry<String, Integer> e = it.next();
        term.setEmpty().append(e.getKey());
        freq.setTermFrequency(e.getValue());
        return true;
    }
}
