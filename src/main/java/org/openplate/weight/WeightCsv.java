package org.openplate.weight;

import java.util.List;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.csv.Csv;

/**
 * One line of a weight import, in the app's CSV dialect ({@link Csv}): RFC 4180 quoting, separated
 * by the first comma, semicolon or TAB outside quotes (spreadsheets in comma-decimal locales write
 * semicolons). A decimal comma in a number ("80,5", quoted or after semicolons) reads as a point.
 */
final class WeightCsv {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*\\d+,\\d+\\s*[a-zA-Z]*\\s*");

    private WeightCsv() {
    }

    /** The line's fields, unquoted. */
    static List<String> fields(String line) {
        try {
            List<Csv.Row> rows = Csv.read(line, separator(line));
            return rows.isEmpty() ? List.of("") : rows.get(0).fields();
        } catch (Csv.BrokenRecordException e) {
            throw new BadInputException("csv", e.getMessage() + ".");
        }
    }

    /** "80,5" → "80.5", "80,5kg" → "80.5kg"; anything else unchanged. */
    static String decimalPoint(String value) {
        return value != null && DECIMAL_COMMA.matcher(value).matches() ? value.replace(',', '.') : value;
    }

    private static char separator(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                return c;
            }
        }
        return ',';
    }
}
