package org.openplate.food.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.csv.Csv;
import org.openplate.csv.CsvStream;
import org.openplate.food.importer.Importers.Input;
import org.openplate.food.importer.Importers.Row;

/** A CSV file with a header row, read as rows keyed by a numeric id column (fdc_id or id). */
final class FdcTable implements Importers.RowSource {
    private final CsvStream in;
    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;
    private final int keyColumn;
    private final String keyName;

    FdcTable(BufferedReader reader, String name, String keyName) throws IOException {
        this.in = new CsvStream(reader, ',');
        this.name = name;
        this.keyName = keyName;
        CsvStream.Record header = in.next();
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty (expected a header row)");
        }
        if (header.error() != null) {
            throw new IllegalArgumentException(name + ": bad header row: " + header.error());
        }
        List<String> h = header.fields();
        for (int i = 0; i < h.size(); i++) {
            columns.putIfAbsent(Csv.withoutBom(h.get(i)).trim().toLowerCase(Locale.ROOT), i);
        }
        this.width = h.size();
        this.keyColumn = require(keyName);
    }

    String name() {
        return name;
    }

    int require(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException(name + " has no '" + column + "' column in its header");
        }
        return i;
    }

    /** The row's cell in {@code column}, or {@code absent} when the file has no such column. */
    String cell(Row r, String column, String absent) {
        Integer i = columns.get(column);
        return i == null || i >= r.fields().size() ? absent : r.fields().get(i);
    }

    @Override
    public Row next() throws IOException {
        CsvStream.Record record = in.next();
        if (record == null) {
            return null;
        }
        if (record.error() != null) {
            return new Row(record.line(), null, List.of(), record.error());
        }
        List<String> f = record.fields();
        String key = f.size() > keyColumn ? f.get(keyColumn).trim() : "";
        if (!key.matches("\\d+")) {
            return new Row(record.line(), null, f, "missing or non-numeric " + keyName + " '" + key + "'");
        }
        if (f.size() != width) {
            return new Row(record.line(), key, f, "expected " + width + " fields, found " + f.size());
        }
        return new Row(record.line(), key, f, null);
    }
    /** A small id → column table (measure_unit.csv, food_category.csv), or empty when not given. */
    static Map<String, String> idMap(Path file, String name, String column) throws IOException {
        Map<String, String> map = new HashMap<>();
        if (file != null) {
            try (Input in = new Input(file, name, StandardCharsets.UTF_8)) {
                FdcTable t = new FdcTable(in.reader, name, "id");
                t.require(column);
                for (Row r = t.next(); r != null; r = t.next()) {
                    if (r.error() == null) {
                        map.put(r.key(), t.cell(r, column, "").trim());
                    }
                }
            }
        }
        return map;
    }

}
