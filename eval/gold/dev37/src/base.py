from decimal import Decimal
from common import evaluate, quant, ZERO_DP

T0 = "000_2a4a6f0d8c259386"   # 株洲市人民政府办公室 2024 部门决算
T1 = "001_c98938bd16771fdc"   # 株洲市人民政府驻北京联络处 2024 决算
T2 = "002_f16b9cd1552d1230"   # 中共株洲市天元区委办公室 2024 决算
T3 = "003_ff9efc1699625d1f"   # 株洲市人民政府办公室 2024 部门预算说明
CZJ = "putuo-czj-2024-bumen-juesuan"
SFB = "putuo-sfj-2026-bumen-yusuan"
SFD = "putuo-sfj-2026-danwei-yusuan"
FLY = "putuo-shfly-2024-danwei-yusuan"
SWB = "putuo-swh-2025-bumen-yusuan"
SWD = "putuo-swh-2025-danwei-yusuan"
WL23 = "putuo-wanli-2023-bumen-yusuan"
WL24 = "putuo-wanli-2024-bumen-yusuan"
SHC = "shanghai-czj-2025-danwei-yusuan"

ITEMS = {}


def V(value, measure, note):
    return {"value": str(value), "measure": measure, "note": note}


def C(expr, measure, desc):
    dp = 0 if measure in ZERO_DP else 2
    r = quant(evaluate(expr), dp)
    return {"value": str(r), "measure": measure, "note": "计算：%s=%s（%s）" % (expr, r, desc)}


def E(doc, table="", section="", row="", column=""):
    return {"docId": doc, "table": table, "section": section, "row": row, "column": column}


def add(cat, turns, expect, values=(), evidence=(), phrases=(), notes=""):
    if isinstance(turns, str):
        turns = [turns]
    ITEMS.setdefault(cat, []).append({
        "category": cat, "turns": list(turns), "expect": expect,
        "values": list(values), "evidence": list(evidence), "phrases": list(phrases), "notes": notes})
