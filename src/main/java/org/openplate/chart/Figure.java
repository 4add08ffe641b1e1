package org.openplate.chart;

import java.util.function.Function;

/** The same chart drawn for narrow screens and for wide ones; the page shows one of them (charts.css). */
public record Figure(Chart compact, Chart wide) {

    public static Figure of(Function<Size, Chart> draw) {
        return new Figure(draw.apply(Size.COMPACT), draw.apply(Size.WIDE));
    }

    public boolean empty() {
        return wide.empty();
    }
}
