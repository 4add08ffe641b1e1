package org.openplate.chart;

/** A linear map from data values {@code [d0, d1]} to drawing positions {@code [r0, r1]}. */
record Scale(double d0, double d1, double r0, double r1) {

    Scale {
        if (d0 == d1 || !Double.isFinite(d0) || !Double.isFinite(d1)) {
            throw new IllegalArgumentException("an empty or infinite domain: " + d0 + ".." + d1);
        }
    }

    double at(double v) {
        return round(r0 + (v - d0) * (r1 - r0) / (d1 - d0));
    }

    /** The position of {@code v}, kept inside the drawing range (for values off the axis). */
    double clamped(double v) {
        double lo = Math.min(r0, r1);
        double hi = Math.max(r0, r1);
        return Math.max(lo, Math.min(hi, at(v)));
    }

    static double round(double v) {
        return Math.rint(v * 10) / 10;
    }
}
