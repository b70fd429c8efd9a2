#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-checks the dev32 set. Standard library + pdftotext only. Exit code 0 = pass."""
import json, os, re, subprocess, sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from common import (TEXT_DOCS, PDF_DOCS, ALL_DOCS, TEMPLATE, CONSTANTS, COUNT_MEASURES, CALC_RE,
                    evaluate, formula_numbers, quant, number_tokens)

CORPUS = "/work/shared/corpus"
PDFDIR = "/work/shared/corpus-pdf"
EXPECTED = {"lookup": 28, "breakdown": 10, "computation": 34, "budget_vs_actual": 12, "yoy_trend": 16,
            "cross_unit": 14, "variance_draft": 10, "text": 24, "multi_turn": 26, "not_found": 24, "robustness": 12}
FIELDS = ["id", "category", "turns", "expect", "values", "evidence", "phrases", "notes"]
VFIELDS = ["value", "measure", "note"]
EFIELDS = ["docId", "table", "section", "row", "column"]
errors = []


def err(msg):
    errors.append(msg)


def doc_text(doc):
    if doc in TEXT_DOCS:
        return [open(os.path.join(CORPUS, doc + ".txt"), encoding="utf-8").read()]
    path = os.path.join(PDFDIR, doc + ".pdf")
    out = []
    for args in (["pdftotext", "-layout"], ["pdftotext"]):
        out.append(subprocess.run(args + [path, "-"], capture_output=True, text=True).stdout)
    return out


TEXTS, TOKENS, SQUASHED = {}, {}, {}
for d in ALL_DOCS:
    TEXTS[d] = doc_text(d)
    TOKENS[d] = set().union(*[number_tokens(t) for t in TEXTS[d]])
    SQUASHED[d] = [re.sub(r"\s+", "", t) for t in TEXTS[d]]

items = []
for cat, n in EXPECTED.items():
    path = os.path.join(HERE, cat + ".jsonl")
    if not os.path.exists(path):
        err("missing file " + path)
        continue
    lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    if len(lines) != n:
        err("%s: %d items, expected %d" % (cat, len(lines), n))
    for k, line in enumerate(lines):
        obj = json.loads(line)
        want = "%s-%d" % (cat, 3201 + k)
        if obj.get("id") != want:
            err("%s line %d: id %r != %r" % (cat, k + 1, obj.get("id"), want))
        if list(obj.keys()) != FIELDS:
            err("%s: field order %s" % (obj.get("id"), list(obj.keys())))
        if obj.get("category") != cat:
            err("%s: category mismatch" % obj.get("id"))
        items.append(obj)

ids = Counter(o["id"] for o in items)
for i, c in ids.items():
    if c > 1:
        err("duplicate id " + i)

doc_cites = Counter()
clarify = 0
mt_nf = 0
n_formulas = n_lookups = n_phrases = 0
for o in items:
    iid, cat = o["id"], o["category"]
    if o["expect"] not in ("answered", "not_found", "clarify"):
        err(iid + ": bad expect")
    if o["expect"] == "clarify":
        clarify += 1
    turns = o["turns"]
    if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
        err(iid + ": turns must be non-empty strings")
    if cat == "multi_turn":
        if not 2 <= len(turns) <= 3:
            err(iid + ": multi_turn needs 2-3 turns")
        if o["expect"] == "not_found":
            mt_nf += 1
    elif len(turns) != 1:
        err(iid + ": exactly one turn expected")
    if o["expect"] in ("not_found", "clarify") and o["values"]:
        err(iid + ": not_found/clarify must have empty values")
    if o["expect"] == "not_found" and cat not in ("not_found", "multi_turn"):
        err(iid + ": not_found outside not_found/multi_turn")
    if cat == "not_found" and o["expect"] == "answered":
        err(iid + ": not_found category must not be answered")
    if not o["evidence"]:
        err(iid + ": no evidence")
    docs = []
    for ev in o["evidence"]:
        if list(ev.keys()) != EFIELDS:
            err(iid + ": evidence fields " + str(list(ev.keys())))
        d = ev["docId"]
        if d == TEMPLATE or "template" in d:
            err(iid + ": template PDF cited")
        elif d not in ALL_DOCS:
            err(iid + ": unknown docId " + d)
        elif d not in docs:
            docs.append(d)
    for d in docs:
        doc_cites[d] += 1
    if not isinstance(o["notes"], str) or not o["notes"].strip():
        err(iid + ": empty notes")
    # values
    listed = []
    for val in o["values"]:
        if list(val.keys()) != VFIELDS:
            err(iid + ": value fields " + str(list(val.keys())))
            continue
        if not re.fullmatch(r"-?\d+(\.\d+)?", val["value"]):
            err(iid + ": value not a plain decimal: " + val["value"])
            continue
        listed.append(Decimal(val["value"]))
    for val in o["values"]:
        if not re.fullmatch(r"-?\d+(\.\d+)?", val.get("value", "")):
            continue
        note = val["note"]
        if note.startswith("计算"):
            m = CALC_RE.match(note)
            if not m:
                err(iid + ": malformed 计算 note: " + note)
                continue
            formula, result, _ = m.groups()
            n_formulas += 1
            if result != val["value"]:
                err(iid + ": note result %s != value %s" % (result, val["value"]))
            try:
                exact = evaluate(formula)
            except Exception as ex:  # noqa
                err(iid + ": cannot evaluate %s (%s)" % (formula, ex))
                continue
            places = len(result.split(".")[1]) if "." in result else 0
            meas = val["measure"]
            if meas in COUNT_MEASURES and meas != "元" and places != 0:
                err(iid + ": count measure needs 0 decimals: " + note)
            if meas == "元" and not re.search(r"[*/]", formula) and places != 0:
                err(iid + ": 元 sum needs 0 decimals: " + note)
            if meas not in COUNT_MEASURES and places != 2:
                err(iid + ": needs 2 decimals: " + note)
            if places not in (0, 2):
                err(iid + ": decimals must be 0 or 2: " + note)
            if quant(exact, places) != Decimal(result):
                err(iid + ": %s evaluates to %s, not %s" % (formula, quant(exact, places), result))
            for num in formula_numbers(formula):
                if num in CONSTANTS:
                    continue
                if num not in listed:
                    err(iid + ": formula input %s not listed as a value" % num)
        else:
            n_lookups += 1
            target = Decimal(val["value"])
            if target < 0:
                target = -target
            if not any(target in TOKENS[d] for d in docs):
                err(iid + ": value %s (%s) not found in %s" % (val["value"], note, docs))
    # phrases
    for ph in o["phrases"]:
        n_phrases += 1
        sq = re.sub(r"\s+", "", ph)
        if not any(sq in t for d in docs for t in SQUASHED[d]):
            err(iid + ": phrase not found: " + ph)
    # verification notes
    if o["values"]:
        if any(d in PDF_DOCS for d in docs):
            if "已看图核对" not in o["notes"] or not re.search(r"p\.\d+", o["notes"]):
                err(iid + ": PDF item needs 已看图核对 and page")
        for d in docs:
            if d in TEXT_DOCS and not re.search(re.escape(d[:3]) + r" line \d+", o["notes"]):
                err(iid + ": text item needs line citation for " + d[:3])

if clarify > 3:
    err("too many clarify items: %d" % clarify)
if mt_nf < 5:
    err("only %d multi_turn items end in not_found" % mt_nf)
for d in ALL_DOCS:
    if doc_cites[d] < 8:
        err("document %s cited by only %d items" % (d, doc_cites[d]))

print("items: %d  (%s)" % (len(items), ", ".join("%s %d" % (c, n) for c, n in EXPECTED.items())))
print("formulas re-evaluated: %d; values looked up: %d; phrases looked up: %d" % (n_formulas, n_lookups, n_phrases))
print("clarify: %d; multi_turn ending not_found: %d" % (clarify, mt_nf))
print("citations per document: " + ", ".join("%s=%d" % (d[:22], doc_cites[d]) for d in ALL_DOCS))
if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for m in errors:
        print("  - " + m)
    sys.exit(1)
print("PASS")
