package org.openplate.transfer;

import java.util.Map;
import java.util.Objects;

/**
 * Compares a stored row with the values a restore would write, so that restoring the same export
 * again counts nothing as added or updated. The two databases return the same value in different
 * Java types (an INTEGER as Integer or Long, a double as Double or BigDecimal, a flag as Boolean),
 * so numbers compare by value and flags as 1/0.
 */
final class RowValues {

    private RowValues() {
    }

    /** True when every value to write equals the stored one (stored columns not written are ignored). */
    static boolean same(Map<String, Object> stored, Map<String, Object> incoming) {
        for (Map.Entry<String, Object> e : incoming.entrySet()) {
            if (!equal(stored.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    static boolean equal(Object a, Object b) {
        Object x = flag(a);
        Object y = flag(b);
        if (x instanceof Number n && y instanceof Number m) {
            double p = n.doubleValue();
            double q = m.doubleValue();
            // a REAL column may hold a double rounded to float precision: equal within that rounding
            return p == q || Math.abs(p - q) <= 1e-6 * Math.max(Math.abs(p), Math.abs(q));
        }
        if (x == null || y == null) {
            return x == y;
        }
        return Objects.equals(x.toString(), y.toString());
    }

    private static Object flag(Object v) {
        return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    }
}
