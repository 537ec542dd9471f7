#!/usr/bin/env python3
"""Self-check for blind7.jsonl against /work/shared/spec/policy-contract.md (no engine involved)."""
import json, re, sys, datetime as dt, collections
CONTRACT = open('/work/shared/spec/policy-contract.md').read()
PATH = sys.argv[1] if len(sys.argv) > 1 else '/work/blindsets/blind7/blind7.jsonl'
# categories by level, parsed from section 3
cat_level = {}
for lvl, block in re.findall(r'- \*\*(\d)\*\*: (.*?)(?=\n- \*\*|\n\nOffense)', CONTRACT, re.S):
    for cid in re.findall(r'`([a-z_.]+)`', block):
        cat_level[cid] = int(lvl)
trig_level = {m[0]: int(m[1]) for m in re.findall(r'^\| `([a-z_]+)` \|.*\| (\d) \|$', CONTRACT, re.M)}
sec5 = CONTRACT.split('## 5.')[1].split('## 6.')[0]
rules = set(re.findall(r'^\| `([a-z_]+)` \|', sec5, re.M))
RULE_TRIGGER = {'refund_commitment': ('refund_over_threshold', 'refundApproved'),
                'replacement_commitment': ('dnr_escalation', 'replacementApproved'),
                'best_of_my_abilities': ('subscription_refund_limit', None)}
assert len(cat_level) == 59, len(cat_level)
assert len(trig_level) == 20, trig_level
assert rules == set(RULE_TRIGGER), rules
TOP = {'id', 'source', 'url', 'subject', 'mailbox', 'brand', 'channel', 'tags', 'customer', 'orders', 'messages', 'draft', 'facts', 'now'}
FACTS = {'deEscalationAttempted', 'refundApproved', 'replacementApproved', 'customerDeclinedCourier', 'refundAmount', 'replacementUnits', 'daysSinceDelivered', 'offenseNumber'}
errs = []; ids = set(); n = 0
cnt_trig = collections.Counter(); cnt_cat = collections.Counter(); cnt_warn = collections.Counter(); nonc = collections.Counter()
drafts = 0; negs = 0
def ts(s): return dt.datetime.fromisoformat(s.replace('Z', '+00:00'))
for ln, line in enumerate(open(PATH), 1):
    n += 1
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f'{ln}: bad json {e}'); continue
    cid = d.get('case'); E = lambda m: errs.append(f'{ln} {cid}: {m}')
    if set(d) != {'case', 'ticket', 'expect', 'why'}: E('top keys')
    if cid in ids: E('dup id')
    ids.add(cid); negs += cid.startswith('neg-')
    t, x = d['ticket'], d['expect']
    if set(t) - TOP: E(f'unknown ticket keys {set(t)-TOP}')
    if t.get('source') not in (None, 'helpscout', 'gorgias', 'manual'): E('source')
    if t.get('channel') not in (None, 'email', 'chat', 'phone', 'social', 'other'): E('channel')
    if t.get('brand') not in (None, 'TSM', 'HB'): E('brand')
    if set(t.get('facts', {})) - FACTS: E('facts keys')
    cu = t.get('customer', {})
    if set(cu) - {'name', 'email', 'priorOrderIssues', 'priorRefunds'}: E('customer keys')
    for o in t.get('orders', []):
        if set(o) - {'id', 'total', 'currency', 'status', 'deliveredAt', 'items'}: E('order keys')
        for it in o.get('items', []):
            if set(it) != {'name', 'quantity'}: E('item keys')
    now = ts(t['now'])
    if not t.get('messages'): E('no messages')
    mids = set()
    for m in t['messages']:
        if set(m) != {'id', 'author', 'at', 'body'}: E('message keys')
        if m['author'] not in ('customer', 'agent', 'note'): E('author')
        if m['id'] in mids: E('dup message id')
        mids.add(m['id'])
        if ts(m['at']) > now: E(f'message {m["id"]} after now')
    for o in t.get('orders', []):
        if o.get('deliveredAt') and dt.date.fromisoformat(o['deliveredAt']) > now.date(): E('delivered after now')
    if set(x) != {'tier', 'triggers', 'category', 'draftWarnings'}: E('expect keys')
    tr = x['triggers']
    if tr != sorted(set(tr)): E('triggers not sorted/unique')
    for tid in tr:
        if tid not in trig_level: E(f'unknown trigger {tid}')
        cnt_trig[tid] += 1
    cat = x['category']
    if cat is not None and cat not in cat_level: E(f'unknown category {cat}')
    cnt_cat[cat] += 1
    for w in x['draftWarnings']:
        if w not in rules: E(f'unknown rule {w}')
        if 'draft' not in t: E(f'warning {w} without draft')
        trig, appr = RULE_TRIGGER[w]
        if trig not in tr: E(f'warning {w} but {trig} not fired')
        if appr and t.get('facts', {}).get(appr) is True: E(f'warning {w} though {appr}')
        cnt_warn[w] += 1
    if 'draft' in t:
        drafts += 1
        for w, (trig, _) in RULE_TRIGGER.items():
            if trig in tr and w not in x['draftWarnings']: nonc[w] += 1
    if 'subscription_refund_limit' in tr:
        b = t.get('brand') or ('TSM' if (t.get('mailbox') or '').startswith('TSM') else None)
        if b != 'TSM': E('subscription_refund_limit on non-TSM ticket')
    # tier
    lvl = 1
    if cat is not None:
        lvl = cat_level[cat]
        if cat.startswith('order_issue.') or cat == 'fulfillment.missing_incomplete':
            off = t.get('facts', {}).get('offenseNumber') or (cu['priorOrderIssues'] + 1 if 'priorOrderIssues' in cu else 1)
            if 2 <= off <= 3: lvl = 3
            elif off >= 4: lvl = 4
    opts = set()
    sup_levels = [2] if t.get('facts', {}).get('deEscalationAttempted') else [1, 2]
    for sl in sup_levels:
        l = lvl
        for tid in tr:
            l = max(l, sl if tid == 'supervisor_request' else trig_level.get(tid, 0))
        opts.add(l)
    if x['tier'] not in opts: E(f'tier {x["tier"]} not in {opts}')
    if not d['why'] or len(d['why']) > 400: E('why missing/too long')
print(f'{n} lines, {len(errs)} errors, {negs} neg- cases, {drafts} drafts, {len(cnt_cat)} distinct categories (incl. null)')
for e in errs: print('ERR', e)
print('triggers:', dict(sorted(cnt_trig.items())))
print('missing triggers:', sorted(set(trig_level) - set(cnt_trig)))
print('warnings (committing):', dict(cnt_warn), ' non-committing with trigger fired:', dict(nonc))
print('categories:', dict(sorted(cnt_cat.items(), key=lambda kv: str(kv[0]))))
print('levels of categories used:', collections.Counter(cat_level.get(c, 0) for c in cnt_cat))
sys.exit(1 if errs else 0)
