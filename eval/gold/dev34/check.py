#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-check every dev34 item. Standard library + pdftotext only. Run from anywhere:
    python3 /work/dev34/check.py
"""
import json, os, re, subprocess, sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = '/work/shared/corpus'
PDFDIR = '/work/shared/corpus-pdf'
TEMPLATE = 'shanghai-bumen-juesuan-template-2024'
EXPECTED = {'lookup': 28, 'breakdown': 10, 'computation': 34, 'budget_vs_actual': 12, 'yoy_trend': 16,
            'cross_unit': 14, 'variance_draft': 10, 'text': 24, 'multi_turn': 26, 'not_found': 24, 'robustness': 12}
FIELDS = ['id', 'category', 'turns', 'expect', 'values', 'evidence', 'phrases', 'notes']
VFIELDS = ['value', 'measure', 'note']
EFIELDS = ['docId', 'table', 'section', 'row', 'column']
CONSTANTS = {Decimal(100), Decimal(1000), Decimal(10000), Decimal(100000000)}
COUNT_MEASURES = {'辆', '人', '个', '人次', '批次', '次', '台', '分', '项'}
TEXT_DOCS = {f[:-4] for f in os.listdir(CORPUS) if f.endswith('.txt')}
PDF_DOCS = {f[:-4] for f in os.listdir(PDFDIR) if f.endswith('.pdf')} - {TEMPLATE}

errors = []


def err(msg):
    errors.append(msg)


# ---------- tiny arithmetic parser (no eval) ----------
TOK = re.compile(r'\s*(\d+(?:\.\d+)?|[-+*/()])')


def tokenize(expr):
    toks, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOK.match(expr, pos)
        if not m:
            raise ValueError('bad char at %d in %r' % (pos, expr))
        toks.append(m.group(1))
        pos = m.end()
        while pos < len(expr) and expr[pos].isspace():
            pos += 1
    return toks


def evaluate(expr):
    toks = tokenize(expr)
    i = [0]

    def peek():
        return toks[i[0]] if i[0] < len(toks) else None

    def take():
        t = toks[i[0]]; i[0] += 1; return t

    def atom():
        t = take()
        if t == '(':
            v = addsub()
            if take() != ')':
                raise ValueError('missing )')
            return v
        if t == '-':
            return -atom()
        return Decimal(t)

    def muldiv():
        v = atom()
        while peek() in ('*', '/'):
            op = take(); r = atom()
            v = v * r if op == '*' else v / r
        return v

    def addsub():
        v = muldiv()
        while peek() in ('+', '-'):
            op = take(); r = muldiv()
            v = v + r if op == '+' else v - r
        return v

    v = addsub()
    if i[0] != len(toks):
        raise ValueError('trailing tokens')
    return v, [Decimal(t) for t in toks if t[0].isdigit()]


# ---------- document text & number tokens ----------
_cache = {}


def doc_texts(doc):
    if doc in _cache:
        return _cache[doc]
    if doc in TEXT_DOCS:
        raw = open(os.path.join(CORPUS, doc + '.txt'), encoding='utf-8').read()
        texts = [raw]
    else:
        path = os.path.join(PDFDIR, doc + '.pdf')
        texts = []
        for args in (['pdftotext', '-layout', path, '-'], ['pdftotext', path, '-']):
            texts.append(subprocess.run(args, capture_output=True).stdout.decode('utf-8', 'replace'))
    nums = set()
    for t in texts:
        t2 = re.sub(r'(\d),\s+(\d)', r'\1,\2', t)          # "5, 487. 18" -> "5,487. 18"
        t2 = re.sub(r'(\d)\.\s+(\d)', r'\1.\2', t2)        # -> "5,487.18"
        t2 = t2.translate(str.maketrans('０１２３４５６７８９', '0123456789'))
        for m in re.finditer(r'\d[\d,]*(?:\.\d+)?', t2):
            s = m.group(0).replace(',', '')
            try:
                nums.add(Decimal(s))
            except Exception:
                pass
    flat = ''.join(re.sub(r'\s+', '', t) for t in texts)
    joined = [re.sub(r'\s+', '', t) for t in texts]
    _cache[doc] = (nums, joined)
    return _cache[doc]


PLAIN = re.compile(r'^-?\d+(\.\d+)?$')
CALC = re.compile(r'^计算：(.+?)=(-?\d+(?:\.\d+)?)（')


def check_item(rec, cat, idx):
    iid = rec.get('id')
    if list(rec.keys()) != FIELDS:
        err('%s: field list %s' % (iid, list(rec.keys())))
        return
    want_id = '%s-%d' % (cat, 3401 + idx)
    if iid != want_id:
        err('%s: expected id %s' % (iid, want_id))
    if rec['category'] != cat:
        err('%s: category %s' % (iid, rec['category']))
    if rec['expect'] not in ('answered', 'not_found', 'clarify'):
        err('%s: bad expect' % iid)
    turns = rec['turns']
    if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
        err('%s: bad turns' % iid)
    if cat == 'multi_turn':
        if not 2 <= len(turns) <= 3:
            err('%s: multi_turn needs 2-3 turns' % iid)
    elif len(turns) != 1:
        err('%s: needs exactly 1 turn' % iid)
    if rec['expect'] in ('not_found', 'clarify') and rec['values']:
        err('%s: %s item must have empty values' % (iid, rec['expect']))
    if rec['expect'] in ('not_found', 'clarify') and len(rec['notes']) < 10:
        err('%s: notes too short for %s' % (iid, rec['expect']))
    docs = []
    for e in rec['evidence']:
        if list(e.keys()) != EFIELDS:
            err('%s: evidence fields %s' % (iid, list(e.keys())))
            continue
        if e['docId'] == TEMPLATE:
            err('%s: template PDF cited' % iid)
        elif e['docId'] not in TEXT_DOCS and e['docId'] not in PDF_DOCS:
            err('%s: unknown docId %s' % (iid, e['docId']))
        else:
            docs.append(e['docId'])
    if not docs:
        err('%s: no evidence' % iid)
    allnums = set()
    for d in set(docs):
        allnums |= doc_texts(d)[0]
    listed = []
    for v in rec['values']:
        if list(v.keys()) != VFIELDS:
            err('%s: value fields %s' % (iid, list(v.keys())))
            continue
        if not PLAIN.match(v['value']):
            err('%s: value not plain decimal: %r' % (iid, v['value']))
            continue
        if not v['measure'] or not v['note']:
            err('%s: empty measure/note' % iid)
        listed.append(Decimal(v['value']))
    for v in rec['values']:
        if not PLAIN.match(v.get('value', '')):
            continue
        note = v['note']
        if note.startswith('计算'):
            m = CALC.match(note)
            if not m:
                err('%s: malformed 计算 note %r' % (iid, note)); continue
            formula, result = m.group(1), m.group(2)
            if result != v['value']:
                err('%s: note result %s != value %s' % (iid, result, v['value']))
            try:
                exact, inputs = evaluate(formula)
            except Exception as ex:
                err('%s: cannot parse %r (%s)' % (iid, formula, ex)); continue
            dp = len(result.split('.')[1]) if '.' in result else 0
            all_int_inputs = all('.' not in t for t in TOK.findall(formula) if t[0].isdigit())
            if dp == 0:
                if not (v['measure'] in COUNT_MEASURES or (v['measure'] == '元' and all_int_inputs)):
                    err('%s: 0 decimals only for counts / 元 sums: %s' % (iid, note))
            elif dp != 2:
                err('%s: result must have 2 decimals: %s' % (iid, note))
            want = exact.quantize(Decimal(1) if dp == 0 else Decimal('0.01'), rounding=ROUND_HALF_UP)
            if want != Decimal(result):
                err('%s: %s evaluates to %s, not %s' % (iid, formula, want, result))
            for n in inputs:
                if n in CONSTANTS:
                    continue
                if n not in listed:
                    err('%s: formula input %s not listed as a value' % (iid, n))
        else:
            if Decimal(v['value']).copy_abs() not in allnums:
                err('%s: value %s (%s) not found in evidence docs %s' % (iid, v['value'], note, sorted(set(docs))))
    for ph in rec['phrases']:
        p = re.sub(r'\s+', '', ph)
        if not any(p in j for d in set(docs) for j in doc_texts(d)[1]):
            err('%s: phrase not found: %r' % (iid, ph))
    if rec['values']:
        if any(d in PDF_DOCS for d in docs) and '已看图核对' not in rec['notes']:
            err('%s: PDF item with values lacks 已看图核对' % iid)
        if any(d in TEXT_DOCS for d in docs) and not re.search(r'00[0-3] line \d+', rec['notes']):
            err('%s: text item with values lacks line citation' % iid)
    return docs


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.jsonl'))
    if names != sorted(c + '.jsonl' for c in EXPECTED):
        err('jsonl files: %s' % names)
    per_doc = Counter()
    n_clarify = 0
    mt_nf = 0
    total = 0
    for cat, n in EXPECTED.items():
        path = os.path.join(HERE, cat + '.jsonl')
        if not os.path.exists(path):
            err('missing ' + path); continue
        lines = open(path, encoding='utf-8').read().splitlines()
        if len(lines) != n:
            err('%s: %d items, expected %d' % (cat, len(lines), n))
        for idx, line in enumerate(lines):
            rec = json.loads(line)
            if line != json.dumps(rec, ensure_ascii=False):
                err('%s line %d not ensure_ascii=False canonical' % (cat, idx + 1))
            docs = check_item(rec, cat, idx) or []
            for d in set(docs):
                per_doc[d] += 1
            n_clarify += rec['expect'] == 'clarify'
            if cat == 'multi_turn' and rec['expect'] == 'not_found':
                mt_nf += 1
            total += 1
    if n_clarify > 3:
        err('clarify items: %d > 3' % n_clarify)
    if mt_nf < 5:
        err('multi_turn ending not_found: %d < 5' % mt_nf)
    for d in sorted(TEXT_DOCS | PDF_DOCS):
        if per_doc[d] < 8:
            err('document %s cited by %d items (<8)' % (d, per_doc[d]))
    print('items: %d  clarify: %d  multi_turn ending not_found: %d' % (total, n_clarify, mt_nf))
    print('items per document: ' + ', '.join('%s=%d' % (d, per_doc[d]) for d in sorted(per_doc)))
    if errors:
        print('FAILED: %d problem(s)' % len(errors))
        for e in errors:
            print('  - ' + e)
        sys.exit(1)
    print('OK: all checks passed')


if __name__ == '__main__':
    main()
