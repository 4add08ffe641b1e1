package org.openplate.food.usda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openplate.csv.Csv;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * Reads USDA SR24 as distributed in the zip of per-food XML files: the current foods listed in
 * {@code foods.index} (retired foods are skipped), with every nutrient, factors and portions.
 * Nutrient names in the XML are mapped to catalogue ids through {@code nutrients.csv} (name, unit,
 * USDA number), and the units are checked against the catalogue's.
 */
public final class Sr24Reader {

    public static final String SOURCE = "usda-sr24";

    private Sr24Reader() {
    }

    public static List<FoodRecord> read(Path zip, Path nutrientsCsv) throws IOException {
        Map<String, String> nameToId = nutrientIds(nutrientsCsv);
        List<FoodRecord> foods = new ArrayList<>();
        XMLInputFactory xml = XMLInputFactory.newFactory();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> ids = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    z.getInputStream(z.getEntry("usda_sr24/foods.index")), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        ids.add(line.substring(0, line.indexOf('|')));
                    }
                }
            }
            for (String id : ids) {
                ZipEntry e = z.getEntry("usda_sr24/" + id + ".xml");
                if (e == null) {
                    throw new IOException("foods.index lists " + id + " but its XML is missing");
                }
                try (var in = z.getInputStream(e)) {
                    foods.add(parse(xml.createXMLStreamReader(in, "UTF-8"), nameToId));
                } catch (XMLStreamException ex) {
                    throw new IOException("bad XML for food " + id, ex);
                }
            }
        }
        return foods;
    }

    private static FoodRecord parse(XMLStreamReader x, Map<String, String> nameToId) throws XMLStreamException {
        String uid = null;
        String name = null;
        Double pcf = null;
        Double fcf = null;
        Double ccf = null;
        Map<String, Double> nutrients = new LinkedHashMap<>();
        List<Portion> portions = new ArrayList<>();
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "food" -> {
                    uid = x.getAttributeValue(null, "uid");
                    name = x.getAttributeValue(null, "name");
                    pcf = optional(x.getAttributeValue(null, "pcf"));
                    fcf = optional(x.getAttributeValue(null, "fcf"));
                    ccf = optional(x.getAttributeValue(null, "ccf"));
                }
                case "measure" -> {
                    double amount = Double.parseDouble(x.getAttributeValue(null, "amount"));
                    double grams = Double.parseDouble(x.getAttributeValue(null, "grams"));
                    String label = trimAmount(amount) + " " + PortionLabels.complete(x.getAttributeValue(null, "name"));
                    if (grams > 0) {
                        portions.add(new Portion(label, grams));
                    }
                }
                case "nutrient" -> {
                    String n = x.getAttributeValue(null, "name");
                    String id = nameToId.get(n);
                    if (id == null) {
                        throw new IllegalStateException("nutrient '" + n + "' of food " + uid + " is not in nutrients.csv");
                    }
                    nutrients.merge(id, Double.parseDouble(x.getAttributeValue(null, "amount")), Double::sum);
                }
                default -> { }
            }
        }
        return new FoodRecord(SOURCE, uid, name, null, FoodGroups.forNdb(uid), null, new Nutrients(nutrients),
                portions, pcf, fcf, ccf);
    }

    /** nutrients.csv: name,unit,usda_nutr_no,category,parent (quoted numbers for sums). */
    static Map<String, String> nutrientIds(Path csv) throws IOException {
        Map<String, String> map = new HashMap<>();
        List<Csv.Row> rows = Csv.read(java.nio.file.Files.readString(csv, StandardCharsets.UTF_8), ',');
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.fields();
            String name = c.get(0);
            String unit = c.get(1);
            String number = c.get(2).split(",")[0].trim();
            Nutrient n = (number.isEmpty()
                    ? NutrientCatalog.byId(name.toLowerCase(java.util.Locale.ROOT))
                    : NutrientCatalog.byUsdaNumber(number))
                    .orElseThrow(() -> new IllegalStateException("no catalogue nutrient for " + name));
            if (!n.unit().equals(unit)) {
                throw new IllegalStateException(name + " is in " + unit + " but the catalogue uses " + n.unit());
            }
            map.put(name, n.id());
        }
        return map;
    }

    private static Double optional(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }

    private static String trimAmount(double amount) {
        return amount == Math.rint(amount) ? Long.toString((long) amount)
                : java.math.BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }
}
