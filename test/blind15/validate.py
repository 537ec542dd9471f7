"""Self-check for blind15.jsonl against the contract (reads only /work/shared/spec/policy-contract.md)."""
import json, re, sys, datetime as dt, collections
CONTRACT = open("/work/shared/spec/policy-contract.md").read()
# categories by level (section 3)
CAT = {}
sec3 = CONTRACT.split("## 3.")[1].split("## 4.")[0]
for m in re.finditer(r"- \*\*(\d)\*\*:(.*?)(?=\n- \*\*|\nOffense rule)", sec3, re.S):
    for cid in re.findall(r"`([a-z_.]+)`", m.group(2)):
        CAT[cid] = int(m.group(1))
# triggers (section 4 table)
TRIG = {}
sec4 = CONTRACT.split("## 4.")[1].split("## 5.")[0]
for m in re.finditer(r"^\| `([a-z_]+)` \|.*\| (\d) \|$", sec4, re.M):
    TRIG[m.group(1)] = int(m.group(2))
# reply rules (section 5 table)
sec5 = CONTRACT.split("## 5.")[1].split("## 6.")[0]
RULES = re.findall(r"^\| `([a-z_]+)` \|", sec5, re.M)
RULE_TRIG = {"refund_commitment": "refund_over_threshold", "replacement_commitment": "dnr_escalation",
             "best_of_my_abilities": "subscription_refund_limit"}
RULE_APPROVAL = {"refund_commitment": "refundApproved", "replacement_commitment": "replacementApproved"}
assert len(TRIG) == 20 and len(RULES) == 3 and len(CAT) > 50, (len(TRIG), RULES, len(CAT))
assert set(RULES) == set(RULE_TRIG)
OFFENSE_CATS = lambda c: c is not None and (c.startswith("order_issue.") or c == "fulfillment.missing_incomplete")
# supervisor requests repeated in a later customer message (level 2 without the facts flag)
SUP_ASKED_AGAIN = {"supervisor-asked-again-chat"}

TOP = {"id", "source", "url", "subject", "mailbox", "brand", "channel", "tags", "customer", "orders", "messages", "draft", "facts", "now"}
CUST = {"name", "email", "priorOrderIssues", "priorRefunds"}
ORD = {"id", "total", "currency", "status", "deliveredAt", "items"}
FACTS = {"deEscalationAttempted", "refundApproved", "replacementApproved", "customerDeclinedCourier", "refundAmount",
         "replacementUnits", "daysSinceDelivered", "offenseNumber"}
SOURCES = {"helpscout", "gorgias", "manual"}
CHANNELS = {"email", "chat", "phone", "social", "other"}
AUTHORS = {"customer", "agent", "note"}

def ts(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))

errs = []
def err(case, msg): errs.append(f"{case}: {msg}")

lines = open(sys.argv[1] if len(sys.argv) > 1 else "blind15.jsonl").read().splitlines()
seen, seen_tid = set(), set()
stats = collections.Counter(); tiers = collections.Counter(); cats = collections.Counter(); chans = collections.Counter()
brands = collections.Counter(); wcount = collections.Counter(); nmsg = collections.Counter()
drafts_by_rule = {r: {"commit": 0, "noncommit": 0} for r in RULES}
negs = drafts = 0
for i, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        err(f"line {i}", f"does not parse: {e}"); continue
    case = d.get("case")
    if set(d) != {"case", "ticket", "expect", "why"}: err(case, f"top-level keys {sorted(d)}")
    if case in seen: err(case, "duplicate case id")
    seen.add(case)
    t, e = d["ticket"], d["expect"]
    if set(e) != {"tier", "triggers", "category", "draftWarnings"}: err(case, "expect keys")
    if not isinstance(d["why"], str) or len(d["why"]) < 20 or d["why"].count(". ") > 1: err(case, "why should be one short sentence")
    # ticket shape
    if not set(t) <= TOP: err(case, f"unknown ticket keys {set(t)-TOP}")
    if t.get("id") in seen_tid: err(case, "duplicate ticket id")
    seen_tid.add(t.get("id"))
    if t.get("source") not in SOURCES: err(case, "bad source")
    if t.get("channel") not in CHANNELS: err(case, "bad channel")
    if "brand" in t and t["brand"] not in ("TSM", "HB"): err(case, "bad brand")
    brand = t.get("brand") or ("TSM" if (t.get("mailbox") or "").startswith("TSM") else "HB" if (t.get("mailbox") or "").startswith("HB") else None)
    brands[brand] += 1
    c = t.get("customer", {})
    if not set(c) <= CUST or "name" not in c or "email" not in c: err(case, "customer shape")
    for o in t.get("orders", []):
        if not set(o) <= ORD or not {"id", "total", "currency", "status", "items"} <= set(o): err(case, "order shape")
        if not isinstance(o["total"], (int, float)): err(case, "order total not a number")
        for it in o["items"]:
            if set(it) != {"name", "quantity"}: err(case, "item shape")
        if "deliveredAt" in o: dt.date.fromisoformat(o["deliveredAt"])
    f = t.get("facts", {})
    if not set(f) <= FACTS: err(case, f"unknown facts {set(f)-FACTS}")
    if "now" not in t: err(case, "no now"); continue
    now = ts(t["now"])
    msgs = t.get("messages")
    if not msgs: err(case, "no messages")
    nmsg[len(msgs)] += 1
    prev = None
    for k, m in enumerate(msgs, 1):
        if set(m) != {"id", "author", "at", "body"}: err(case, "message shape")
        if m["id"] != f"m{k}": err(case, "message ids not m1..")
        if m["author"] not in AUTHORS: err(case, "bad author")
        at = ts(m["at"])
        if at > now: err(case, f"message {m['id']} dated after now")
        if prev and at < prev: err(case, "messages not oldest first")
        prev = at
        if not m["body"].strip(): err(case, "empty body")
    if not any(m["author"] in ("customer", "note") for m in msgs): err(case, "no customer/note message")
    # labels
    trig = e["triggers"]
    if trig != sorted(trig) or len(set(trig)) != len(trig): err(case, "triggers not sorted/unique")
    for x in trig:
        if x not in TRIG: err(case, f"unknown trigger {x}")
    cat = e["category"]
    if cat is not None and cat not in CAT: err(case, f"unknown category {cat}")
    for w in e["draftWarnings"]:
        if w not in RULES: err(case, f"unknown rule {w}")
    if e["draftWarnings"] != sorted(e["draftWarnings"]): err(case, "warnings not sorted")
    # warnings need a draft, the rule's trigger, and no approval
    for w in e["draftWarnings"]:
        if "draft" not in t: err(case, f"warning {w} without draft")
        if RULE_TRIG[w] not in trig: err(case, f"warning {w} without trigger {RULE_TRIG[w]}")
        if w in RULE_APPROVAL and f.get(RULE_APPROVAL[w]) is True: err(case, f"warning {w} although approved")
    if "draft" in t:
        drafts += 1
        for r in RULES:
            if RULE_TRIG[r] in trig and not (r in RULE_APPROVAL and f.get(RULE_APPROVAL[r]) is True):
                drafts_by_rule[r]["commit" if r in e["draftWarnings"] else "noncommit"] += 1
        if "best_of_my_abilities" in e["draftWarnings"] and not re.search(r"best of my abilit", t["draft"], re.I):
            err(case, "best_of warning but draft lacks the phrase")
    # TSM-only subscription rule
    if "subscription_refund_limit" in trig and brand != "TSM": err(case, "subscription_refund_limit on non-TSM ticket")
    # tier
    lv = 1
    if cat is not None:
        cl = CAT[cat]
        if OFFENSE_CATS(cat):
            off = f.get("offenseNumber", (c.get("priorOrderIssues") + 1) if c.get("priorOrderIssues") is not None else 1)
            if off >= 4: cl = 4
            elif off >= 2: cl = max(cl, 3)
        lv = max(lv, cl)
    for x in trig:
        tl = TRIG[x]
        if x == "supervisor_request":
            tl = 2 if (f.get("deEscalationAttempted") is True or case in SUP_ASKED_AGAIN) else 1
        lv = max(lv, tl)
    if e["tier"] != lv: err(case, f"tier {e['tier']} != computed {lv}")
    if "supervisor_request" in trig and case in SUP_ASKED_AGAIN and f.get("deEscalationAttempted"):
        err(case, "asked-again list should only hold cases without the facts flag")
    # cross checks on numbers
    if f.get("refundAmount") is not None:
        if (f["refundAmount"] >= 200) != ("refund_over_threshold" in trig): err(case, "refundAmount vs refund_over_threshold")
    if "repeat_refunds" in trig and (c.get("priorRefunds") or 0) < 3: err(case, "repeat_refunds with priorRefunds < 3")
    if "repeat_refunds" not in trig and (c.get("priorRefunds") or 0) >= 3: err(case, "priorRefunds >= 3 but no repeat_refunds: check")
    if cat == "order_issue.dnr" or "dnr_escalation" in trig:
        days = f.get("daysSinceDelivered")
        if days is None:
            dd = [o["deliveredAt"] for o in t.get("orders", []) if "deliveredAt" in o]
            days = (dt.date.fromisoformat(t["now"][:10]) - dt.date.fromisoformat(dd[0])).days if dd else None
        units = sum(it["quantity"] for o in t.get("orders", []) for it in o["items"])
        stats[f"dnr-check {case}: days={days} units={units} declined={f.get('customerDeclinedCourier')} fired={'dnr_escalation' in trig}"] += 1
    if case.startswith("neg-"):
        negs += 1
        if trig: err(case, "hard negative carries triggers")
    tiers[e["tier"]] += 1; cats[cat] += 1; chans[t["channel"]] += 1
    for x in trig: wcount[x] += 1
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problems"); sys.exit(1)
print(f"OK: {len(lines)} lines, {negs} hard negatives, {drafts} drafts")
print("tiers", dict(sorted(tiers.items())))
print("channels", dict(chans), "brands", dict(brands), "messages/ticket", dict(sorted(nmsg.items())))
print("triggers", {k: wcount.get(k, 0) for k in TRIG})
missing = [k for k in TRIG if wcount.get(k, 0) < 4]
if missing: print("UNDER 4 POSITIVES:", missing); sys.exit(1)
if wcount["refund_over_threshold"] < 8: print("refund_over_threshold under 8"); sys.exit(1)
print("reply rules (drafts where the trigger fired, unapproved)", drafts_by_rule)
for r, v in drafts_by_rule.items():
    if v["commit"] < 3 or v["noncommit"] < 2: print("reply rule coverage short:", r); sys.exit(1)
print("categories", len([k for k in cats if k]), "distinct;", "levels", dict(collections.Counter(CAT[k] for k in cats if k)))
for s in stats: print(s)
