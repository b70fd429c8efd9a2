"""Helpers shared by the dev33 item modules."""
import os, sys
from decimal import Decimal
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check import evaluate, expected_dp, qround  # same parser as the checker

T0 = "000_2a4a6f0d8c259386"   # 株洲市人民政府办公室 2024 部门决算
T1 = "001_c98938bd16771fdc"   # 株洲市人民政府驻北京联络处 2024 部门决算
T2 = "002_f16b9cd1552d1230"   # 中共株洲市天元区委办公室 2024 部门决算
T3 = "003_ff9efc1699625d1f"   # 株洲市人民政府办公室 2024 部门预算说明
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
    got, nums = evaluate(formula)
    dp = expected_dp(measure, formula, nums)
    res = str(qround(got, dp))
    return {"value": res, "measure": measure, "note": "计算：%s=%s（%s）" % (formula, res, desc)}

def E(doc, table="", section="", row="", column=""):
    return {"docId": doc, "table": table, "section": section, "row": row, "column": column}

def add(cat, turns, expect, values, evidence, phrases, notes):
    if isinstance(turns, str):
        turns = [turns]
    lst = ITEMS.setdefault(cat, [])
    lst.append({"id": "%s-%d" % (cat, 3301 + len(lst)), "category": cat, "turns": turns,
                "expect": expect, "values": values, "evidence": evidence,
                "phrases": phrases, "notes": notes})
