package org.openplate.food.usda;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * The compact food bundle shipped inside the jar: gzip'd, tab-separated, one food per line.
 *
 * <pre>
 * #openplate-foods v1 source=usda-sr24
 * sourceId  group  name  pcf  fcf  ccf  id=value,id=value,…  grams=name|grams=name|…
 * </pre>
 * Names never contain tabs or '|' (checked when writing). Absent nutrients are simply not listed.
 */
public final class FoodBundle {

    static final String HEADER_PREFIX = "#openplate-foods v1 source=";

    private FoodBundle() {
    }

    public static void write(OutputStream out, String source, List<FoodRecord> foods) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
                StandardCharsets.UTF_8))) {
            w.write(HEADER_PREFIX + source);
            w.newLine();
            for (FoodRecord f : foods) {
                StringBuilder nutrients = new StringBuilder();
                f.nutrients().per100g().forEach((id, v) -> nutrients.append(nutrients.length() == 0 ? "" : ",")
                        .append(id).append('=').append(number(v)));
                StringBuilder portions = new StringBuilder();
                for (Portion p : f.portions()) {
                    if (p.name().contains("|") || p.name().contains("\t")) {
                        throw new IllegalArgumentException("portion name with a separator: " + p.name());
                    }
                    portions.append(portions.length() == 0 ? "" : "|").append(number(p.grams())).append('=')
                            .append(p.name());
                }
                if (f.name().contains("\t")) {
                    throw new IllegalArgumentException("name with a tab: " + f.name());
                }
                w.write(String.join("\t", f.sourceId(), nullToEmpty(f.foodGroup()), f.name(),
                        factor(f.proteinFactor()), factor(f.fatFactor()), factor(f.carbFactor()),
                        nutrients.toString(), portions.toString()));
                w.newLine();
            }
        }
    }

    /** How many foods a bundle holds (its lines after the header), without parsing them. */
    public static int count(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith(HEADER_PREFIX)) {
                throw new IllegalStateException("not an OpenPlate food bundle");
            }
            int count = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Streams the bundle's foods to {@code consumer}; returns how many were read. */
    public static int read(InputStream in, Consumer<FoodRecord> consumer) {
        return read(in, id -> true, consumer);
    }

    /**
     * As {@link #read(InputStream, Consumer)}, handing on only the foods whose source id {@code wanted}
     * accepts; the others are counted but not parsed, so picking a few foods out of a bundle costs little
     * more than inflating it. Returns the number of foods in the bundle.
     */
    public static int read(InputStream in, java.util.function.Predicate<String> wanted, Consumer<FoodRecord> consumer) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith(HEADER_PREFIX)) {
                throw new IllegalStateException("not an OpenPlate food bundle");
            }
            String source = header.substring(HEADER_PREFIX.length()).trim();
            int count = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (wanted.test(tab < 0 ? line : line.substring(0, tab))) {
                    consumer.accept(parse(source, line));
                }
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FoodRecord parse(String source, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 8) {
            throw new IllegalStateException("bad bundle line: " + line);
        }
        Map<String, Double> nutrients = new LinkedHashMap<>();
        if (!c[6].isEmpty()) {
            for (String kv : c[6].split(",")) {
                int eq = kv.indexOf('=');
                nutrients.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
            }
        }
        List<Portion> portions = new ArrayList<>();
        if (!c[7].isEmpty()) {
            for (String gp : c[7].split("\\|")) {
                int eq = gp.indexOf('=');
                portions.add(new Portion(gp.substring(eq + 1), Double.parseDouble(gp.substring(0, eq))));
            }
        }
        return new FoodRecord(source, c[0], c[2], null, c[1].isEmpty() ? null : c[1], null, new Nutrients(nutrients),
                portions, parseFactor(c[3]), parseFactor(c[4]), parseFactor(c[5]));
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String factor(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%s", number(v));
    }

    private static Double parseFactor(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
