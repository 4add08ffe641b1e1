#!/usr/bin/env python3
"""Expected diary figures for DiaryTotalsUsdaTest, computed straight from the USDA SR24 source.

Reads the SR24 release as USDA data in XML (one file per food: per-100 g nutrient amounts and the
household measures with their gram weights), not the app's bundle, and writes one row per logged
entry: the amount as the test logs it and the nutrient amounts it must come to.

Usage (from the repository root):
    python3 src/test/resources/diary/make-usda-expected.py path/to/usda_sr24.zip > src/test/resources/diary/usda-expected.tsv
"""
import sys
import xml.etree.ElementTree as ET
import zipfile

GRAMS_PER_OZ = 28.349523125
ML_PER_CUP = 236.5882365
NUTRIENTS = [("energy", "Energy"), ("protein", "Protein"), ("fat", "Fat"), ("carbs", "Carbs"),
             ("fiber", "Fiber"), ("sodium", "Sodium"), ("calcium", "Calcium"), ("iron", "Iron"),
             ("vitamin_c", "Vitamin C")]
# (NDB number, unit, amount): unit is "g", "oz", "ml" (density from the 1-cup measure) or a measure
# name as USDA writes it (the test finds the app's portion with that name and weight).
ENTRIES = [
    ("09040", 'medium (7" to 7-7/8" long)', 1), ("01079", "cup", 1), ("01123", "large", 2),
    ("18069", "slice", 2), ("05064", "g", 150), ("20045", "cup", 1), ("04053", "tablespoon", 1),
    ("01009", "oz", 1.5), ("16015", "cup", 0.5), ("09206", "cup", 1), ("09003", "g", 182),
    ("11090", "g", 100), ("15076", "oz", 4), ("12061", "oz", 1), ("16098", "tbsp", 2),
    ("01117", "g", 170), ("11352", "g", 200), ("08120", "cup", 0.5), ("11529", "g", 123),
    ("14209", "ml", 240), ("14096", "serving 5 fl oz", 1), ("18140", "piece (1/12 of a cake)", 1),
]


def food(z, ndb):
    root = ET.fromstring(z.read("usda_sr24/%s.xml" % ndb))
    nutrients = {n.get("name"): float(n.get("amount")) for n in root.findall("nutrient")}
    measures = [(m.get("name"), float(m.get("amount")), float(m.get("grams"))) for m in root.findall("measure")]
    return root.get("name"), nutrients, measures


def main(path):
    z = zipfile.ZipFile(path)
    out = sys.stdout
    out.write("ndb\tname\tunit\tmeasure_grams\tamount\tgrams\t" + "\t".join(k for k, _ in NUTRIENTS) + "\n")
    for ndb, unit, amount in ENTRIES:
        name, nutrients, measures = food(z, ndb)
        measure_grams = ""
        if unit == "g":
            grams = amount
        elif unit == "oz":
            grams = amount * GRAMS_PER_OZ
        elif unit == "ml":
            cup = [g / a for (n, a, g) in measures if n == "cup" or n.startswith("cup ")]
            if not cup:
                raise SystemExit("%s has no cup measure for ml" % ndb)
            grams = amount * cup[0] / ML_PER_CUP
        else:
            match = [(a, g) for (n, a, g) in measures if n == unit]
            if not match:
                raise SystemExit("%s has no measure %r: %r" % (ndb, unit, measures))
            a, g = match[0]
            measure_grams = repr(g)
            grams = amount * g
        values = []
        for _, usda in NUTRIENTS:
            values.append("" if usda not in nutrients else repr(nutrients[usda] * grams / 100.0))
        out.write("\t".join([ndb, name, unit, measure_grams, repr(float(amount)), repr(grams)] + values) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
