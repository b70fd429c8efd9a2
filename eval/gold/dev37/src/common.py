"""Shared helpers for the dev37 generator and checker (standard library only)."""
from decimal import Decimal, ROUND_HALF_UP
import re

DOCS_TXT = ["000_2a4a6f0d8c259386", "001_c98938bd16771fdc", "002_f16b9cd1552d1230", "003_ff9efc1699625d1f"]
DOCS_PDF = ["putuo-czj-2024-bumen-juesuan", "putuo-sfj-2026-bumen-yusuan", "putuo-sfj-2026-danwei-yusuan",
            "putuo-shfly-2024-danwei-yusuan", "putuo-swh-2025-bumen-yusuan", "putuo-swh-2025-danwei-yusuan",
            "putuo-wanli-2023-bumen-yusuan", "putuo-wanli-2024-bumen-yusuan", "shanghai-czj-2025-danwei-yusuan"]
TEMPLATE = "shanghai-bumen-juesuan-template-2024"
ZERO_DP = {"元", "辆", "人", "个", "人次", "批次", "台", "次", "元/人次", "项", "平方米"}
CONSTANTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}


def tokenize(expr):
    toks, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch in "+-*/()":
            toks.append(ch); i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            toks.append(Decimal(expr[i:j])); i = j
        else:
            raise ValueError("bad char %r in %r" % (ch, expr))
    return toks


def evaluate(expr):
    """Recursive-descent evaluator for + - * / ( ) and decimals (no eval)."""
    toks = tokenize(expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]; pos[0] += 1; return t

    def factor():
        t = peek()
        if t == "-":
            take(); return -factor()
        if t == "(":
            take(); v = expr_(); assert take() == ")"; return v
        t = take()
        assert isinstance(t, Decimal), t
        return t

    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take(); r = factor()
            v = v * r if op == "*" else v / r
        return v

    def expr_():
        v = term()
        while peek() in ("+", "-"):
            op = take(); r = term()
            v = v + r if op == "+" else v - r
        return v

    v = expr_()
    assert pos[0] == len(toks), "trailing tokens in %r" % expr
    return v


def numbers_in(expr):
    return [t for t in tokenize(expr) if isinstance(t, Decimal)]


def quant(v, dp):
    return v.quantize(Decimal(1) if dp == 0 else Decimal("0.01"), rounding=ROUND_HALF_UP)


NUM_RES = [re.compile(r"\d+(?:[,，]\s?\d{3})+(?:\s?\.\s?\d+)?"),
           re.compile(r"\d+\s?\.\s\d+"),
           re.compile(r"\d+(?:\.\d+)?")]


def number_tokens(text):
    out = set()
    flat = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    for src in (text, flat):
        for rx in NUM_RES:
            for m in rx.findall(src):
                s = re.sub(r"[,，\s]", "", m)
                try:
                    out.add(Decimal(s))
                except Exception:
                    pass
    return out
