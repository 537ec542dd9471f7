#!/usr/bin/env python3
"""Self-check for blind12.jsonl. Reads only the contract, the dev set (for the n-gram / name
overlap test) and this set. Exit status 1 on any error."""
import json, re, sys, os, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "blind12.jsonl")
CONTRACT = "/work/shared/spec/policy-contract.md"
DEV = "/work/shared/eval/dev.jsonl"
NOW = "2026-11-28T14:00:00-08:00"
FORBIDDEN = "I've worked this to the best of my abilities and escalated your request to a supervisor"
NGRAM = 7

errors, warns = [], []
def err(case, msg): errors.append(f"{case}: {msg}")
def warn(case, msg): warns.append(f"{case}: {msg}")

# ------------------------------------------------------------------ contract
ctext = open(CONTRACT, encoding="utf-8").read()
cat_level = {}
sec3 = ctext.split("## 3.")[1].split("## 4.")[0]
for m in re.finditer(r"- \*\*(\d)\*\*:(.*?)(?=\n- \*\*|\n\nOffense)", sec3, re.S):
    for cid in re.findall(r"`([a-z_.]+)`", m.group(2)):
        cat_level[cid] = int(m.group(1))
sec4 = ctext.split("## 4.")[1].split("## 5.")[0]
trig_level = {m.group(1): int(m.group(2))
              for m in re.finditer(r"^\| `([a-z_]+)` \|.*\| (\d) \|$", sec4, re.M)}
sec5 = ctext.split("## 5.")[1].split("## 6.")[0]
rules = re.findall(r"^\| `([a-z_]+)` \|", sec5, re.M)
RULE_TRIGGER = {"refund_commitment": "refund_over_threshold",
                "replacement_commitment": "dnr_escalation",
                "best_of_my_abilities": "subscription_refund_limit"}
RULE_APPROVAL = {"refund_commitment": "refundApproved", "replacement_commitment": "replacementApproved"}
assert len(trig_level) == 20, trig_level
assert set(rules) == set(RULE_TRIGGER), rules
assert len(cat_level) >= 55, len(cat_level)

# ------------------------------------------------------------------ shape
TOP = {"id", "source", "url", "subject", "mailbox", "brand", "channel", "tags", "customer",
       "orders", "messages", "draft", "facts", "now"}
CUST = {"name", "email", "priorOrderIssues", "priorRefunds"}
ORDER = {"id", "total", "currency", "status", "deliveredAt", "items"}
MSG = {"id", "author", "at", "body"}
FACTS = {"deEscalationAttempted": bool, "refundApproved": bool, "replacementApproved": bool,
         "customerDeclinedCourier": bool, "refundAmount": (int, float), "replacementUnits": int,
         "daysSinceDelivered": int, "offenseNumber": int}
SOURCES = {"helpscout", "gorgias", "manual"}
CHANNELS = {"email", "chat", "phone", "social", "other"}
AUTHORS = {"customer", "agent", "note"}
MAILBOXES = {"HB Support", "TSM Support", "TSM Members", "HB Wholesale", "Retail Support"}

def parse_ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))

now_dt = parse_ts(NOW)

def tokens(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", s)

def ngrams(s):
    t = tokens(s)
    return {tuple(t[i:i + NGRAM]) for i in range(len(t) - NGRAM + 1)}

def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)

# ------------------------------------------------------------------ dev reference (overlap only)
dev = [json.loads(l) for l in open(DEV, encoding="utf-8")]
dev_grams = set()
for d in dev:
    for s in strings(d):
        dev_grams |= ngrams(s)
dev_names = {d["ticket"]["customer"]["name"].lower() for d in dev}
dev_first = {n.split()[0] for n in dev_names}
dev_orders = {o["id"] for d in dev for o in d["ticket"].get("orders", [])}
dev_ids = {d["ticket"]["id"] for d in dev}
dev_products = {i["name"].lower() for d in dev for o in d["ticket"].get("orders", []) for i in o["items"]}
dev_cases = {d["case"] for d in dev}
dev_text = " ".join(s for d in dev for s in strings(d)).lower()

# ------------------------------------------------------------------ the set
lines = open(SET, encoding="utf-8").read().splitlines()
rows, seen, seen_tid = [], set(), set()
for n, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        err(f"line {n}", f"does not parse: {e}")
        continue
    rows.append(r)

def brand_of(t):
    if t.get("brand"):
        return t["brand"]
    mb = t.get("mailbox") or ""
    return "TSM" if mb.startswith("TSM") else "HB" if mb.startswith("HB") else None

SUP_RE = re.compile(r"supervisor|manager|\bboss\b|in charge", re.I)

for r in rows:
    case = r.get("case", "?")
    if set(r) != {"case", "ticket", "expect", "why"}:
        err(case, f"top-level keys {sorted(r)}")
    if case in seen:
        err(case, "duplicate case id")
    seen.add(case)
    if case in dev_cases:
        err(case, "case id also used in dev")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", case):
        err(case, "case id not kebab-case")
    t, e = r["ticket"], r["expect"]
    # shape
    if set(t) - TOP:
        err(case, f"unknown ticket keys {set(t) - TOP}")
    for k in ("id", "source", "subject", "channel", "customer", "messages", "now"):
        if k not in t:
            err(case, f"missing {k}")
    if t.get("id") in seen_tid:
        err(case, "duplicate ticket id")
    seen_tid.add(t.get("id"))
    if t.get("id") in dev_ids:
        err(case, "ticket id also in dev")
    if t.get("source") not in SOURCES:
        err(case, "bad source")
    if t.get("channel") not in CHANNELS:
        err(case, "bad channel")
    if t.get("channel") == "chat" and t.get("source") != "gorgias":
        warn(case, "chat not from gorgias")
    if "brand" in t and t["brand"] not in ("TSM", "HB"):
        err(case, "bad brand")
    if "mailbox" in t and t["mailbox"] not in MAILBOXES:
        err(case, f"unknown mailbox {t['mailbox']}")
    if t.get("now") != NOW:
        err(case, "now differs")
    c = t["customer"]
    if set(c) - CUST or not {"name", "email"} <= set(c):
        err(case, f"customer keys {sorted(c)}")
    for k in ("priorOrderIssues", "priorRefunds"):
        if k in c and not (isinstance(c[k], int) and c[k] >= 0):
            err(case, f"bad {k}")
    if c["name"].lower() in dev_names:
        err(case, f"customer name {c['name']} also in dev")
    if c["name"].split()[0].lower() in dev_first:
        err(case, f"first name {c['name'].split()[0]} also in dev")
    for o in t.get("orders", []):
        if set(o) - ORDER or not {"id", "total", "currency", "status", "items"} <= set(o):
            err(case, f"order keys {sorted(o)}")
        if o["id"] in dev_orders:
            err(case, f"order id {o['id']} also in dev")
        if o["id"].lstrip("#") in dev_text:
            err(case, f"order number {o['id']} appears in dev text")
        if "deliveredAt" in o and datetime.date.fromisoformat(o["deliveredAt"]) > now_dt.date():
            err(case, "deliveredAt after now")
        for it in o["items"]:
            if set(it) != {"name", "quantity"}:
                err(case, "item keys")
            if it["name"].lower() in dev_products:
                err(case, f"product {it['name']} also in dev")
    if "facts" in t:
        for k, v in t["facts"].items():
            if k not in FACTS or not isinstance(v, FACTS[k]):
                err(case, f"bad fact {k}={v!r}")
    if "draft" in t and not isinstance(t["draft"], str):
        err(case, "draft not a string")
    msgs = t["messages"]
    if not 1 <= len(msgs) <= 5:
        err(case, f"{len(msgs)} messages (want 1-5)")
    prev = None
    for i, m in enumerate(msgs):
        if set(m) != MSG:
            err(case, f"message keys {sorted(m)}")
        if m["id"] != f"m{i+1}":
            err(case, "message ids not m1..mn")
        if m["author"] not in AUTHORS:
            err(case, "bad author")
        ts = parse_ts(m["at"])
        if ts >= now_dt:
            err(case, f"message {m['id']} at {m['at']} is not before now")
        if prev and ts < prev:
            err(case, "messages not oldest first")
        prev = ts
    if not any(m["author"] in ("customer", "note") for m in msgs):
        err(case, "no customer or note message")

    # labels
    if set(e) != {"tier", "triggers", "category", "draftWarnings"}:
        err(case, f"expect keys {sorted(e)}")
    trig, cat, dw = e["triggers"], e["category"], e["draftWarnings"]
    if trig != sorted(set(trig)):
        err(case, "triggers not a sorted unique list")
    if dw != sorted(set(dw)):
        err(case, "draftWarnings not a sorted unique list")
    for x in trig:
        if x not in trig_level:
            err(case, f"unknown trigger {x}")
    if cat is not None and cat not in cat_level:
        err(case, f"unknown category {cat}")
    for w in dw:
        if w not in RULE_TRIGGER:
            err(case, f"unknown reply rule {w}")
            continue
        if "draft" not in t:
            err(case, f"warning {w} without a draft")
        if RULE_TRIGGER[w] not in trig:
            err(case, f"warning {w} but {RULE_TRIGGER[w]} did not fire")
        ap = RULE_APPROVAL.get(w)
        if ap and t.get("facts", {}).get(ap) is True:
            err(case, f"warning {w} although facts.{ap} is true")
    if "subscription_refund_limit" in trig and brand_of(t) != "TSM":
        err(case, "subscription_refund_limit on a non-TSM ticket")
    if "draft" in t:
        has_phrase = "best of my abilit" in t["draft"].lower()
        if "best_of_my_abilities" in dw and not has_phrase:
            err(case, "best_of warning but draft lacks the phrase")
        if has_phrase and "subscription_refund_limit" in trig and "best_of_my_abilities" not in dw:
            err(case, "draft uses the phrase while the limit fired, but no warning")
    if case.startswith("neg-") and trig and "neg" in case:
        pass  # hard negatives may still fire other triggers; none do here
    # tier
    levels = []
    if cat is not None:
        lvl = cat_level[cat]
        if cat.startswith("order_issue.") or cat == "fulfillment.missing_incomplete":
            off = t.get("facts", {}).get("offenseNumber")
            if off is None:
                off = c.get("priorOrderIssues", 0) + 1
            if 2 <= off <= 3:
                lvl = max(lvl, 3)
            elif off >= 4:
                lvl = 4
        levels.append(lvl)
    for x in trig:
        lv = trig_level.get(x, 0)
        if x == "supervisor_request":
            asks = sum(1 for m in msgs if m["author"] in ("customer", "note") and SUP_RE.search(m["body"]))
            lv = 2 if (t.get("facts", {}).get("deEscalationAttempted") is True or asks >= 2) else 1
        levels.append(lv)
    want = max(levels) if levels else 1
    if e["tier"] != want:
        err(case, f"tier {e['tier']} but rule gives {want}")
    # DNR arithmetic: more than 2 units or more than 10 days must fire dnr_escalation
    if cat == "order_issue.dnr":
        od = [o for o in t.get("orders", []) if o.get("deliveredAt")]
        if od:
            units = t.get("facts", {}).get("replacementUnits") or sum(i["quantity"] for i in od[0]["items"])
            days = t.get("facts", {}).get("daysSinceDelivered")
            if days is None:
                days = (now_dt.date() - datetime.date.fromisoformat(od[0]["deliveredAt"])).days
            if (units > 2 or days > 10) and "dnr_escalation" not in trig:
                err(case, f"DNR with {units} units / {days} days but no dnr_escalation")
            if "dnr_escalation" not in trig and t.get("facts", {}).get("customerDeclinedCourier"):
                err(case, "courier declined in facts but no dnr_escalation")
    if not (isinstance(r["why"], str) and 20 <= len(r["why"]) <= 260):
        err(case, "why missing or too long")

    # overlap with dev: no 7-word run in any text we wrote
    mine = [t["subject"], r["why"]] + [m["body"] for m in msgs]
    if "draft" in t:
        mine.append(re.sub(re.escape(FORBIDDEN), " ", t["draft"], flags=re.I))
    for s in mine:
        hit = ngrams(s) & dev_grams
        for g in sorted(hit):
            err(case, f"7-word run shared with dev: '{' '.join(g)}'")

# ------------------------------------------------------------------ coverage
N = len(rows)
pos = collections.Counter(x for r in rows for x in r["expect"]["triggers"])
for x in trig_level:
    if pos[x] < 4:
        err("coverage", f"trigger {x} has {pos[x]} positives (<4)")
commit = collections.Counter()
noncommit = collections.Counter()
for r in rows:
    t, e = r["ticket"], r["expect"]
    if "draft" not in t:
        continue
    for w, trg in RULE_TRIGGER.items():
        if trg in e["triggers"]:
            (commit if w in e["draftWarnings"] else noncommit)[w] += 1
for w in RULE_TRIGGER:
    if commit[w] < 3:
        err("coverage", f"reply rule {w}: {commit[w]} committing drafts (<3)")
    if noncommit[w] < 2:
        err("coverage", f"reply rule {w}: {noncommit[w]} non-committing drafts (<2)")
cats = collections.Counter(r["expect"]["category"] for r in rows)
distinct = {c for c in cats if c}
by_level = collections.Counter(cat_level[c] for c in distinct)
if len(distinct) < 40:
    err("coverage", f"only {len(distinct)} distinct categories")
for lv in (1, 2, 3, 4):
    if by_level[lv] == 0:
        err("coverage", f"no category at level {lv}")

if "--quiet" not in sys.argv:
    tiers = collections.Counter(r["expect"]["tier"] for r in rows)
    neg = sum(r["case"].startswith("neg-") for r in rows)
    drafts = sum("draft" in r["ticket"] for r in rows)
    ch = collections.Counter(r["ticket"]["channel"] for r in rows)
    br = collections.Counter(brand_of(r["ticket"]) for r in rows)
    nm = collections.Counter(len(r["ticket"]["messages"]) for r in rows)
    mb = collections.Counter(r["ticket"].get("mailbox") for r in rows)
    print(f"lines {N}; hard negatives {neg} ({neg/N:.0%}); drafts {drafts} ({drafts/N:.0%})")
    print("tiers", dict(sorted(tiers.items())))
    print("channels", dict(ch), "| brand (resolved)", dict(br))
    print("mailboxes", dict(mb))
    print("messages per ticket", dict(sorted(nm.items())))
    print(f"distinct categories {len(distinct)} by level {dict(sorted(by_level.items()))}; null {cats[None]}")
    print("trigger positives", dict(sorted(pos.items())))
    print("reply rules committing", dict(commit), "non-committing", dict(noncommit))
for w in warns:
    print("WARN", w)
for x in errors:
    print("ERROR", x)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
