package org.openplate.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openplate.search.EverydayAnalyzer;
import org.openplate.search.LentAnalyzers;

/**
 * The Compendium in an in-memory Lucene index, and the activity search on it: every query part
 * must match (exactly, through KStem, as a prefix or as a typo), the activity's own name (the
 * description's first segment) weighs more, and the best text matches are rescored with a prior
 * (plain, general rows before special variants) and, when the query names a speed or pace, with
 * how well the row's speed fits it.
 */
final class ActivityIndex {

    static final Set<String> STOP = Set.of("and", "or", "the", "a", "an", "of", "in", "on", "to", "with", "for",
            "e.g", "eg", "etc", "my", "at", "doing", "do", "did", "went", "go", "some", "i");
    /** Words a speed query may carry besides the activity. */
    private static final Set<String> SPEED_WORDS = Set.of("pace", "speed", "average", "avg", "at", "per", "a");
    private static final String DESC = "desc";
    private static final String MAIN = "main";
    private static final String HEAD = "head";
    private static final String RAW = "raw";
    private static final String ORD = "ord";
    private static final float MAIN_WEIGHT = 0.6f;
    private static final float HEAD_WEIGHT = 0.3f;
    private static final float FUZZY_WEIGHT = 0.5f;
    private static final float PREFIX_WEIGHT = 0.6f;
    private static final int RESCORE_WINDOW = 300;
    /** Query parts beyond this are ignored: a pasted paragraph stays a bounded Lucene query. */
    static final int MAX_PARTS = 12;
    /** Longer words are matched exactly or as a prefix, not as typos. */
    private static final int MAX_FUZZY_LENGTH = 30;

    private final List<Activity> all;
    private final ActivityPrior prior;
    /** Analyzers that keep their components between requests (each request runs on a new virtual thread). */
    private final LentAnalyzers stemmed = new LentAnalyzers(reuse -> new EverydayAnalyzer(STOP, true, reuse), 4);
    private final LentAnalyzers raw = new LentAnalyzers(reuse -> new EverydayAnalyzer(STOP, false, reuse), 4);
    private final IndexSearcher searcher;

    ActivityIndex(List<Activity> all) {
        this.all = all;
        this.prior = new ActivityPrior(all);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new org.apache.lucene.analysis.miscellaneous
                .PerFieldAnalyzerWrapper(new EverydayAnalyzer(STOP, true), java.util.Map.of(RAW, new EverydayAnalyzer(STOP, false))));
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < all.size(); i++) {
                Activity a = all.get(i);
                String text = ActivityPrior.indexed(a.description());
                if (text.isBlank()) {
                    continue;
                }
                Document d = new Document();
                d.add(new TextField(DESC, text, Field.Store.NO));
                d.add(new TextField(RAW, text, Field.Store.NO));
                d.add(new TextField(MAIN, text.split(",", 2)[0], Field.Store.NO));
                d.add(new TextField(HEAD, a.heading() == null ? "" : a.heading(), Field.Store.NO));
                d.add(new StoredField(ORD, i));
                w.addDocument(d);
            }
            w.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Activity> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        Optional<ActivitySpeed.InQuery> speed = ActivitySpeed.inQuery(text);
        String words = speed.map(ActivitySpeed.InQuery::rest).orElse(text);
        List<List<Clause>> parts = parts(words, speed.isPresent());
        if (parts.isEmpty() && speed.isPresent()) {
            // A pace alone ("5 min/km pace") means running, or walking when slow.
            parts = parts(speed.get().speed().middle() >= 4.5 ? "running" : "walking", true);
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] top = searcher.search(query(parts, 0), RESCORE_WINDOW).scoreDocs;
            if (top.length == 0 && parts.size() > 1) {
                top = searcher.search(query(parts, 1), RESCORE_WINDOW).scoreDocs;
            }
            Double mph = speed.map(s -> s.speed().middle()).orElse(null);
            List<Scored> scored = new ArrayList<>();
            for (ScoreDoc sd : top) {
                int ord = searcher.storedFields().document(sd.doc).getField(ORD).numericValue().intValue();
                scored.add(new Scored(all.get(ord), sd.score * prior.factor(ord, text) * prior.speedFit(ord, mph)));
            }
            scored.sort(java.util.Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparing(s -> s.activity().code()));
            return scored.stream().limit(limit).map(Scored::activity).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Scored(Activity activity, double score) {
    }

    /** One spelling of a query part: its words (stemmed and as typed) and its weight. */
    private record Clause(List<String> stems, List<String> raws, float weight) {
    }

    private List<List<Clause>> parts(String words, boolean speedQuery) {
        List<List<Clause>> out = new ArrayList<>();
        for (List<ActivitySynonyms.Spelling> part : ActivitySynonyms.parts(words)) {
            List<Clause> spellings = new ArrayList<>();
            for (ActivitySynonyms.Spelling s : part) {
                if (speedQuery && part.size() == 1 && SPEED_WORDS.contains(s.text())) {
                    continue;
                }
                List<String> stems = stemmed.with(a -> terms(a, s.text()));
                List<String> raws = raw.with(a -> terms(a, s.text()));
                if (!stems.isEmpty() && stems.size() == raws.size()) {
                    spellings.add(new Clause(stems, raws, s.weight()));
                }
            }
            if (!spellings.isEmpty() && out.size() < MAX_PARTS && !out.contains(spellings)) {
                out.add(spellings);
            }
        }
        return out;
    }

    private static Query query(List<List<Clause>> parts, int allowedMisses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Clause> part : parts) {
            BooleanQuery.Builder anySpelling = new BooleanQuery.Builder();
            for (Clause c : part) {
                BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
                for (int i = 0; i < c.stems().size(); i++) {
                    everyWord.add(word(c.stems().get(i), c.raws().get(i)), Occur.MUST);
                }
                anySpelling.add(new BoostQuery(everyWord.build(), c.weight()), Occur.SHOULD);
            }
            all.add(anySpelling.build(), allowedMisses == 0 ? Occur.MUST : Occur.SHOULD);
        }
        if (allowedMisses > 0) {
            all.setMinimumNumberShouldMatch(parts.size() - allowedMisses);
        }
        return all.build();
    }

    /** One word: exact (stemmed) in the description, its name or heading, or a prefix or typo of a word as written. */
    private static Query word(String stem, String raw) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(DESC, stem)), Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(MAIN, stem)), MAIN_WEIGHT), Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(HEAD, stem)), HEAD_WEIGHT), Occur.SHOULD);
        boolean letters = raw.chars().anyMatch(Character::isLetter);
        if (letters && raw.length() >= 4 && raw.length() <= MAX_FUZZY_LENGTH) {
            int edits = raw.length() >= 5 ? 2 : 1;
            b.add(new BoostQuery(new FuzzyQuery(new Term(RAW, raw), edits, 1, 50, true), FUZZY_WEIGHT), Occur.SHOULD);
        }
        if (letters && raw.length() >= 3) {
            b.add(new BoostQuery(new PrefixQuery(new Term(RAW, raw)), PREFIX_WEIGHT), Occur.SHOULD);
        }
        return b.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(DESC, text.toLowerCase(Locale.ROOT))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
