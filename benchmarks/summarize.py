#!/usr/bin/env python3
"""Prints a Markdown table of the JMH JSON files that benchmarks/targets.sh wrote: score ± error, B/op, and
for each generated or vector benchmark the baseline's score divided by it. Usage: summarize.py DIR [DIR...]
(one column group per directory, e.g. one per JDK). Only a reading aid: the JSON files are the record."""
import json
import pathlib
import re
import sys


def load(directory):
    rows = {}
    for path in sorted(pathlib.Path(directory).glob("*.json")):
        for result in json.loads(path.read_text()):
            name = result["benchmark"].rsplit(".", 2)
            key = name[-2] + "." + name[-1]
            if result.get("params"):
                key += " (" + ", ".join(f"{k}={v}" for k, v in result["params"].items()) + ")"
            primary = result["primaryMetric"]
            alloc = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            rows[key] = (primary["score"], primary["scoreError"], primary["scoreUnit"], alloc)
    return rows


def fmt(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}" if value < 10 else f"{value:.1f}"


def main(directories):
    tables = [load(d) for d in directories]
    keys = sorted(set().union(*tables))
    header = "| benchmark | " + " | ".join(f"{d}: score ± error | B/op | baseline ÷ this" for d in directories) + " |"
    print(header)
    print("|---|" + "---|---|---|" * len(directories))
    for key in keys:
        cells = []
        for table in tables:
            if key not in table:
                cells.append(" | | ")
                continue
            score, error, unit, alloc = table[key]
            baseline_key = re.sub(r"(Generated|Vector)", "Baseline", key, count=1)
            ratio = ""
            if baseline_key != key and baseline_key in table:
                ratio = f"{table[baseline_key][0] / score:.2f}×"
            alloc_text = "" if alloc is None else f"{alloc:.3g}"
            cells.append(f"{fmt(score)} ± {fmt(error)} {unit} | {alloc_text} | {ratio}")
        print(f"| {key} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:] or ["benchmarks/results/latest"])
