#!/usr/bin/env python3
"""Self-check for blind8.jsonl. Reads only the contract and this set."""
import json, re, sys, collections, datetime as dt

SET = "/work/blindsets/blind8/blind8.jsonl"
CONTRACT = "/work/shared/spec/policy-contract.md"
# cases where the customer asks for a supervisor again in a later message (level 2 without facts)
SUP_AGAIN = {"sup-above-you-asks-again-chat", "sup-boss-declines-courier-chat", "sup-two-notes-lost-package"}

text = open(CONTRACT).read()
sec3 = text.split("## 3.")[1].split("## 4.")[0].split("Offense rule")[0]
sec4 = text.split("## 4.")[1].split("## 5.")[0]
sec5 = text.split("## 5.")[1].split("## 6.")[0]
CAT_LEVEL = {}
for line in sec3.split("- **")[1:]:
    lvl = int(line[0])
    for cid in re.findall(r"`([a-z_.]+)`", line):
        CAT_LEVEL[cid] = lvl
TRIG_LEVEL = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\| `([a-z_]+)` \|.*\| (\d) \|$", sec4, re.M)}
RULES = set(re.findall(r"^\| `([a-z_]+)` \|", sec5, re.M))
RULE_TRIGGER = {"refund_commitment": "refund_over_threshold", "replacement_commitment": "dnr_escalation",
                "best_of_my_abilities": "subscription_refund_limit"}
RULE_FACT = {"refund_commitment": "refundApproved", "replacement_commitment": "replacementApproved"}
assert len(TRIG_LEVEL) == 20, TRIG_LEVEL
assert RULES == set(RULE_TRIGGER), RULES
OFFENSE_CATS = lambda c: c and (c.startswith("order_issue.") or c == "fulfillment.missing_incomplete")

TICKET_KEYS = {"id", "source", "url", "subject", "mailbox", "brand", "channel", "tags", "customer", "orders", "messages", "draft", "facts", "now"}
CUST_KEYS = {"name", "email", "priorOrderIssues", "priorRefunds"}
ORDER_KEYS = {"id", "total", "currency", "status", "deliveredAt", "items"}
MSG_KEYS = {"id", "author", "at", "body"}
FACT_KEYS = {"deEscalationAttempted", "refundApproved", "replacementApproved", "customerDeclinedCourier", "refundAmount", "replacementUnits", "daysSinceDelivered", "offenseNumber"}

def ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))

errs = []
def err(case, msg): errs.append(f"{case}: {msg}")

cases, tids = set(), set()
trig_pos = collections.Counter(); rule_commit = collections.Counter(); rule_noncommit = collections.Counter()
tiers = collections.Counter(); cats = collections.Counter(); negs = 0; drafts = 0
chan = collections.Counter(); brands = collections.Counter(); srcs = collections.Counter()
rows = []
for n, line in enumerate(open(SET), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(d)
    c = d.get("case")
    if set(d) != {"case", "ticket", "expect", "why"}: err(c, f"top keys {set(d)}")
    if c in cases: err(c, "duplicate case")
    cases.add(c)
    t, e = d["ticket"], d["expect"]
    if t.get("id") in tids: err(c, "duplicate ticket id")
    tids.add(t.get("id"))
    if set(t) - TICKET_KEYS: err(c, f"unknown ticket keys {set(t) - TICKET_KEYS}")
    if t.get("source") not in (None, "helpscout", "gorgias", "manual"): err(c, "source")
    if t.get("channel") not in (None, "email", "chat", "phone", "social", "other"): err(c, "channel")
    if set(t.get("customer", {})) - CUST_KEYS: err(c, "customer keys")
    for o in t.get("orders", []):
        if set(o) - ORDER_KEYS: err(c, "order keys")
        if not isinstance(o["total"], (int, float)): err(c, "total")
        for it in o["items"]:
            if set(it) != {"name", "quantity"}: err(c, "item keys")
    if set(t.get("facts", {})) - FACT_KEYS: err(c, "facts keys")
    now = ts(t["now"])
    mids = set()
    for m in t["messages"]:
        if set(m) != MSG_KEYS: err(c, f"msg keys {set(m)}")
        if m["author"] not in ("customer", "agent", "note"): err(c, "author")
        if m["id"] in mids: err(c, "dup msg id")
        mids.add(m["id"])
        if ts(m["at"]) > now: err(c, f"message {m['id']} after now")
    if not any(m["author"] in ("customer", "note") for m in t["messages"]): err(c, "no readable message")
    brand = t.get("brand") or ("TSM" if "TSM" in (t.get("mailbox") or "") else "HB" if "HB" in (t.get("mailbox") or "") else None)
    brands[brand] += 1; chan[t.get("channel")] += 1; srcs[t.get("source")] += 1
    if brand is None: err(c, "no brand / mailbox")
    if set(e) != {"tier", "triggers", "category", "draftWarnings"}: err(c, "expect keys")
    trig, cat, warn = e["triggers"], e["category"], e["draftWarnings"]
    if trig != sorted(set(trig)): err(c, "triggers not sorted/unique")
    for x in trig:
        if x not in TRIG_LEVEL: err(c, f"unknown trigger {x}")
    if cat is not None and cat not in CAT_LEVEL: err(c, f"unknown category {cat}")
    for w in warn:
        if w not in RULES: err(c, f"unknown rule {w}")
        if "draft" not in t: err(c, f"warning {w} without draft")
        if RULE_TRIGGER[w] not in trig: err(c, f"warning {w} without trigger {RULE_TRIGGER[w]}")
        if RULE_FACT.get(w) and t.get("facts", {}).get(RULE_FACT[w]) is True: err(c, f"warning {w} though approved")
    if "subscription_refund_limit" in trig and brand != "TSM": err(c, "sub limit on non-TSM")
    # tier
    facts = t.get("facts", {})
    lv = 1
    if cat:
        cl = CAT_LEVEL[cat]
        if OFFENSE_CATS(cat):
            off = facts.get("offenseNumber") or ((t.get("customer", {}).get("priorOrderIssues") or 0) + 1)
            if off >= 4: cl = 4
            elif off >= 2: cl = 3
        lv = max(lv, cl)
    for x in trig:
        tl = TRIG_LEVEL[x]
        if x == "supervisor_request" and not (facts.get("deEscalationAttempted") or c in SUP_AGAIN): tl = 1
        lv = max(lv, tl)
    if lv != e["tier"]: err(c, f"tier {e['tier']} != computed {lv}")
    if c.startswith("neg-"):
        negs += 1
        if trig: err(c, "neg with triggers")
    if "draft" in t:
        drafts += 1
        for r, tr in RULE_TRIGGER.items():
            if tr in trig:
                (rule_commit if r in warn else rule_noncommit)[r] += 1
    for x in trig: trig_pos[x] += 1
    tiers[e["tier"]] += 1; cats[cat] += 1
    if not d["why"] or len(d["why"]) > 400: err(c, "why")
    # informational: DNR day counts
    if "dnr" in c or cat == "order_issue.dnr":
        for o in t.get("orders", []):
            if o.get("deliveredAt"):
                days = (now.date() - dt.date.fromisoformat(o["deliveredAt"])).days
                print(f"  info {c}: delivered {o['deliveredAt']} -> {days} days; qty {sum(i['quantity'] for i in o['items'])}; facts {facts}")

print(f"lines {len(rows)}  negatives {negs} ({100*negs/len(rows):.0f}%)  drafts {drafts}")
print("tiers", dict(sorted(tiers.items())))
print("brands", dict(brands), "channels", dict(chan), "sources", dict(srcs))
print("trigger positives:")
for x in TRIG_LEVEL: print(f"  {x:28s} {trig_pos[x]}")
print("reply rules (committing / non-committing with trigger fired):")
for r in RULE_TRIGGER: print(f"  {r:24s} {rule_commit[r]} / {rule_noncommit[r]}")
print("categories used:", len([k for k in cats if k]), "null:", cats[None])
for k, v in sorted(((k or "null"), v) for k, v in cats.items()): print(f"  {k} {v}")
if errs:
    print("ERRORS:"); [print(" ", x) for x in errs]; sys.exit(1)
print("OK")
