#!/usr/bin/env python3
"""Self-check for blind16.jsonl against the policy contract (ids, shape, tier rule)."""
import json, re, sys, collections
from datetime import datetime

CONTRACT = "/work/shared/spec/policy-contract.md"
SET = sys.argv[1] if len(sys.argv) > 1 else "/work/blindsets/blind16/blind16.jsonl"
txt = open(CONTRACT).read()

# --- ids from the contract ---
sec3 = txt.split("## 3.")[1].split("## 4.")[0]
cat_level = {}
for line in sec3.splitlines():
    m = re.match(r"- \*\*(\d)\*\*:", line.strip())
    if m:
        cur = int(m.group(1))
    if line.strip().startswith("- **") or line.startswith("  "):
        if "Offense rule" in line:
            break
        for cid in re.findall(r"`([a-z_]+(?:\.[a-z_]+)?)`", line):
            cat_level.setdefault(cid, cur)
sec4 = txt.split("## 4.")[1].split("## 5.")[0]
trig_level = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\| `([a-z_]+)` \|.*\| (\d) \|$", sec4, re.M)}
sec5 = txt.split("## 5.")[1].split("## 6.")[0]
rules = re.findall(r"^\| `([a-z_]+)` \|", sec5, re.M)
RULE_TRIGGER = {"refund_commitment": "refund_over_threshold",
                "replacement_commitment": "dnr_escalation",
                "best_of_my_abilities": "subscription_refund_limit"}
assert len(trig_level) == 20, trig_level
assert set(rules) == set(RULE_TRIGGER), rules
assert len(cat_level) == 59, len(cat_level)

# cases where the supervisor request is repeated in a later customer message (level 2 without facts)
ASKS_AGAIN = {"double-charge-wants-your-boss"}

TICKET_KEYS = {"id", "source", "url", "subject", "mailbox", "brand", "channel", "tags", "customer",
               "orders", "messages", "draft", "facts", "now"}
CUST_KEYS = {"name", "email", "priorOrderIssues", "priorRefunds"}
ORDER_KEYS = {"id", "total", "currency", "status", "deliveredAt", "items"}
FACT_KEYS = {"deEscalationAttempted", "refundApproved", "replacementApproved", "customerDeclinedCourier",
             "refundAmount", "replacementUnits", "daysSinceDelivered", "offenseNumber"}
MSG_KEYS = {"id", "author", "at", "body"}

errors = []
def err(case, msg):
    errors.append(f"{case}: {msg}")

def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))

seen = set(); tids = set()
lines = open(SET).read().splitlines()
recs = []
for n, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad json {e}"); continue
    recs.append(r)
    c = r.get("case", f"line{n}")
    if set(r) != {"case", "ticket", "expect", "why"}: err(c, f"top keys {set(r)}")
    if c in seen: err(c, "duplicate case id")
    seen.add(c)
    t, e = r["ticket"], r["expect"]
    if set(e) != {"tier", "triggers", "category", "draftWarnings"}: err(c, "expect keys")
    if not isinstance(r["why"], str) or len(r["why"]) < 20 or len(r["why"]) > 400: err(c, "why length")
    # shape
    if not set(t) <= TICKET_KEYS: err(c, f"unknown ticket keys {set(t) - TICKET_KEYS}")
    if t.get("id") in tids: err(c, "duplicate ticket id")
    tids.add(t.get("id"))
    if t.get("source") not in ("helpscout", "gorgias", "manual"): err(c, "source")
    if t.get("channel") not in ("email", "chat", "phone", "social", "other"): err(c, "channel")
    if "brand" in t and t["brand"] not in ("TSM", "HB"): err(c, "brand")
    if "now" not in t: err(c, "no now")
    now = ts(t["now"])
    cu = t.get("customer", {})
    if not set(cu) <= CUST_KEYS or "name" not in cu or "email" not in cu: err(c, "customer shape")
    for o in t.get("orders", []):
        if not set(o) <= ORDER_KEYS or not {"id", "total", "currency", "status", "items"} <= set(o): err(c, "order shape")
        if "deliveredAt" in o and ts(o["deliveredAt"] + "T00:00:00+00:00") > now: err(c, "deliveredAt after now")
        for it in o["items"]:
            if set(it) != {"name", "quantity"}: err(c, "item shape")
    facts = t.get("facts", {})
    if not set(facts) <= FACT_KEYS: err(c, f"facts keys {set(facts) - FACT_KEYS}")
    msgs = t.get("messages", [])
    if not 1 <= len(msgs) <= 6: err(c, "message count")
    prev = None
    for i, m in enumerate(msgs):
        if set(m) != MSG_KEYS: err(c, "message shape")
        if m["id"] != f"m{i+1}": err(c, "message id")
        if m["author"] not in ("customer", "agent", "note"): err(c, "author")
        at = ts(m["at"])
        if at > now: err(c, f"message {m['id']} after now")
        if prev and at < prev: err(c, "messages out of order")
        prev = at
    if not any(m["author"] in ("customer", "note") for m in msgs): err(c, "no customer/note message")
    # ids
    trig = e["triggers"]
    if trig != sorted(set(trig)): err(c, "triggers not sorted/unique")
    for x in trig:
        if x not in trig_level: err(c, f"unknown trigger {x}")
    cat = e["category"]
    if cat is not None and cat not in cat_level: err(c, f"unknown category {cat}")
    w = e["draftWarnings"]
    if w != sorted(set(w)): err(c, "warnings not sorted/unique")
    for x in w:
        if x not in RULE_TRIGGER: err(c, f"unknown rule {x}")
        if "draft" not in t: err(c, f"warning {x} without draft")
        if RULE_TRIGGER.get(x) not in trig: err(c, f"warning {x} without its trigger")
    if "refund_commitment" in w and facts.get("refundApproved") is True: err(c, "refund approved but warned")
    if "replacement_commitment" in w and facts.get("replacementApproved") is True: err(c, "replacement approved but warned")
    # TSM-only rule
    brand = t.get("brand") or ("TSM" if "TSM" in (t.get("mailbox") or "") else "HB" if "HB" in (t.get("mailbox") or "") else None)
    if "subscription_refund_limit" in trig and brand != "TSM": err(c, "subscription_refund_limit on non-TSM")
    # hard negatives fire nothing
    if c.startswith("neg-") and trig: err(c, "neg case with triggers")
    # tier
    levels = [1]
    if cat is not None:
        lv = cat_level[cat]
        if cat.startswith("order_issue.") or cat == "fulfillment.missing_incomplete":
            off = facts.get("offenseNumber", cu.get("priorOrderIssues", 0) + 1)
            lv = lv if off <= 1 else (3 if off <= 3 else 4)
        levels.append(lv)
    for x in trig:
        lv = trig_level[x]
        if x == "supervisor_request":
            lv = 2 if (facts.get("deEscalationAttempted") is True or c in ASKS_AGAIN) else 1
        levels.append(lv)
    if e["tier"] != max(levels): err(c, f"tier {e['tier']} != computed {max(levels)}")

# coverage
pos = collections.Counter(x for r in recs for x in r["expect"]["triggers"])
for x in trig_level:
    if pos[x] < 4: errors.append(f"coverage: {x} has {pos[x]} positives")
commit = collections.Counter(x for r in recs for x in r["expect"]["draftWarnings"])
noncommit = collections.Counter()
for r in recs:
    if "draft" in r["ticket"]:
        for rule, tr in RULE_TRIGGER.items():
            if tr in r["expect"]["triggers"] and rule not in r["expect"]["draftWarnings"]:
                noncommit[rule] += 1
for rule in RULE_TRIGGER:
    if commit[rule] < 3: errors.append(f"coverage: {rule} committing {commit[rule]}")
    if noncommit[rule] < 2: errors.append(f"coverage: {rule} non-committing {noncommit[rule]}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
N = len(recs)
print(f"OK: {N} lines")
print("tiers:", sorted(collections.Counter(r["expect"]["tier"] for r in recs).items()))
print("hard negatives:", sum(r["case"].startswith("neg-") for r in recs), " drafts:", sum("draft" in r["ticket"] for r in recs))
print("channels:", dict(collections.Counter(r["ticket"]["channel"] for r in recs)))
print("brands:", dict(collections.Counter(r["ticket"].get("brand") or r["ticket"].get("mailbox") for r in recs)))
print("messages per ticket:", sorted(collections.Counter(len(r["ticket"]["messages"]) for r in recs).items()))
print("trigger positives:", dict(sorted(pos.items())))
print("reply rules committing:", dict(commit), " non-committing (trigger fired, no warning):", dict(noncommit))
cats = collections.Counter(r["expect"]["category"] for r in recs)
print("categories:", len(cats), "distinct;", dict(sorted(((k or 'null'), v) for k, v in cats.items())))
print("category levels used:", sorted(set(cat_level[k] for k in cats if k)))
