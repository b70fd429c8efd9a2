# -*- coding: utf-8 -*-
"""Helpers for building the dev34 evaluation set (Decimal arithmetic, own tiny parser)."""
from decimal import Decimal, ROUND_HALF_UP
import re

DOCS = {
    'A': '000_2a4a6f0d8c259386',   # 株洲市人民政府办公室 2024 部门决算 (text)
    'B': '001_c98938bd16771fdc',   # 株洲市人民政府驻北京联络处 2024 部门决算 (text)
    'C': '002_f16b9cd1552d1230',   # 中共株洲市天元区委办公室 2024 部门决算 (text)
    'D': '003_ff9efc1699625d1f',   # 株洲市人民政府办公室 2024 部门预算说明 (text)
    'E': 'putuo-czj-2024-bumen-juesuan',
    'F': 'putuo-sfj-2026-bumen-yusuan',
    'G': 'putuo-sfj-2026-danwei-yusuan',
    'H': 'putuo-shfly-2024-danwei-yusuan',
    'I': 'putuo-swh-2025-bumen-yusuan',
    'J': 'putuo-swh-2025-danwei-yusuan',
    'K': 'putuo-wanli-2023-bumen-yusuan',
    'L': 'putuo-wanli-2024-bumen-yusuan',
    'M': 'shanghai-czj-2025-danwei-yusuan',
}

TOKEN = re.compile(r'\s*(\d+(?:\.\d+)?|[-+*/()])')


def evaluate(expr):
    """Recursive-descent evaluation of + - * / ( ) over Decimal; no eval()."""
    toks = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            raise ValueError('bad token in %r at %d' % (expr, pos))
        toks.append(m.group(1))
        pos = m.end()
        while pos < len(expr) and expr[pos].isspace():
            pos += 1
    i = [0]

    def peek():
        return toks[i[0]] if i[0] < len(toks) else None

    def take():
        t = toks[i[0]]
        i[0] += 1
        return t

    def atom():
        t = take()
        if t == '(':
            v = add()
            if take() != ')':
                raise ValueError('missing )')
            return v
        if t == '-':
            return -atom()
        return Decimal(t)

    def mul():
        v = atom()
        while peek() in ('*', '/'):
            op = take()
            r = atom()
            v = v * r if op == '*' else v / r
        return v

    def add():
        v = mul()
        while peek() in ('+', '-'):
            op = take()
            r = mul()
            v = v + r if op == '+' else v - r
        return v

    v = add()
    if i[0] != len(toks):
        raise ValueError('trailing tokens in %r' % expr)
    return v


def numbers_in(expr):
    return [t for t in TOKEN.findall(expr) if re.match(r'\d', t)]


def q(v, dp):
    return v.quantize(Decimal(1) if dp == 0 else Decimal('0.01'), rounding=ROUND_HALF_UP)
