# -*- coding: utf-8 -*-
"""Generate the dev34 JSONL files. Run: python3 src/gen.py (from /work/dev34)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DOCS, evaluate, q

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['lookup', 'breakdown', 'computation', 'budget_vs_actual', 'yoy_trend', 'cross_unit',
        'variance_draft', 'text', 'multi_turn', 'not_found', 'robustness']
ITEMS = {c: [] for c in CATS}


def V(v, m, n):
    return {"value": str(v), "measure": m, "note": n}


def C(f, m, desc, dp=2):
    r = q(evaluate(f), dp)
    return V(str(r), m, "计算：%s=%s（%s）" % (f, r, desc))


def E(k, table, section='', row='', column=''):
    return {"docId": DOCS[k], "table": table, "section": section, "row": row, "column": column}


def add(cat, turns, expect, values=(), ev=(), phrases=(), notes=''):
    if isinstance(turns, str):
        turns = [turns]
    ITEMS[cat].append({"turns": list(turns), "expect": expect, "values": list(values),
                       "evidence": list(ev), "phrases": list(phrases), "notes": notes})


for mod in ['items_a', 'items_b', 'items_c']:
    __import__(mod).build(add, V, C, E)

for cat in CATS:
    with open(os.path.join(OUT, cat + '.jsonl'), 'w', encoding='utf-8') as fh:
        for n, it in enumerate(ITEMS[cat]):
            rec = {"id": "%s-%d" % (cat, 3401 + n), "category": cat, "turns": it["turns"],
                   "expect": it["expect"], "values": it["values"], "evidence": it["evidence"],
                   "phrases": it["phrases"], "notes": it["notes"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(cat, len(ITEMS[cat]))
