#!/usr/bin/env python3
"""Generates the dev33 JSONL files into /work/dev33/."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import items_lookup_breakdown, items_computation, items_b, items_c, items_d, items_e  # noqa: F401

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for cat, items in common.ITEMS.items():
    with open(os.path.join(OUT, cat + ".jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(cat, len(items))
