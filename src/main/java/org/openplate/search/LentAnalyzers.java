package org.openplate.search;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analyzers lent to one caller at a time, each keeping its tokenizer and filters from one caller to the
 * next. Lucene keeps an analyzer's components per thread, and the server runs each request on a virtual
 * thread of its own, so an analyzer shared by the requests built new components (a tokenizer with its
 * buffers, and its filters) for every query it analysed (docs/benchmarks.md, fifteenth round). At most
 * {@code idle} analyzers wait between callers; more are made while more callers analyse at once, and
 * dropped after.
 */
public final class LentAnalyzers {

    private final Function<Analyzer.ReuseStrategy, Analyzer> make;
    private final ArrayBlockingQueue<Analyzer> idle;

    /** @param make builds an analyzer with the reuse strategy given (see {@link KeptComponents}) */
    public LentAnalyzers(Function<Analyzer.ReuseStrategy, Analyzer> make, int idle) {
        this.make = make;
        this.idle = new ArrayBlockingQueue<>(idle);
    }

    /** Runs {@code use} with an analyzer no other caller holds meanwhile. */
    public <T> T with(Function<Analyzer, T> use) {
        Analyzer a = idle.poll();
        if (a == null) {
            a = make.apply(new KeptComponents());
        }
        try {
            return use.apply(a);
        } finally {
            idle.offer(a); // dropped when enough wait already
        }
    }

    /** How many analyzers wait to be lent (for tests). */
    public int idle() {
        return idle.size();
    }

    /** One analyzer's components, kept for whichever single caller holds it. */
    private static final class KeptComponents extends Analyzer.ReuseStrategy {
        private String field;
        private Analyzer.TokenStreamComponents components;

        @Override
        public Analyzer.TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return fieldName.equals(field) ? components : null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName,
                                          Analyzer.TokenStreamComponents components) {
            this.field = fieldName;
            this.components = components;
        }
    }
}
