import json, os, re
from decimal import Decimal
from calc import evaluate, numbers_in, rnd

D0 = "000_2a4a6f0d8c259386"   # 株洲市人民政府办公室 2024 部门决算 (text)
D1 = "001_c98938bd16771fdc"   # 株洲市人民政府驻北京联络处 2024 决算 (text)
D2 = "002_f16b9cd1552d1230"   # 中共株洲市天元区委办公室 2024 决算 (text)
D3 = "003_ff9efc1699625d1f"   # 株洲市人民政府办公室 2024 部门预算说明 (text)
CZJ = "putuo-czj-2024-bumen-juesuan"
SFJB = "putuo-sfj-2026-bumen-yusuan"
SFJD = "putuo-sfj-2026-danwei-yusuan"
FLY = "putuo-shfly-2024-danwei-yusuan"
SWHB = "putuo-swh-2025-bumen-yusuan"
SWHD = "putuo-swh-2025-danwei-yusuan"
WL23 = "putuo-wanli-2023-bumen-yusuan"
WL24 = "putuo-wanli-2024-bumen-yusuan"
SHCZJ = "shanghai-czj-2025-danwei-yusuan"

CONSTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}


def V(value, measure, note):
    return {"value": str(value), "measure": measure, "note": note}


def C(expr, desc, measure, dp=2):
    r = rnd(evaluate(expr), dp)
    return {"value": str(r), "measure": measure, "note": "计算：%s=%s（%s）" % (expr, r, desc)}


def E(doc, table="", section="", row="", column=""):
    return {"docId": doc, "table": table, "section": section, "row": row, "column": column}


ITEMS = {}


def add(cat, turns, expect, values, evidence, phrases, notes):
    if isinstance(turns, str):
        turns = [turns]
    lst = ITEMS.setdefault(cat, [])
    iid = "%s-36%02d" % (cat, len(lst) + 1)
    # self-check: formula inputs listed
    vals = [Decimal(v["value"]) for v in values]
    for v in values:
        if v["note"].startswith("计算："):
            m = re.match(r'^计算：(.+)=(-?[\d.]+)（', v["note"])
            for n in numbers_in(m.group(1)):
                d = Decimal(n)
                if d in CONSTS:
                    continue
                if d not in vals:
                    raise SystemExit("%s: formula input %s not listed" % (iid, n))
    lst.append({"id": iid, "category": cat, "turns": turns, "expect": expect,
                "values": values, "evidence": evidence, "phrases": phrases, "notes": notes})
    return iid


def write(outdir):
    for cat, lst in ITEMS.items():
        with open(os.path.join(outdir, cat + ".jsonl"), "w", encoding="utf-8") as f:
            for it in lst:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
