#!/usr/bin/env python3
"""Re-check the dev36 set. Standard library + pdftotext only."""
import json, os, re, subprocess, sys
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
TXT_DIR = "/work/shared/corpus"
PDF_DIR = "/work/shared/corpus-pdf"
TEMPLATE = "shanghai-bumen-juesuan-template-2024"
COUNTS = {"lookup": 28, "breakdown": 10, "computation": 34, "budget_vs_actual": 12, "yoy_trend": 16,
          "cross_unit": 14, "variance_draft": 10, "text": 24, "multi_turn": 26, "not_found": 24, "robustness": 12}
FIELDS = ["id", "category", "turns", "expect", "values", "evidence", "phrases", "notes"]
VFIELDS = ["value", "measure", "note"]
EFIELDS = ["docId", "table", "section", "row", "column"]
CONSTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}
COUNT_MEASURES = {"辆", "人", "个", "家", "台（套）", "台", "批次", "人次", "卷", "分", "项"}
errors = []


def err(msg):
    errors.append(msg)


# ---------- formula parser (no eval) ----------
TOK = re.compile(r'\s*(\d+(?:\.\d+)?|[()+\-*/])')


def tokenize(s):
    pos, out = 0, []
    s = s.strip()
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m:
            raise ValueError("bad token in %r" % s)
        out.append(m.group(1))
        pos = m.end()
    return out


def evaluate(s):
    toks = tokenize(s)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take(); r = term()
            v = v + r if op == "+" else v - r
        return v

    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take(); r = factor()
            v = v * r if op == "*" else v / r
        return v

    def factor():
        t = peek()
        if t == "-":
            take(); return -factor()
        if t == "(":
            take(); v = expr()
            if take() != ")":
                raise ValueError("missing )")
            return v
        return Decimal(take())

    v = expr()
    if pos[0] != len(toks):
        raise ValueError("trailing tokens")
    return v


# ---------- documents ----------
def norm_numbers(t):
    t = re.sub(r'(?<=\d)\s*,\s*(?=\d)', '', t)
    t = re.sub(r'(?<=\d)\s*\.\s+(?=\d)', '.', t)
    t = re.sub(r'(?<=\d)\s+\.\s*(?=\d)', '.', t)
    return t


DOCS = {}


def doc_text(doc):
    if doc in DOCS:
        return DOCS[doc]
    p = os.path.join(TXT_DIR, doc + ".txt")
    texts = []
    if os.path.exists(p):
        texts.append(open(p, encoding="utf-8").read())
        kind = "text"
    else:
        pdf = os.path.join(PDF_DIR, doc + ".pdf")
        if not os.path.exists(pdf):
            DOCS[doc] = None
            return None
        for args in (["-layout"], ["-raw"], []):
            texts.append(subprocess.run(["pdftotext"] + args + [pdf, "-"], capture_output=True,
                                        text=True).stdout)
        kind = "pdf"
    nums = set()
    for t in texts:
        for n in re.findall(r'\d+(?:\.\d+)?', norm_numbers(t)):
            try:
                nums.add(Decimal(n))
            except InvalidOperation:
                pass
    flat = ["".join(t.split()) for t in texts]
    DOCS[doc] = {"kind": kind, "nums": nums, "flat": flat}
    return DOCS[doc]


# ---------- checks ----------
def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".jsonl"))
    if set(names) != {c + ".jsonl" for c in COUNTS}:
        err("jsonl file set mismatch: %s" % names)
    total = clarify = mt_nf = 0
    doc_use = {}
    all_docs = [f[:-4] for f in os.listdir(TXT_DIR) if f.endswith(".txt")] + \
               [f[:-4] for f in os.listdir(PDF_DIR) if f.endswith(".pdf") and not f.startswith(TEMPLATE)]
    seen_ids = set()
    for cat, n in COUNTS.items():
        path = os.path.join(HERE, cat + ".jsonl")
        if not os.path.exists(path):
            continue
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != n:
            err("%s: %d items, expected %d" % (cat, len(lines), n))
        for i, line in enumerate(lines, 1):
            it = json.loads(line)
            total += 1
            iid = it.get("id")
            if list(it.keys()) != FIELDS:
                err("%s: field list %s" % (iid, list(it.keys())))
                continue
            if iid != "%s-36%02d" % (cat, i) or it["category"] != cat:
                err("%s: bad id/category (line %d)" % (iid, i))
            if iid in seen_ids:
                err("dup id %s" % iid)
            seen_ids.add(iid)
            exp = it["expect"]
            if exp not in ("answered", "not_found", "clarify"):
                err("%s: expect %s" % (iid, exp))
            clarify += exp == "clarify"
            turns = it["turns"]
            if not (isinstance(turns, list) and all(isinstance(t, str) and t.strip() for t in turns)):
                err("%s: bad turns" % iid)
            if cat == "multi_turn":
                if not 2 <= len(turns) <= 3:
                    err("%s: multi_turn needs 2-3 turns" % iid)
                mt_nf += exp == "not_found"
            elif len(turns) != 1:
                err("%s: needs exactly 1 turn" % iid)
            if exp in ("not_found", "clarify") and it["values"]:
                err("%s: %s item must have empty values" % (iid, exp))
            if not it["notes"].strip():
                err("%s: empty notes" % iid)
            ev_docs = []
            for e in it["evidence"]:
                if list(e.keys()) != EFIELDS:
                    err("%s: evidence fields %s" % (iid, list(e.keys())))
                d = e["docId"]
                if d.startswith(TEMPLATE):
                    err("%s: template PDF cited" % iid)
                if doc_text(d) is None:
                    err("%s: unknown docId %s" % (iid, d))
                    continue
                if d not in ev_docs:
                    ev_docs.append(d)
            if not ev_docs:
                err("%s: no evidence" % iid)
            for d in ev_docs:
                doc_use[d] = doc_use.get(d, 0) + 1
            vals = []
            for v in it["values"]:
                if list(v.keys()) != VFIELDS:
                    err("%s: value fields %s" % (iid, list(v.keys())))
                    continue
                if not re.fullmatch(r'-?\d+(\.\d+)?', v["value"]):
                    err("%s: value not plain decimal: %r" % (iid, v["value"]))
                    continue
                vals.append(Decimal(v["value"]))
            for v in it["values"]:
                note = v["note"]
                if note.startswith("计算："):
                    m = re.fullmatch(r'计算：(.+?)=(-?\d+(?:\.\d+)?)（(.+)）', note)
                    if not m:
                        err("%s: bad formula note %r" % (iid, note)); continue
                    expr, res, _ = m.groups()
                    if res != v["value"]:
                        err("%s: formula result %s != value %s" % (iid, res, v["value"]))
                    nums = [t for t in tokenize(expr) if re.match(r'\d', t)]
                    dp_res = len(res.split(".")[1]) if "." in res else 0
                    if v["measure"] in COUNT_MEASURES:
                        want = 0
                    elif v["measure"] == "元":
                        want = 2 if any("." in t for t in nums) else 0
                    else:
                        want = 2
                    if dp_res != want:
                        err("%s: %s has %d decimals, expected %d" % (iid, res, dp_res, want))
                    q = Decimal(1) if want == 0 else Decimal("0.01")
                    got = evaluate(expr).quantize(q, rounding=ROUND_HALF_UP)
                    if got != Decimal(res):
                        err("%s: formula %s evaluates to %s, note says %s" % (iid, expr, got, res))
                    for t in nums:
                        d = Decimal(t)
                        if d not in CONSTS and d not in vals:
                            err("%s: formula input %s not listed as a value" % (iid, t))
                else:
                    try:
                        d = Decimal(v["value"])
                    except InvalidOperation:
                        continue
                    if not any(doc_text(x) and d in doc_text(x)["nums"] for x in ev_docs):
                        err("%s: value %s not found in evidence docs %s" % (iid, v["value"], ev_docs))
            for ph in it["phrases"]:
                f = "".join(ph.split())
                if not any(doc_text(x) and any(f in fl for fl in doc_text(x)["flat"]) for x in ev_docs):
                    err("%s: phrase not found: %r" % (iid, ph))
            if it["values"]:
                if any(doc_text(x)["kind"] == "pdf" for x in ev_docs):
                    if "已看图核对" not in it["notes"] or not re.search(r'p\.\s?\d+', it["notes"]):
                        err("%s: PDF item with values lacks 已看图核对/page" % iid)
                if any(doc_text(x)["kind"] == "text" for x in ev_docs):
                    if not re.search(r'line \d+', it["notes"]):
                        err("%s: text item with values lacks line citation" % iid)
    if clarify > 3:
        err("too many clarify items: %d" % clarify)
    if mt_nf < 5:
        err("only %d multi_turn items end in not_found" % mt_nf)
    for d in all_docs:
        if doc_use.get(d, 0) < 8:
            err("document %s cited by only %d items" % (d, doc_use.get(d, 0)))
    print("items: %d; clarify: %d; multi_turn ending not_found: %d" % (total, clarify, mt_nf))
    print("citations per document:")
    for d in sorted(all_docs):
        print("  %-40s %d" % (d, doc_use.get(d, 0)))
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
