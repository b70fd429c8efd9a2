#!/usr/bin/env python3
"""Generates the dev35 JSONL files from items_a/b/c."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import items_a, items_b, items_c  # noqa: F401  (register items)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["lookup", "breakdown", "computation", "budget_vs_actual", "yoy_trend", "cross_unit",
         "variance_draft", "text", "multi_turn", "not_found", "robustness"]
for cat in ORDER:
    with open(os.path.join(OUT, cat + ".jsonl"), "w", encoding="utf-8") as f:
        for it in common.ITEMS.get(cat, []):
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(cat, len(common.ITEMS.get(cat, [])))
