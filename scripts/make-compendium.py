#!/usr/bin/env python3
"""Generates src/main/resources/exercise/compendium-2024.tsv from the 2024 Adult Compendium JSON.

Usage (from the repository root):
    python3 scripts/make-compendium.py path/to/compendium-2024.json > src/main/resources/exercise/compendium-2024.tsv

Input: a JSON array of {heading, code, met, description, is_estimated}, 1,109 activities.
Output: one comment line naming the source, then code, MET, estimated (0/1), heading, description,
tab-separated, in the source's order.
"""
import json
import sys


def clean(text):
    return " ".join(str(text).replace("\t", " ").split())


def main(path):
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    out = sys.stdout
    out.write("# 2024 Adult Compendium of Physical Activities (Herrmann et al., J Sport Health Sci 2024;13(1):6-12)"
              " edition=2024 rows=%d\n" % len(rows))
    seen = set()
    for r in rows:
        code = clean(r["code"])
        if code in seen:
            raise SystemExit("duplicate code " + code)
        seen.add(code)
        out.write("\t".join([code, repr(float(r["met"])), "1" if r.get("is_estimated") else "0",
                             clean(r["heading"]), clean(r["description"])]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
