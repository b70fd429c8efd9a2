"""Generate /work/dev37/*.jsonl from the item definitions."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from base import ITEMS
import items_a, items_b, items_c, items_d, items_e, items_f, items_g  # noqa: F401

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ["lookup", "breakdown", "computation", "budget_vs_actual", "yoy_trend", "cross_unit",
         "variance_draft", "text", "multi_turn", "not_found", "robustness"]
for cat in ORDER:
    with open(os.path.join(OUT, cat + ".jsonl"), "w", encoding="utf-8") as f:
        for n, it in enumerate(ITEMS[cat], start=3701):
            rec = {"id": "%s-%d" % (cat, n), "category": cat, "turns": it["turns"], "expect": it["expect"],
                   "values": it["values"], "evidence": it["evidence"], "phrases": it["phrases"], "notes": it["notes"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(cat, len(ITEMS[cat]))
