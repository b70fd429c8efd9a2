"""Helpers shared by the dev35 generator."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check import compute  # the same Decimal formula parser that check.py uses

Z0 = "000_2a4a6f0d8c259386"   # 株洲市人民政府办公室 2024年度部门决算 (text export)
Z1 = "001_c98938bd16771fdc"   # 株洲市人民政府驻北京联络处 2024年度部门决算 (text export)
Z2 = "002_f16b9cd1552d1230"   # 中共株洲市天元区委办公室 2024年度部门决算 (text export)
Z3 = "003_ff9efc1699625d1f"   # 株洲市人民政府办公室 2024年部门预算说明 (text export)
CZJ = "putuo-czj-2024-bumen-juesuan"
SFJB = "putuo-sfj-2026-bumen-yusuan"
SFJD = "putuo-sfj-2026-danwei-yusuan"
FLY = "putuo-shfly-2024-danwei-yusuan"
SWHB = "putuo-swh-2025-bumen-yusuan"
SWHD = "putuo-swh-2025-danwei-yusuan"
WL23 = "putuo-wanli-2023-bumen-yusuan"
WL24 = "putuo-wanli-2024-bumen-yusuan"
SHCZJ = "shanghai-czj-2025-danwei-yusuan"

ITEMS = {}

def V(value, measure, note):
    return {"value": str(value), "measure": measure, "note": note}

def C(formula, measure, desc):
    r = compute(formula, measure)
    return {"value": r, "measure": measure, "note": "计算：%s=%s（%s）" % (formula, r, desc)}

def E(doc, table="", section="", row="", column=""):
    return {"docId": doc, "table": table, "section": section, "row": row, "column": column}

def add(cat, turns, expect, values, evidence, notes, phrases=()):
    if isinstance(turns, str):
        turns = [turns]
    lst = ITEMS.setdefault(cat, [])
    lst.append({"id": "%s-%d" % (cat, 3501 + len(lst)), "category": cat, "turns": list(turns),
                "expect": expect, "values": list(values), "evidence": list(evidence),
                "phrases": list(phrases), "notes": notes})
