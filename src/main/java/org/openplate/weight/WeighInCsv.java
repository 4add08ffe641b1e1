package org.openplate.weight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;
import org.openplate.units.UnitSystem;
import org.openplate.web.FieldReader;

/**
 * Reads a weight import, "date,weight[,body fat %]" lines (a header line is skipped; weights in the
 * user's units unless they carry one, e.g. "72.5kg" or "160lb"), into typed weigh-ins, at the edge.
 * Each rejected line is reported with its number, column and reason.
 */
final class WeighInCsv {

    static final int MAX_IMPORT_ROWS = 20_000;

    /** CSV columns in order; a line's missing or empty value is absent, as in a form. */
    private static final List<String> COLUMNS = List.of("date", "weight", "bodyFat");

    /** The lines read (header and blank lines aside), the weigh-ins they gave, and each rejected line. */
    record Parsed(int read, List<WeighInRequest> rows, List<String> rejected) {
    }

    private WeighInCsv() {
    }

    static Parsed read(String text, UnitSystem units, LocalDate today) {
        List<WeighInRequest> rows = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int read = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text == null ? "" : text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || (n == 1 && !Character.isDigit(line.strip().charAt(0)))) {
                    continue;
                }
                read++;
                if (read > MAX_IMPORT_ROWS) {
                    throw new BadInputException("csv", "at most " + MAX_IMPORT_ROWS + " rows per import.");
                }
                try {
                    rows.add(WeightRequests.weighIn(FieldReader.of(fields(line)), units, today, true));
                } catch (BadInputException e) {
                    rejected.add("line " + n + column(e.field()) + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(read, rows, rejected);
    }

    /** One line's values by field; control characters and extra columns are refused naming the column. */
    private static Map<String, String> fields(String line) {
        List<String> c = WeightCsv.fields(line);
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            String value = WeightCsv.decimalPoint(c.get(i).strip());
            if (i >= COLUMNS.size()) {
                if (!value.isEmpty()) {
                    throw new BadInputException("column" + (i + 1), "there are at most " + COLUMNS.size()
                            + " values on a line: date, weight and body fat %.");
                }
                continue;
            }
            f.put(COLUMNS.get(i), TextInput.line(COLUMNS.get(i), value));
        }
        if (!FieldReader.filled(f.get("date"))) {
            throw new BadInputException("date", "date is missing; write it as yyyy-mm-dd.");
        }
        if (!FieldReader.filled(f.get("weight"))) {
            throw new BadInputException("weight", "weight is missing.");
        }
        return f;
    }

    /** ", column 2 (weight)" for a field of the CSV line, or "" when the error is not about one column. */
    private static String column(String field) {
        int i = COLUMNS.indexOf(field);
        if (i >= 0) {
            return ", column " + (i + 1) + " (" + field + ")";
        }
        return field != null && field.startsWith("column") ? ", column " + field.substring(6) : "";
    }
}
