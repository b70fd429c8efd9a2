#!/usr/bin/env python3
"""Re-checks the dev35 evaluation set. Standard library + pdftotext only."""
import json, os, re, subprocess, sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))
TXT_DIR = "/work/shared/corpus"
PDF_DIR = "/work/shared/corpus-pdf"
TEMPLATE = "shanghai-bumen-juesuan-template-2024"
COUNTS = {"lookup": 28, "breakdown": 10, "computation": 34, "budget_vs_actual": 12,
          "yoy_trend": 16, "cross_unit": 14, "variance_draft": 10, "text": 24,
          "multi_turn": 26, "not_found": 24, "robustness": 12}
FIELDS = ["id", "category", "turns", "expect", "values", "evidence", "phrases", "notes"]
VFIELDS = ["value", "measure", "note"]
EFIELDS = ["docId", "table", "section", "row", "column"]
CONSTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}
COUNT_MEASURES = {"辆", "人", "个", "人次", "台", "台（套）", "批次", "项", "次", "家", "层"}
TXT_DOCS = ["000_2a4a6f0d8c259386", "001_c98938bd16771fdc", "002_f16b9cd1552d1230", "003_ff9efc1699625d1f"]
PDF_DOCS = sorted(f[:-4] for f in os.listdir(PDF_DIR) if f.endswith(".pdf") and f[:-4] != TEMPLATE)

# ---------- formula parser (recursive descent, Decimal, no eval) ----------
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks.append(("num", Decimal(s[i:j]), s[i:j])); i = j
        elif c in "+-*/()":
            toks.append(("op", c, c)); i += 1
        else:
            raise ValueError("bad char %r in formula %r" % (c, s))
    return toks

class Parser:
    def __init__(self, s):
        self.t = tokenize(s); self.p = 0
    def peek(self):
        return self.t[self.p] if self.p < len(self.t) else (None, None, None)
    def take(self):
        tok = self.peek(); self.p += 1; return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            op = self.take()[1]; r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/"):
            op = self.take()[1]; r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        k, v, _ = self.take()
        if k == "num":
            return v
        if k == "op" and v == "-":
            return -self.factor()
        if k == "op" and v == "(":
            x = self.expr()
            if self.take()[1] != ")":
                raise ValueError("missing )")
            return x
        raise ValueError("unexpected token %r" % (v,))
    def run(self):
        v = self.expr()
        if self.p != len(self.t):
            raise ValueError("trailing tokens")
        return v

def evaluate(formula):
    return Parser(formula).run()

def formula_numbers(formula):
    return [t[1] for t in tokenize(formula) if t[0] == "num"]

def decimals_for(measure, formula):
    if measure in COUNT_MEASURES:
        return 0
    if measure == "元" and all(n == n.to_integral_value() and "." not in raw
                              for (k, n, raw) in tokenize(formula) if k == "num"):
        return 0
    return 2

def compute(formula, measure):
    v = evaluate(formula)
    d = decimals_for(measure, formula)
    q = Decimal(1) if d == 0 else Decimal("0.01")
    return str(v.quantize(q, rounding=ROUND_HALF_UP))

CALC_RE = re.compile(r"^计算：(.+?)=(-?[0-9.]+)（(.+)）$", re.S)

# ---------- document texts ----------
def norm_numbers(t):
    t = re.sub(r"(?<=\d)[ \t\u3000]*([.,])[ \t\u3000]*(?=\d)", r"\1", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    return t

_cache = {}
def doc_texts(doc):
    if doc in _cache:
        return _cache[doc]
    if doc in TXT_DOCS:
        texts = [open(os.path.join(TXT_DIR, doc + ".txt"), encoding="utf-8").read()]
    else:
        f = os.path.join(PDF_DIR, doc + ".pdf")
        texts = []
        for args in (["-layout"], []):
            texts.append(subprocess.run(["pdftotext"] + args + [f, "-"], capture_output=True,
                                        text=True).stdout)
    toks = set()
    for t in texts:
        for m in re.findall(r"\d+(?:\.\d+)?", norm_numbers(t)):
            toks.add(Decimal(m))
    flat = ["".join(t.split()) for t in texts]
    _cache[doc] = (toks, flat)
    return _cache[doc]

def main():
    errors, n_items = [], 0
    per_doc = {d: 0 for d in TXT_DOCS + PDF_DOCS}
    clarify = 0
    mt_nf = 0
    n_calc = n_raw = n_phr = 0
    for cat, cnt in COUNTS.items():
        path = os.path.join(HERE, cat + ".jsonl")
        if not os.path.exists(path):
            errors.append("missing " + path); continue
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != cnt:
            errors.append("%s: %d items, expected %d" % (cat, len(lines), cnt))
        for k, line in enumerate(lines):
            n_items += 1
            it = json.loads(line)
            iid = it.get("id")
            E = lambda msg: errors.append("%s: %s" % (iid, msg))
            if list(it.keys()) != FIELDS:
                E("field list %r" % list(it.keys())); continue
            if iid != "%s-%d" % (cat, 3501 + k):
                E("bad id, expected %s-%d" % (cat, 3501 + k))
            if it["category"] != cat:
                E("category mismatch")
            if it["expect"] not in ("answered", "not_found", "clarify"):
                E("bad expect")
            turns = it["turns"]
            if not isinstance(turns, list) or not all(isinstance(x, str) and x.strip() for x in turns):
                E("bad turns")
            if cat == "multi_turn":
                if not 2 <= len(turns) <= 3:
                    E("multi_turn needs 2-3 turns")
                if it["expect"] == "not_found":
                    mt_nf += 1
            elif len(turns) != 1:
                E("needs exactly 1 turn")
            if it["expect"] == "clarify":
                clarify += 1
            if it["expect"] in ("not_found", "clarify") and it["values"]:
                E("not_found/clarify must have empty values")
            if not it["evidence"]:
                E("no evidence")
            docs = []
            for ev in it["evidence"]:
                if list(ev.keys()) != EFIELDS:
                    E("evidence fields %r" % list(ev.keys()))
                d = ev.get("docId")
                if d == TEMPLATE:
                    E("template PDF cited")
                elif d not in per_doc:
                    E("unknown docId %r" % d)
                elif d not in docs:
                    docs.append(d)
            for d in docs:
                per_doc[d] += 1
            notes = it["notes"]
            if not isinstance(notes, str) or not notes.strip():
                E("empty notes")
            has_pdf = any(d in PDF_DOCS for d in docs)
            has_txt = any(d in TXT_DOCS for d in docs)
            if it["values"]:
                if has_pdf and "已看图核对" not in notes:
                    E("PDF item with values lacks 已看图核对")
                if has_pdf and not re.search(r"p\d+", notes):
                    E("PDF item lacks page citation")
                if has_txt and not re.search(r"lines? \d+", notes):
                    E("text item lacks line citation")
            tokset = set()
            flats = []
            for d in docs:
                t, f = doc_texts(d)
                tokset |= t; flats += f
            listed = set()
            for v in it["values"]:
                if list(v.keys()) != VFIELDS:
                    E("value fields %r" % list(v.keys())); continue
                try:
                    listed.add(Decimal(v["value"]))
                except Exception:
                    E("value not a plain decimal: %r" % v["value"])
                if not re.fullmatch(r"-?\d+(\.\d+)?", v["value"]):
                    E("value not plain decimal string %r" % v["value"])
            for v in it["values"]:
                note = v.get("note", "")
                if note.startswith("计算："):
                    n_calc += 1
                    m = CALC_RE.match(note)
                    if not m:
                        E("bad 计算 note %r" % note); continue
                    formula, res = m.group(1), m.group(2)
                    try:
                        got = compute(formula, v["measure"])
                    except Exception as ex:
                        E("formula error %r: %s" % (formula, ex)); continue
                    if got != res or got != v["value"]:
                        E("formula %s -> %s, note says %s, value %s" % (formula, got, res, v["value"]))
                    for num in formula_numbers(formula):
                        if num in CONSTS:
                            continue
                        if num not in listed:
                            E("formula input %s not listed as a value" % num)
                else:
                    n_raw += 1
                    if Decimal(v["value"]) not in tokset:
                        E("value %s (%s) not found in evidence docs %s" % (v["value"], note, docs))
            for ph in it["phrases"]:
                n_phr += 1
                p = "".join(ph.split())
                if not any(p in f for f in flats):
                    E("phrase not found: %r" % ph)
    if clarify > 3:
        errors.append("too many clarify items: %d" % clarify)
    if mt_nf < 5:
        errors.append("only %d multi_turn items end not_found" % mt_nf)
    for d, c in per_doc.items():
        if c < 8:
            errors.append("document %s cited by only %d items" % (d, c))
    print("items: %d (files: %d)" % (n_items, len(COUNTS)))
    print("computed values re-evaluated: %d; document values found: %d; phrases found: %d"
          % (n_calc, n_raw, n_phr))
    print("clarify items: %d; multi_turn ending not_found: %d" % (clarify, mt_nf))
    print("items citing each document:")
    for d in TXT_DOCS + PDF_DOCS:
        print("  %-40s %d" % (d, per_doc[d]))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")

if __name__ == "__main__":
    main()
