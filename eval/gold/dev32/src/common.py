# -*- coding: utf-8 -*-
"""Shared helpers for the dev32 generator and checker (standard library only)."""
import re
from decimal import Decimal, ROUND_HALF_UP

D0 = "000_2a4a6f0d8c259386"   # 株洲市人民政府办公室 2024 部门决算 (text)
D1 = "001_c98938bd16771fdc"   # 株洲市人民政府驻北京联络处 2024 决算 (text)
D2 = "002_f16b9cd1552d1230"   # 中共株洲市天元区委办公室 2024 决算 (text)
D3 = "003_ff9efc1699625d1f"   # 株洲市人民政府办公室 2024 部门预算说明 (text)
CZJ = "putuo-czj-2024-bumen-juesuan"
SFB = "putuo-sfj-2026-bumen-yusuan"
SFD = "putuo-sfj-2026-danwei-yusuan"
FLY = "putuo-shfly-2024-danwei-yusuan"
SWB = "putuo-swh-2025-bumen-yusuan"
SWD = "putuo-swh-2025-danwei-yusuan"
WL3 = "putuo-wanli-2023-bumen-yusuan"
WL4 = "putuo-wanli-2024-bumen-yusuan"
SHC = "shanghai-czj-2025-danwei-yusuan"
TEXT_DOCS = [D0, D1, D2, D3]
PDF_DOCS = [CZJ, SFB, SFD, FLY, SWB, SWD, WL3, WL4, SHC]
ALL_DOCS = TEXT_DOCS + PDF_DOCS
TEMPLATE = "shanghai-bumen-juesuan-template-2024"

COUNT_MEASURES = {"元", "辆", "人", "个", "次", "台", "项", "件", "户", "批次", "人次", "名", "张"}
CONSTANTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}

_TOK = re.compile(r"\s*(\d+(?:\.\d+)?|[-+*/()])")


def tokenize(expr):
    pos, out = 0, []
    expr = expr.strip()
    while pos < len(expr):
        m = _TOK.match(expr, pos)
        if not m:
            raise ValueError("bad formula near: " + expr[pos:])
        out.append(m.group(1))
        pos = m.end()
    return out


def evaluate(expr):
    """Tiny recursive-descent evaluator: numbers, + - * / ( ), unary minus."""
    toks = tokenize(expr)
    i = [0]

    def peek():
        return toks[i[0]] if i[0] < len(toks) else None

    def take():
        t = toks[i[0]]
        i[0] += 1
        return t

    def atom():
        t = take()
        if t == "(":
            v = add()
            if take() != ")":
                raise ValueError("missing )")
            return v
        if t == "-":
            return -atom()
        return Decimal(t)

    def mul():
        v = atom()
        while peek() in ("*", "/"):
            op = take()
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            op = take()
            r = mul()
            v = v + r if op == "+" else v - r
        return v

    v = add()
    if i[0] != len(toks):
        raise ValueError("trailing tokens in " + expr)
    return v


def formula_numbers(expr):
    return [Decimal(t) for t in tokenize(expr) if t[0].isdigit()]


def places_for(measure):
    return 0 if measure in COUNT_MEASURES else 2


def quant(v, places):
    q = Decimal(1) if places == 0 else Decimal(1).scaleb(-places)
    return v.quantize(q, rounding=ROUND_HALF_UP)


CALC_RE = re.compile(r"^计算：(.+)=(-?\d+(?:\.\d+)?)（(.+)）$")


def number_tokens(text):
    t = re.sub(r"(?<=\d)\s*[,，]\s*(?=\d{3}(?!\d))", "", text)
    t = re.sub(r"(?<=\d)\s*\.\s*(?=\d)", ".", t)
    return {Decimal(m) for m in re.findall(r"\d+(?:\.\d+)?", t)}
