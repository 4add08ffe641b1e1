package org.openplate.food.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Ranked food search for how people type: synonyms and abbreviations are expanded, plurals meet
 * singulars (KStem), typos are forgiven (fuzzy matching on words of 4+ letters), word order does
 * not matter, the main noun (USDA's first name segment) weighs more (see {@link FoodSimilarity}), and a per-food prior puts
 * generic and raw forms before baby food, fast food and long qualified names. The user's own
 * custom foods are visible only to them and boosted, as are ids passed in {@code boosted}.
 */
public final class FoodSearch {

    /** What separates the words of a query. */
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}%'-]+");

    /**
     * A food found: its id, its final score (text relevance × prior), and the version of its row that the
     * index holds.
     */
    public record Hit(long id, float score, long version) {
    }

    private static final float FUZZY_WEIGHT = 0.55f;
    private static final float PREFIX_WEIGHT = 0.6f;
    private static final float BOOSTED_IDS_FACTOR = 2.5f;
    private static final float OWN_FOOD_BOOST = 1.5f;
    /** How many text matches are rescored with the prior. */
    private static final int RESCORE_WINDOW = 200;

    /** How many recent answers are remembered (a few MB at most). */
    static final int MEMO_SIZE = 2048;

    /**
     * How many words' facts {@link WordFacts} keeps per index version: with each word's place in the term
     * dictionary of the two fields, a couple of hundred bytes each, so 1-2 MB at most.
     */
    static final int WORD_FACTS_SIZE = 8192;

    /**
     * How many typos' expanded queries {@link WordFacts} keeps per index version: each holds up to 50 terms
     * with their statistics (a few kB), so a few MB at most.
     */
    static final int REWRITTEN_SIZE = 1024;

    private final FoodIndex index;
    /** Analyzers that keep their components between requests (each request runs on a new virtual thread). */
    private final org.openplate.search.LentAnalyzers analyzers =
            new org.openplate.search.LentAnalyzers(FoodAnalyzer::new, 8);
    private final Memo memo = new Memo();
    private volatile WordFacts facts = new WordFacts(Long.MIN_VALUE, null);

    public FoodSearch(FoodIndex index) {
        this.index = index;
    }

    /**
     * Recent answers for the index as it is now. A search (and its typo check) depends only on the
     * words, the viewer, the boosted ids, the limit and the index's contents, so an answer stays right
     * until the index changes; any change to the index (a sync that indexed or removed a food) gives its
     * reader a new version, which empties the memo. The index itself is rebuilt from the database, so
     * this is a cache of a cache: nothing here is the only copy of anything.
     */
    private static final class Memo {
        private final java.util.LinkedHashMap<Object, Object> answers = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Object, Object> eldest) {
                return size() > MEMO_SIZE;
            }
        };
        private long version = Long.MIN_VALUE;

        synchronized Object get(long readerVersion, Object key) {
            if (readerVersion != version) {
                return null;
            }
            return answers.get(key);
        }

        synchronized void put(long readerVersion, Object key, Object answer) {
            if (readerVersion > version || version == Long.MIN_VALUE) {
                answers.clear();
                version = readerVersion;
            }
            if (readerVersion == version) {
                answers.put(key, answer);
            }
        }
    }

    /**
     * An answer worked out from this index's hits (e.g. the hits with their summaries read from the
     * database), remembered like the hits themselves until the index changes. Foods change in the
     * database with a new version, which the index picks up when it syncs, so a remembered answer is
     * exactly as current as the ranking it came from. {@code key} must hold everything the answer
     * depends on besides the index (the words, the viewer, the limit).
     */
    public <T> T remembered(Object key, java.util.function.Supplier<T> answer) {
        long version = version();
        Derived derived = new Derived(key);
        @SuppressWarnings("unchecked")
        T known = (T) memo.get(version, derived);
        if (known != null) {
            return known;
        }
        T worked = answer.get();
        memo.put(version, derived, worked);
        return worked;
    }

    private record Derived(Object key) {
    }

    /**
     * What one index version knows about single words: whether a word occurs in food names, in brands, and
     * whether some indexed word begins with it. A query looks these up for every word it builds, with a
     * seek in the index's term dictionary for each; queries that miss the memo of whole answers (new
     * combinations of words) mostly reuse words already seen. Facts belong to one version of the index and
     * are dropped with it, so they are exactly as current as the search; the set is bounded by clearing it
     * when full (a word is looked up again at the cost of a seek).
     */
    private static final class WordFacts {
        static final int IN_TEXT = 1;
        static final int IN_BRAND = 2;
        static final int STARTS_A_WORD = 4;

        final long version;
        /** The reader the rewritten queries were expanded against (null: none are kept). */
        private final IndexReader reader;
        /** A searcher over {@link #reader}, to look words up with (null when there is no reader). */
        private final IndexSearcher lookups;
        private final java.util.concurrent.ConcurrentHashMap<String, Word> words =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> prefixes =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<Query, Query> rewritten =
                new java.util.concurrent.ConcurrentHashMap<>();

        WordFacts(long version, IndexReader reader) {
            this.version = version;
            this.reader = reader;
            this.lookups = reader == null ? null : new IndexSearcher(reader);
        }

        /**
         * What the index knows of an analysed word: IN_TEXT and IN_BRAND, and where it is in each field's term
         * dictionary (null where it does not occur, or when looked up in another reader than {@link #reader}).
         * A term query given those states does not look the word up again: that look-up was 4 % of the CPU of
         * distinct searches (docs/benchmarks.md, sixteenth round).
         */
        private record Word(int flags, TermStates text, TermStates brand) {
        }

        /**
         * A typo's query ({@link FuzzyQuery}) as the terms it matches in this reader, expanded once: building
         * its automaton and walking the term dictionary with it cost more than the rest of a search with a
         * typo (3-4 % of the CPU of distinct searches, whose words are mostly known; docs/benchmarks.md,
         * fifteenth round), and the same unknown words come back. The expansion holds each term's statistics
         * in this reader, so it is kept only for the reader it was made against.
         */
        Query rewritten(IndexSearcher searcher, Query query) throws IOException {
            if (searcher.getIndexReader() != reader) {
                return query; // another reader of the same version: expanded where it is searched
            }
            Query kept = rewritten.get(query);
            if (kept == null) {
                kept = searcher.rewrite(query);
                keep(rewritten, query, kept, REWRITTEN_SIZE);
            }
            return kept;
        }

        /** How many words are kept with their places in the term dictionary (for tests). */
        int wordsLookedUp() {
            return (int) words.values().stream().filter(w -> w.text() != null || w.brand() != null).count();
        }

        /** How many expanded queries are kept (for tests). */
        int rewrittenKept() {
            return rewritten.size();
        }

        /** IN_TEXT and IN_BRAND for an analysed word. */
        int of(IndexReader reader, String term) throws IOException {
            return word(reader, term).flags();
        }

        /**
         * A query for the word in one field (TEXT or BRAND), carrying its place in the term dictionary when it
         * was found. (A query whose states were built for another reader than the one searched looks the word up
         * itself, as a plain one does.)
         */
        static TermQuery termQuery(Word w, String field, String term) {
            TermStates states = FoodIndex.TEXT.equals(field) ? w.text() : FoodIndex.BRAND.equals(field) ? w.brand() : null;
            Term t = new Term(field, term);
            return states == null ? new TermQuery(t) : new TermQuery(t, states);
        }

        Word word(IndexReader in, String term) throws IOException {
            Word known = words.get(term);
            if (known != null) {
                return known;
            }
            Word w;
            if (in == reader && lookups != null) {
                TermStates text = TermStates.build(lookups, new Term(FoodIndex.TEXT, term), true);
                TermStates brand = TermStates.build(lookups, new Term(FoodIndex.BRAND, term), true);
                boolean inText = text.docFreq() > 0;
                boolean inBrand = brand.docFreq() > 0;
                w = new Word((inText ? IN_TEXT : 0) | (inBrand ? IN_BRAND : 0), inText ? text : null,
                        inBrand ? brand : null);
            } else {
                int f = in.docFreq(new Term(FoodIndex.TEXT, term)) > 0 ? IN_TEXT : 0;
                if (in.docFreq(new Term(FoodIndex.BRAND, term)) > 0) {
                    f |= IN_BRAND;
                }
                w = new Word(f, null, null);
            }
            keep(words, term, w, WORD_FACTS_SIZE);
            return w;
        }

        /** Whether some indexed word begins with {@code prefix}: the last word may be one still being typed. */
        boolean startsSomeWord(IndexReader reader, String prefix) throws IOException {
            Integer known = prefixes.get(prefix);
            if (known != null) {
                return (known & STARTS_A_WORD) != 0;
            }
            boolean starts = FoodSearch.startsSomeWord(reader, prefix);
            keep(prefixes, prefix, starts ? STARTS_A_WORD : 0, WORD_FACTS_SIZE);
            return starts;
        }

        /** Keeps a fact; a full map is emptied first (a fact dropped costs one look-up to find again). */
        private static <K, V> void keep(java.util.concurrent.ConcurrentHashMap<K, V> map, K key, V value, int max) {
            if (map.size() >= max) {
                map.clear();
            }
            map.put(key, value);
        }
    }

    /** How many words are kept with their places in the term dictionary, for the current index version (for tests). */
    int wordsLookedUp() {
        return facts.wordsLookedUp();
    }

    /** How many typos' expanded queries are kept for the current index version (for tests). */
    int rewrittenKept() {
        return facts.rewrittenKept();
    }

    /** The word facts of the searcher's index version (a newer version starts an empty set). */
    private WordFacts facts(IndexSearcher searcher) {
        long version = version(searcher);
        WordFacts f = facts;
        if (f.version == version) {
            return f;
        }
        WordFacts fresh = new WordFacts(version, searcher.getIndexReader());
        if (version > f.version) {
            facts = fresh;   // an older searcher still in use gets facts of its own, not kept
        }
        return fresh;
    }

    private record SearchKey(String text, long viewer, Set<Long> boosted, int limit) {
    }

    private record TyposKey(String text) {
    }

    /**
     * The index's version now: it changes whenever a sync indexes or removes a food, so with every change to
     * a food this instance has seen.
     */
    public long version() {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                return version(searcher);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long version(IndexSearcher searcher) {
        return searcher.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : Long.MIN_VALUE;
    }

    /**
     * @param viewer  the user id whose custom foods are visible, or 0 for anonymous
     * @param boosted ids to favour (the user's recent and frequent foods)
     */
    public List<Hit> search(String text, long viewer, Set<Long> boosted, int limit) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                long version = version(searcher);
                SearchKey key = new SearchKey(text, viewer, boosted == null ? Set.of() : Set.copyOf(boosted), limit);
                @SuppressWarnings("unchecked")
                List<Hit> known = (List<Hit>) memo.get(version, key);
                if (known != null) {
                    return known;
                }
                List<Hit> found = List.copyOf(search(searcher, text, viewer, key.boosted(), limit));
                memo.put(version, key, found);
                return found;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Hit> search(IndexSearcher searcher, String text, long viewer, Set<Long> boosted, int limit)
            throws IOException {
        List<List<List<String>>> parts = new ArrayList<>();
        for (List<String> spellings : Synonyms.parts(text)) {
            List<List<String>> analysed = new ArrayList<>();
            for (String spelling : spellings) {
                List<String> t = terms(spelling);
                if (!t.isEmpty()) {
                    analysed.add(t);
                }
            }
            if (!analysed.isEmpty()) {
                parts.add(analysed);
            }
        }
        if (parts.isEmpty() || limit <= 0) {
            return List.of();
        }
        int window = Math.max(RESCORE_WINDOW, limit * 5);
        TopWindow best = new TopWindow(window);
        ScoreDoc[] top = searcher.search(query(searcher, parts, true, viewer, boosted), best);
        if (top.length == 0 && wordCount(parts) > 1) {
            top = searcher.search(query(searcher, parts, false, viewer, boosted), best);
        }
        return rescoreWithPrior(searcher, top, limit);
    }

    /**
     * Multiplies each text score by the food's prior and re-sorts. Only the best-matching window of
     * documents is rescored, so the text query keeps Lucene's top-k shortcuts (block-max WAND) on a
     * catalogue of millions.
     */
    private static List<Hit> rescoreWithPrior(IndexSearcher searcher, ScoreDoc[] docs, int limit) throws IOException {
        // Doc values are read forwards, so the window is visited in document order: each document number
        // with its place in the window, packed in one long and sorted as numbers.
        int n = docs.length;
        long[] byDoc = new long[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = (long) docs[i].doc << 32 | i;
        }
        java.util.Arrays.sort(byDoc);
        float[] scores = new float[n];
        long[] ids = new long[n];
        long[] versions = new long[n];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        NumericDocValues priors = null;
        NumericDocValues idValues = null;
        NumericDocValues versionValues = null;
        for (long packed : byDoc) {
            int doc = (int) (packed >>> 32);
            int i = (int) packed;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                int li = ReaderUtil.subIndex(doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    leaf = leaves.get(li);
                    priors = leaf.reader().getNumericDocValues(FoodIndex.PRIOR);
                    idValues = leaf.reader().getNumericDocValues(FoodIndex.ID);
                    versionValues = leaf.reader().getNumericDocValues(FoodIndex.VERSION);
                }
            }
            int local = doc - leaf.docBase;
            float score = docs[i].score;
            if (priors != null && priors.advanceExact(local)) {
                score *= Float.intBitsToFloat((int) priors.longValue());
            }
            scores[i] = score;
            ids[i] = idValues != null && idValues.advanceExact(local) ? idValues.longValue() : -1;
            versions[i] = versionValues != null && versionValues.advanceExact(local) ? versionValues.longValue() : -1;
        }
        // The best `limit` by final score (ties: the lower document first), kept in order as they are found:
        // a window of a few hundred needs no full sort for ten hits.
        int[] best = new int[Math.min(limit, n)];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (ids[i] < 0) {
                continue;
            }
            int at = kept;
            while (at > 0 && before(scores, docs, i, best[at - 1])) {
                at--;
            }
            if (at >= best.length) {
                continue;
            }
            int last = Math.min(kept, best.length - 1);
            System.arraycopy(best, at, best, at + 1, last - at);
            best[at] = i;
            kept = Math.min(kept + 1, best.length);
        }
        List<Hit> hits = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            int i = best[k];
            hits.add(new Hit(ids[i], scores[i], versions[i]));
        }
        return hits;
    }

    /** Whether window entry a ranks before b: the higher score, then the lower document. */
    private static boolean before(float[] scores, ScoreDoc[] docs, int a, int b) {
        int c = Float.compare(scores[b], scores[a]);
        return c != 0 ? c < 0 : docs[a].doc < docs[b].doc;
    }

    private static int wordCount(List<List<List<String>>> parts) {
        return parts.stream().mapToInt(p -> p.get(0).size()).sum();
    }

    /**
     * @param parts       the query's parts, each with one or more spellings (lists of words)
     * @param allRequired every word of some spelling of every part must match (exactly, or as a
     *                    typo or prefix for unknown words); otherwise all but one word of three or
     *                    more, or any one of two, across the parts as typed
     */
    private Query query(IndexSearcher searcher, List<List<List<String>>> parts, boolean allRequired, long viewer,
                        Set<Long> boosted) throws IOException {
        WordFacts facts = facts(searcher);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        int lastPart = parts.size() - 1;
        if (allRequired) {
            for (int p = 0; p < parts.size(); p++) {
                List<List<String>> spellings = parts.get(p);
                if (spellings.size() == 1) {
                    List<String> words = spellings.get(0);
                    for (int i = 0; i < words.size(); i++) {
                        text.add(termQuery(facts, searcher, words.get(i), p == lastPart && i == words.size() - 1), Occur.MUST);
                    }
                } else {
                    BooleanQuery.Builder either = new BooleanQuery.Builder();
                    for (List<String> words : spellings) {
                        BooleanQuery.Builder all = new BooleanQuery.Builder();
                        for (String w : words) {
                            all.add(termQuery(facts, searcher, w, false), Occur.MUST);
                        }
                        either.add(all.build(), Occur.SHOULD);
                    }
                    text.add(either.build(), Occur.MUST);
                }
            }
        } else {
            List<String> words = new ArrayList<>();
            parts.forEach(p -> words.addAll(p.get(p.size() - 1)));
            for (int i = 0; i < words.size(); i++) {
                text.add(termQuery(facts, searcher, words.get(i), i == words.size() - 1), Occur.SHOULD);
            }
            text.setMinimumNumberShouldMatch(words.size() >= 3 ? words.size() - 1 : 1);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text.build(), Occur.MUST);
        // Custom foods are private: exclude those of every other user (few documents, so cheap).
        BooleanQuery.Builder othersPrivate = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FoodIndex.PRIVATE, "1")), Occur.MUST);
        if (viewer > 0) {
            othersPrivate.add(new TermQuery(new Term(FoodIndex.OWNER, Long.toString(viewer))), Occur.MUST_NOT);
        }
        all.add(othersPrivate.build(), Occur.MUST_NOT);
        if (viewer > 0) {
            all.add(new BoostQuery(new TermQuery(new Term(FoodIndex.OWNER, Long.toString(viewer))), OWN_FOOD_BOOST),
                    Occur.SHOULD);
        }
        if (boosted != null && !boosted.isEmpty()) {
            List<BytesRef> keys = boosted.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            all.add(new BoostQuery(new TermInSetQuery(FoodIndex.ID + "_key", keys), BOOSTED_IDS_FACTOR), Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * One query word: the name, the main noun (weighted double) and the brand, summed. (A sum keeps
     * Lucene's block-max top-k skipping, which a max-disjunction loses on millions of documents.)
     * Clauses on fields where the word never occurs are left out.
     */
    private static Query termQuery(WordFacts facts, IndexSearcher searcher, String t, boolean last) throws IOException {
        Term text = new Term(FoodIndex.TEXT, t);
        WordFacts.Word word = facts.word(searcher.getIndexReader(), t);
        boolean inText = (word.flags() & WordFacts.IN_TEXT) != 0;
        boolean inBrand = (word.flags() & WordFacts.IN_BRAND) != 0;
        if (inText && !inBrand) {
            // the common case: a plain term query keeps block-max skipping
            return WordFacts.termQuery(word, FoodIndex.TEXT, t);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (inText) {
            b.add(WordFacts.termQuery(word, FoodIndex.TEXT, t), Occur.SHOULD);
        }
        if (inBrand) {
            b.add(WordFacts.termQuery(word, FoodIndex.BRAND, t), Occur.SHOULD);
        }
        // A word the catalogue knows is taken as typed; only unknown words are treated as typos or
        // unfinished words. This keeps queries cheap on a catalogue of millions.
        if (!inText && !inBrand) {
            if (t.length() >= 4 && !t.chars().allMatch(Character::isDigit)) {
                int edits = t.length() >= 7 ? 2 : 1;
                b.add(new BoostQuery(facts.rewritten(searcher, new FuzzyQuery(text, edits, 1, 50, true)), FUZZY_WEIGHT),
                        Occur.SHOULD);
            }
            if (last && t.length() >= 3) {
                b.add(new BoostQuery(new PrefixQuery(text), PREFIX_WEIGHT), Occur.SHOULD);
            }
            if (b.build().clauses().isEmpty()) {
                b.add(new TermQuery(text), Occur.SHOULD);   // matches nothing, keeps "all words" honest
            }
        }
        return b.build();
    }

    /**
     * The words of the query, as typed, that the catalogue does not know (neither in a name nor a
     * brand) and that are long enough to be read as typos: these are what the search corrected.
     * Words inside a known phrase ("mangetout") are not typos.
     */
    public List<String> unknownWords(String text) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                long version = version(searcher);
                TyposKey key = new TyposKey(text);
                @SuppressWarnings("unchecked")
                List<String> known = (List<String>) memo.get(version, key);
                if (known != null) {
                    return known;
                }
                List<String> found = List.copyOf(unknownWords(facts(searcher), searcher.getIndexReader(), text));
                memo.put(version, key, found);
                return found;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> unknownWords(WordFacts facts, IndexReader reader, String text) throws IOException {
        List<List<String>> parts = Synonyms.parts(text);
        List<String> out = new ArrayList<>();
        if (parts.isEmpty() || parts.get(0).size() != 1) {
            return out;
        }
        String[] words = NOT_WORD.split(parts.get(0).get(0));
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            List<String> t = terms(word);
            if (word.length() < 4 || t.size() != 1 || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean typing = i == words.length - 1
                    && facts.startsSomeWord(reader, word.toLowerCase(java.util.Locale.ROOT));
            if (!typing && (facts.of(reader, t.get(0)) & (WordFacts.IN_TEXT | WordFacts.IN_BRAND)) == 0) {
                out.add(word);
            }
        }
        return out;
    }

    /** Whether some indexed word begins with {@code prefix}: the last word may be one still being typed. */
    private static boolean startsSomeWord(IndexReader reader, String prefix) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(FoodIndex.TEXT);
            if (terms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            if (te.seekCeil(new BytesRef(prefix)) != org.apache.lucene.index.TermsEnum.SeekStatus.END
                    && te.term().utf8ToString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    List<String> terms(String text) {
        return analyzers.with(analyzer -> terms(analyzer, text));
    }

    /** The text's words as the index analyses them, each once, in order. */
    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        for (String t : WeightedTerms.terms(analyzer, text)) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
