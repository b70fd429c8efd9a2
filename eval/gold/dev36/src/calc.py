"""Tiny Decimal expression evaluator (+ - * / parentheses, unary minus). No eval()."""
import re
from decimal import Decimal, ROUND_HALF_UP

TOK = re.compile(r'\s*(\d+(?:\.\d+)?|[()+\-*/])')


def tokenize(s):
    s = s.strip()
    pos, out = 0, []
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m:
            raise ValueError('bad token at %d in %r' % (pos, s))
        out.append(m.group(1))
        pos = m.end()
    return out


def evaluate(s):
    toks = tokenize(s)
    i = 0

    def peek():
        return toks[i] if i < len(toks) else None

    def take():
        nonlocal i
        t = toks[i]
        i += 1
        return t

    def expr():
        v = term()
        while peek() in ('+', '-'):
            op = take()
            r = term()
            v = v + r if op == '+' else v - r
        return v

    def term():
        v = factor()
        while peek() in ('*', '/'):
            op = take()
            r = factor()
            v = v * r if op == '*' else v / r
        return v

    def factor():
        t = peek()
        if t == '-':
            take()
            return -factor()
        if t == '(':
            take()
            v = expr()
            if take() != ')':
                raise ValueError('missing )')
            return v
        return Decimal(take())

    v = expr()
    if i != len(toks):
        raise ValueError('trailing tokens in %r' % s)
    return v


def numbers_in(s):
    return [t for t in tokenize(s) if re.match(r'\d', t)]


def rnd(v, dp):
    q = Decimal(1) if dp == 0 else Decimal(1).scaleb(-dp)
    return v.quantize(q, rounding=ROUND_HALF_UP)
