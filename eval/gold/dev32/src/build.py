# -*- coding: utf-8 -*-
"""Generates /work/dev32/*.jsonl from the item definitions in items_*.py."""
import json, os, sys
from decimal import Decimal
sys.path.insert(0, os.path.dirname(__file__))
from common import evaluate, places_for, quant

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ITEMS = {}
ORDER = ["lookup", "breakdown", "computation", "budget_vs_actual", "yoy_trend", "cross_unit",
         "variance_draft", "text", "multi_turn", "not_found", "robustness"]


def v(value, measure, note):
    return {"value": str(value), "measure": measure, "note": note}


def c(formula, measure, desc, places=None):
    p = places_for(measure) if places is None else places
    r = quant(evaluate(formula), p)
    s = format(r, "f")
    if s in ("-0", "-0.00"):
        s = s[1:]
    return {"value": s, "measure": measure, "note": "计算：%s=%s（%s）" % (formula, s, desc)}


def e(doc, table="", section="", row="", column=""):
    return {"docId": doc, "table": table, "section": section, "row": row, "column": column}


def add(cat, turns, expect, values, evidence, phrases, notes):
    if isinstance(turns, str):
        turns = [turns]
    ITEMS.setdefault(cat, []).append({
        "category": cat, "turns": turns, "expect": expect, "values": values,
        "evidence": evidence, "phrases": phrases, "notes": notes})


def write():
    for cat in ORDER:
        with open(os.path.join(OUT, cat + ".jsonl"), "w", encoding="utf-8") as f:
            for n, it in enumerate(ITEMS.get(cat, []), start=3201):
                obj = {"id": "%s-%d" % (cat, n), "category": cat, "turns": it["turns"],
                       "expect": it["expect"], "values": it["values"], "evidence": it["evidence"],
                       "phrases": it["phrases"], "notes": it["notes"]}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
        print(cat, len(ITEMS.get(cat, [])))


if __name__ == "__main__":
    import build as _b  # the item modules register into the importable module, not __main__
    import items_a, items_b, items_c  # noqa: F401  (they call add())
    _b.write()
