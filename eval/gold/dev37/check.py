#!/usr/bin/env python3
"""Re-check the dev37 evaluation set. Standard library + pdftotext only.
Usage: python3 check.py   (exit code 0 = pass)"""
import json, os, re, subprocess, sys
from decimal import Decimal, InvalidOperation
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from common import (DOCS_TXT, DOCS_PDF, TEMPLATE, ZERO_DP, CONSTANTS, evaluate, numbers_in, quant, number_tokens)

CORPUS_TXT = "/work/shared/corpus"
CORPUS_PDF = "/work/shared/corpus-pdf"
EXPECTED = {"lookup": 28, "breakdown": 10, "computation": 34, "budget_vs_actual": 12, "yoy_trend": 16, "cross_unit": 14,
            "variance_draft": 10, "text": 24, "multi_turn": 26, "not_found": 24, "robustness": 12}
FIELDS = ["id", "category", "turns", "expect", "values", "evidence", "phrases", "notes"]
VFIELDS = ["value", "measure", "note"]
EFIELDS = ["docId", "table", "section", "row", "column"]
CALC_RE = re.compile(r"^计算：(.+)=(-?\d+(?:\.\d+)?)（.+）$", re.S)
errors, warnings = [], []


def err(i, msg):
    errors.append("%s: %s" % (i, msg))


_text_cache = {}


def doc_text(doc):
    if doc in _text_cache:
        return _text_cache[doc]
    if doc in DOCS_TXT:
        with open(os.path.join(CORPUS_TXT, doc + ".txt"), encoding="utf-8") as f:
            t = f.read()
    else:
        pdf = os.path.join(CORPUS_PDF, doc + ".pdf")
        t = ""
        for args in (["pdftotext", "-layout"], ["pdftotext"]):
            t += subprocess.run(args + [pdf, "-"], capture_output=True, text=True).stdout + "\n"
    _text_cache[doc] = (t, number_tokens(t), re.sub(r"\s+", "", t))
    return _text_cache[doc]


def is_plain_decimal(s):
    return isinstance(s, str) and re.fullmatch(r"-?\d+(?:\.\d+)?", s) is not None


def main():
    all_docs = set(DOCS_TXT) | set(DOCS_PDF)
    doc_use = {d: 0 for d in all_docs}
    n_clarify, n_mt_nf, total = 0, 0, 0
    present = sorted(f for f in os.listdir(HERE) if f.endswith(".jsonl"))
    if present != sorted(c + ".jsonl" for c in EXPECTED):
        err("files", "unexpected jsonl set %s" % present)
    for cat, want in EXPECTED.items():
        path = os.path.join(HERE, cat + ".jsonl")
        if not os.path.exists(path):
            err(cat, "missing file"); continue
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != want:
            err(cat, "count %d != %d" % (len(lines), want))
        for n, line in enumerate(lines):
            total += 1
            it = json.loads(line)
            iid = it.get("id", "%s#%d" % (cat, n))
            if list(it.keys()) != FIELDS:
                err(iid, "field list/order %s" % list(it.keys()))
                continue
            if it["id"] != "%s-%d" % (cat, 3701 + n):
                err(iid, "id out of sequence")
            if it["category"] != cat:
                err(iid, "category mismatch")
            if it["expect"] not in ("answered", "not_found", "clarify"):
                err(iid, "bad expect")
            turns = it["turns"]
            if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
                err(iid, "bad turns")
            if cat == "multi_turn":
                if not 2 <= len(turns) <= 3:
                    err(iid, "multi_turn needs 2-3 turns")
                if it["expect"] == "not_found":
                    n_mt_nf += 1
            elif len(turns) != 1:
                err(iid, "needs exactly 1 turn")
            if it["expect"] == "clarify":
                n_clarify += 1
            if it["expect"] in ("not_found", "clarify") and it["values"]:
                err(iid, "not_found/clarify must have empty values")
            if it["expect"] in ("not_found", "clarify") and len(it["notes"]) < 20:
                err(iid, "notes too short for not_found/clarify")
            ev_docs = []
            for e in it["evidence"]:
                if list(e.keys()) != EFIELDS:
                    err(iid, "evidence fields %s" % list(e.keys()))
                d = e.get("docId")
                if d == TEMPLATE:
                    err(iid, "template PDF cited")
                elif d not in all_docs:
                    err(iid, "unknown docId %s" % d)
                else:
                    ev_docs.append(d)
            if not ev_docs:
                err(iid, "no evidence")
            for d in set(ev_docs):
                doc_use[d] += 1
            toks = set()
            flat = ""
            for d in set(ev_docs):
                _, tk, fl = doc_text(d)
                toks |= tk
                flat += fl + "\n"
            vals = it["values"]
            listed = set()
            for v in vals:
                if list(v.keys()) != VFIELDS:
                    err(iid, "value fields %s" % list(v.keys())); continue
                if not is_plain_decimal(v["value"]):
                    err(iid, "value not plain decimal: %r" % v["value"]); continue
                listed.add(Decimal(v["value"]))
            for v in vals:
                if list(v.keys()) != VFIELDS or not is_plain_decimal(v["value"]):
                    continue
                note = v["note"]
                if note.startswith("计算："):
                    m = CALC_RE.match(note)
                    if not m:
                        err(iid, "malformed 计算 note: %s" % note); continue
                    formula, res = m.group(1), m.group(2)
                    if res != v["value"]:
                        err(iid, "note result %s != value %s" % (res, v["value"]))
                    dp = 0 if v["measure"] in ZERO_DP else 2
                    got_dp = len(res.split(".")[1]) if "." in res else 0
                    if got_dp != dp:
                        err(iid, "decimal places %d != %d in %s" % (got_dp, dp, note))
                    try:
                        calc = quant(evaluate(formula), dp)
                    except (ValueError, AssertionError, InvalidOperation, ZeroDivisionError) as ex:
                        err(iid, "cannot evaluate %s: %s" % (formula, ex)); continue
                    if calc != Decimal(res):
                        err(iid, "formula %s gives %s, note says %s" % (formula, calc, res))
                    for x in numbers_in(formula):
                        if x in CONSTANTS:
                            continue
                        if x not in listed:
                            err(iid, "formula input %s not listed as a value" % x)
                else:
                    if Decimal(v["value"]) not in toks:
                        err(iid, "value %s (%s) not found as number in evidence %s" % (v["value"], v["note"], sorted(set(ev_docs))))
            for p in it["phrases"]:
                if re.sub(r"\s+", "", p) not in flat:
                    err(iid, "phrase not found verbatim: %s" % p)
            if vals:
                if any(d in DOCS_PDF for d in ev_docs) and "已看图核对" not in it["notes"]:
                    err(iid, "PDF item with values lacks 已看图核对")
                if any(d in DOCS_TXT for d in ev_docs):
                    for d in set(ev_docs) & set(DOCS_TXT):
                        if not re.search(r"%s line \d+" % d[:3], it["notes"]):
                            err(iid, "text item with values lacks line citation for %s" % d[:3])
    if n_clarify > 3:
        err("set", "clarify items %d > 3" % n_clarify)
    if n_mt_nf < 5:
        err("set", "multi_turn ending not_found %d < 5" % n_mt_nf)
    for d, c in sorted(doc_use.items()):
        if c < 8:
            err("set", "document %s cited by only %d items" % (d, c))
    print("items: %d; clarify: %d; multi_turn ending not_found: %d" % (total, n_clarify, n_mt_nf))
    print("citations per document: " + ", ".join("%s=%d" % (d[:28], c) for d, c in sorted(doc_use.items())))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("RESULT: %s (%d errors)" % ("PASS" if not errors else "FAIL", len(errors)))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
