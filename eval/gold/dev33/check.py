#!/usr/bin/env python3
"""Re-checks the dev33 evaluation set. Standard library + pdftotext only.

Checks: file names and counts, ids, exact field order, expect values, turn counts,
clarify <= 3, >= 5 multi_turn items ending in not_found, >= 8 items per document,
no template PDF; re-evaluates every 计算： formula with a small parser (no eval) and
its decimal places; every formula input listed as a value; every non-computed value
found as a number token in its evidence documents; every phrase found
(whitespace-insensitive); "已看图核对" + page for PDF items with values; line
citations for text items with values.
"""
import json, os, re, subprocess, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
PDFDIR = "/work/shared/corpus-pdf"
TEMPLATE = "shanghai-bumen-juesuan-template-2024"
COUNTS = {"lookup": 28, "breakdown": 10, "computation": 34, "budget_vs_actual": 12,
          "yoy_trend": 16, "cross_unit": 14, "variance_draft": 10, "text": 24,
          "multi_turn": 26, "not_found": 24, "robustness": 12}
FIELDS = ["id", "category", "turns", "expect", "values", "evidence", "phrases", "notes"]
COUNT_UNITS = {"辆", "人", "个", "台", "次", "人次", "批次", "家", "项", "套", "篇", "件"}
CONSTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}

# ---------------------------------------------------------------- formula parser
class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
    factor := ('-' factor) | number | '(' expr ')'"""
    def __init__(self, s):
        s = s.replace("×", "*").replace("÷", "/").replace("（", "(").replace("）", ")")
        self.toks = re.findall(r"\d+(?:\.\d+)?|[-+*/()]", s.replace(" ", ""))
        if "".join(self.toks) != s.replace(" ", ""):
            raise ValueError("bad characters in formula: %r" % s)
        self.i = 0
        self.numbers = []
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.toks[self.i]; self.i += 1; return t
    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise ValueError("trailing tokens")
        return v
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take(); r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take(); r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        t = self.peek()
        if t == "-":
            self.take(); return -self.factor()
        if t == "(":
            self.take(); v = self.expr()
            if self.take() != ")":
                raise ValueError("missing )")
            return v
        t = self.take()
        self.numbers.append(t)
        return Decimal(t)

def evaluate(formula):
    p = Parser(formula)
    return p.parse(), p.numbers

def expected_dp(measure, formula, numbers):
    if measure in COUNT_UNITS:
        return 0
    if measure == "元" and not re.search(r"[*/]", formula) and all("." not in n for n in numbers):
        return 0
    return 2

def qround(v, dp):
    return v.quantize(Decimal(1) if dp == 0 else Decimal("0.01"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- documents
_doc_cache = {}
def norm_space(s):
    return re.sub(r"[\s\u3000\u00a0]+", "", s)

def doc_text(doc_id):
    if doc_id in _doc_cache:
        return _doc_cache[doc_id]
    txt = os.path.join(CORPUS, doc_id + ".txt")
    pdf = os.path.join(PDFDIR, doc_id + ".pdf")
    if os.path.exists(txt):
        t = open(txt, encoding="utf-8").read()
        kind = "text"
    elif os.path.exists(pdf):
        a = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True).stdout.decode("utf-8", "replace")
        b = subprocess.run(["pdftotext", pdf, "-"], capture_output=True).stdout.decode("utf-8", "replace")
        t = a + "\n\f\n" + b
        kind = "pdf"
    else:
        t, kind = None, None
    _doc_cache[doc_id] = (t, kind)
    return _doc_cache[doc_id]

_tok_cache = {}
def number_tokens(doc_id):
    if doc_id in _tok_cache:
        return _tok_cache[doc_id]
    t, _ = doc_text(doc_id)
    s = t.replace("\u3000", " ").replace("，", ",")
    s = re.sub(r"(?<=\d),\s*(?=\d{3}(?!\d))", "", s)      # thousands separators, "5, 487"
    s = re.sub(r"(?<=\d)\s*\.\s*(?=\d)", ".", s)          # "487. 18"
    toks = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", s):
        try:
            toks.add(Decimal(m.group()))
        except Exception:
            pass
    _tok_cache[doc_id] = toks
    return toks

def tokens_of(s):
    s = s.replace("\u3000", " ").replace("，", ",")
    s = re.sub(r"(?<=\d),\s*(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"(?<=\d)\s*\.\s*(?=\d)", ".", s)
    out = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", s):
        out.add(Decimal(m.group()))
    return out

def cited_lines(notes, text_docs):
    """Map text doc -> set of line numbers cited in notes ("000 line 12", "line 3-5/9")."""
    res = {d: set() for d in text_docs}
    cur = text_docs[0] if len(text_docs) == 1 else None
    for m in re.finditer(r"(\b00[0-3]\b)|line\s+(\d+(?:\s*[-/]\s*\d+)*)", notes):
        if m.group(1):
            cands = [d for d in text_docs if d.startswith(m.group(1))]
            cur = cands[0] if cands else None
            continue
        if cur is None:
            continue
        spec = m.group(2).replace(" ", "")
        for part in spec.split("/"):
            if "-" in part:
                a, b = part.split("-")[:2]
                res[cur].update(range(int(a), int(b) + 1))
            else:
                res[cur].add(int(part))
    return res

_page_cache = {}
def page_tokens(doc_id, page):
    key = (doc_id, page)
    if key not in _page_cache:
        pdf = os.path.join(PDFDIR, doc_id + ".pdf")
        a = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                           capture_output=True).stdout.decode("utf-8", "replace")
        _page_cache[key] = tokens_of(a)
    return _page_cache[key]

def cited_pages(notes):
    pages = set()
    for m in re.finditer(r"p\.\s*(\d+)(?:\s*[-/]\s*p?\.?\s*(\d+))?", notes):
        a = int(m.group(1)); b = int(m.group(2)) if m.group(2) else a
        pages.update(range(a, b + 1))
    return pages

WINDOW = 3

# ---------------------------------------------------------------- checks
def main():
    errors = []
    def err(msg):
        errors.append(msg)
    doc_items = {}
    total = 0
    clarify = 0
    mt_nf = 0
    n_values = n_computed = n_phrases = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".jsonl"))
    expected_files = sorted(c + ".jsonl" for c in COUNTS)
    if files != expected_files:
        err("jsonl files %s != %s" % (files, expected_files))
    for cat, n in COUNTS.items():
        path = os.path.join(HERE, cat + ".jsonl")
        if not os.path.exists(path):
            err("missing " + path); continue
        lines = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) != n:
            err("%s: %d items, expected %d" % (cat, len(lines), n))
        for k, line in enumerate(lines):
            total += 1
            try:
                it = json.loads(line)
            except Exception as e:
                err("%s line %d: bad json %s" % (cat, k + 1, e)); continue
            iid = it.get("id")
            want_id = "%s-%d" % (cat, 3301 + k)
            if iid != want_id:
                err("%s line %d: id %s != %s" % (cat, k + 1, iid, want_id))
            if list(it.keys()) != FIELDS:
                err("%s: fields %s" % (iid, list(it.keys())))
                continue
            if it["category"] != cat:
                err("%s: category %s" % (iid, it["category"]))
            if it["expect"] not in ("answered", "not_found", "clarify"):
                err("%s: expect %s" % (iid, it["expect"]))
            turns = it["turns"]
            if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
                err("%s: bad turns" % iid)
            if cat == "multi_turn":
                if not 2 <= len(turns) <= 3:
                    err("%s: multi_turn needs 2-3 turns" % iid)
                if it["expect"] == "not_found":
                    mt_nf += 1
            elif len(turns) != 1:
                err("%s: needs exactly 1 turn" % iid)
            if it["expect"] == "clarify":
                clarify += 1
            if it["expect"] in ("not_found", "clarify") and it["values"]:
                err("%s: %s item must have empty values" % (iid, it["expect"]))
            if it["expect"] == "answered" and not it["values"] and not it["phrases"]:
                err("%s: answered item with neither values nor phrases" % iid)
            if not it["notes"].strip():
                err("%s: empty notes" % iid)
            # evidence
            ev_docs = []
            for ev in it["evidence"]:
                if list(ev.keys()) != ["docId", "table", "section", "row", "column"]:
                    err("%s: evidence fields %s" % (iid, list(ev.keys())))
                d = ev.get("docId")
                if d == TEMPLATE:
                    err("%s: cites the blank template" % iid)
                t, kind = doc_text(d)
                if t is None:
                    err("%s: unknown docId %s" % (iid, d)); continue
                if d not in ev_docs:
                    ev_docs.append(d)
            if not ev_docs:
                err("%s: no evidence" % iid)
            for d in ev_docs:
                doc_items.setdefault(d, set()).add(iid)
            # values
            listed = set()
            for v in it["values"]:
                if list(v.keys()) != ["value", "measure", "note"]:
                    err("%s: value fields %s" % (iid, list(v.keys()))); continue
                if not re.fullmatch(r"-?\d+(\.\d+)?", v["value"]):
                    err("%s: value not a plain decimal: %r" % (iid, v["value"])); continue
                listed.add(Decimal(v["value"]))
            for v in it["values"]:
                if not re.fullmatch(r"-?\d+(\.\d+)?", v["value"]):
                    continue
                n_values += 1
                val = Decimal(v["value"])
                note = v["note"]
                if note.startswith("计算："):
                    n_computed += 1
                    m = re.match(r"计算：(.+?)=(-?\d+(?:\.\d+)?)（.+）$", note)
                    if not m:
                        err("%s: malformed 计算 note %r" % (iid, note)); continue
                    formula, res = m.group(1), m.group(2)
                    try:
                        got, nums = evaluate(formula)
                    except Exception as e:
                        err("%s: cannot parse %r: %s" % (iid, formula, e)); continue
                    dp = expected_dp(v["measure"], formula, nums)
                    want = qround(got, dp)
                    if res != v["value"]:
                        err("%s: note result %s != value %s" % (iid, res, v["value"]))
                    rdp = len(res.split(".")[1]) if "." in res else 0
                    if rdp != dp:
                        err("%s: %s has %d decimals, expected %d" % (iid, res, rdp, dp))
                    if Decimal(res) != want:
                        err("%s: %s evaluates to %s, note says %s" % (iid, formula, want, res))
                    for n in nums:
                        dn = Decimal(n)
                        if dn in CONSTS:
                            continue
                        if dn not in listed:
                            err("%s: formula input %s not listed as a value" % (iid, n))
                else:
                    found = any(val in number_tokens(d) for d in ev_docs)
                    if not found:
                        err("%s: value %s (%s) not found in %s" % (iid, v["value"], note, ev_docs))
                        continue
                    # stronger: the value must sit on a cited line (text, +-WINDOW) or cited page (PDF)
                    tdocs = [d for d in ev_docs if doc_text(d)[1] == "text"]
                    pdocs = [d for d in ev_docs if doc_text(d)[1] == "pdf"]
                    lines_by_doc = cited_lines(it["notes"], tdocs) if tdocs else {}
                    pages = cited_pages(it["notes"])
                    local = False
                    for d in tdocs:
                        lines = doc_text(d)[0].split("\n")
                        for ln in lines_by_doc.get(d, ()):
                            lo, hi = max(0, ln - 1 - WINDOW), min(len(lines), ln + WINDOW)
                            if val in tokens_of("\n".join(lines[lo:hi])):
                                local = True; break
                        if local:
                            break
                    if not local:
                        for d in pdocs:
                            if any(val in page_tokens(d, p) for p in pages):
                                local = True; break
                    if not local:
                        err("%s: value %s (%s) not on any cited line/page" % (iid, v["value"], note))
            # phrases
            for p in it["phrases"]:
                n_phrases += 1
                np_ = norm_space(p)
                if not any(np_ in norm_space(doc_text(d)[0]) for d in ev_docs):
                    err("%s: phrase not found: %r" % (iid, p))
            # verification markers
            if it["values"]:
                for d in ev_docs:
                    kind = doc_text(d)[1]
                    if kind == "pdf":
                        if "已看图核对" not in it["notes"] or not re.search(r"p\.?\s*\d+", it["notes"]):
                            err("%s: PDF item with values lacks 已看图核对/page in notes" % iid)
                    elif kind == "text":
                        if not re.search(re.escape(d[:3]) + r" line \d+", it["notes"]):
                            err("%s: text item lacks '%s line N' citation" % (iid, d[:3]))
    if clarify > 3:
        err("clarify items: %d > 3" % clarify)
    if mt_nf < 5:
        err("multi_turn ending not_found: %d < 5" % mt_nf)
    all_docs = [f[:-4] for f in os.listdir(CORPUS) if f.endswith(".txt")] + \
               [f[:-4] for f in os.listdir(PDFDIR) if f.endswith(".pdf") and not f.startswith(TEMPLATE)]
    for d in sorted(all_docs):
        n = len(doc_items.get(d, ()))
        if n < 8:
            err("document %s cited by %d items (< 8)" % (d, n))
    print("items: %d  values: %d (computed %d)  phrases: %d  clarify: %d  multi_turn->not_found: %d"
          % (total, n_values, n_computed, n_phrases, clarify, mt_nf))
    print("items per document:")
    for d in sorted(all_docs):
        print("  %-40s %3d" % (d, len(doc_items.get(d, ()))))
    if errors:
        print("FAILED: %d problems" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")

if __name__ == "__main__":
    main()
