package org.openplate.food.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Ranked food search for how people type: synonyms and abbreviations are expanded, plurals meet
 * singulars (KStem), typos are forgiven (fuzzy matching on words of 4+ letters), word order does
 * not matter, the main noun (USDA's first name segment) counts double, and a per-food prior puts
 * generic and raw forms before baby food, fast food and long qualified names. The user's own
 * custom foods are visible only to them and boosted, as are ids passed in {@code boosted}.
 */
public final class FoodSearch {

    /** One hit: the food id and what a result list needs without a database read. */
    public record Hit(long id, String name, String brand, Double kcalPer100g, float score) {
    }

    private static final float HEAD_BOOST = 2.0f;
    private static final float FUZZY_WEIGHT = 0.55f;
    private static final float PREFIX_WEIGHT = 0.6f;
    private static final float BOOSTED_IDS_FACTOR = 2.5f;

    private final FoodIndex index;
    private final Analyzer analyzer = new FoodAnalyzer();

    public FoodSearch(FoodIndex index) {
        this.index = index;
    }

    /**
     * @param viewer  the user id whose custom foods are visible, or 0 for anonymous
     * @param boosted ids to favour (the user's recent and frequent foods)
     */
    public List<Hit> search(String text, long viewer, Set<Long> boosted, int limit) {
        List<String> terms = terms(Synonyms.expand(text));
        if (terms.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                int required = terms.size() <= 2 ? terms.size() : terms.size() - 1;
                TopDocs top = searcher.search(query(terms, required, viewer, boosted), limit);
                if (top.scoreDocs.length == 0 && required > 1) {
                    top = searcher.search(query(terms, 1, viewer, boosted), limit);
                }
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    Number kcal = d.getField(FoodIndex.KCAL) == null ? null : d.getField(FoodIndex.KCAL).numericValue();
                    hits.add(new Hit(d.getField(FoodIndex.ID).numericValue().longValue(), d.get(FoodIndex.NAME),
                            d.get(FoodIndex.BRAND), kcal == null ? null : kcal.doubleValue(), sd.score));
                }
                return hits;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(List<String> terms, int required, long viewer, Set<Long> boosted) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(new TermQuery(new Term(FoodIndex.NAME, t)));
            alternatives.add(new BoostQuery(new TermQuery(new Term(FoodIndex.HEAD, t)), HEAD_BOOST));
            alternatives.add(new TermQuery(new Term(FoodIndex.BRAND, t)));
            if (t.length() >= 4 && !t.chars().allMatch(Character::isDigit)) {
                int edits = t.length() >= 7 ? 2 : 1;
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(FoodIndex.NAME, t), edits, 1, 50, true),
                        FUZZY_WEIGHT));
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(FoodIndex.HEAD, t), edits, 1, 50, true),
                        FUZZY_WEIGHT * HEAD_BOOST));
            }
            if (i == terms.size() - 1 && t.length() >= 3) {
                alternatives.add(new BoostQuery(new PrefixQuery(new Term(FoodIndex.NAME, t)), PREFIX_WEIGHT));
            }
            text.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD);
        }
        text.setMinimumNumberShouldMatch(required);

        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery(FoodIndex.OWNER, 0), Occur.SHOULD);
        if (viewer > 0) {
            visible.add(LongPoint.newExactQuery(FoodIndex.OWNER, viewer), Occur.SHOULD);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(text.build(), Occur.MUST)
                .add(visible.build(), Occur.FILTER);
        if (boosted != null && !boosted.isEmpty()) {
            List<BytesRef> keys = boosted.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            all.add(new BoostQuery(new TermInSetQuery(FoodIndex.ID + "_key", keys), BOOSTED_IDS_FACTOR), Occur.SHOULD);
        }
        return FunctionScoreQuery.boostByValue(all.build(), DoubleValuesSource.fromFloatField(FoodIndex.PRIOR));
    }

    /** Finds food ids by exact barcode among the foods visible to the viewer. */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FoodIndex.NAME, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
