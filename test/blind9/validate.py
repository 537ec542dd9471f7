import json, re, sys, datetime as dt
HERE = "/work/blindsets/blind9/"
con = open("/work/shared/spec/policy-contract.md").read()
cat_level = {}
for lvl, body in re.findall(r"- \*\*(\d)\*\*: (.*?)(?=\n- \*\*|\n\nOffense)", con, re.S):
    for c in re.findall(r"`([a-z_.]+)`", body): cat_level[c] = int(lvl)
trig_level = {t: int(l) for t, l in re.findall(r"^\| `([a-z_]+)` \| .*? \| (\d) \|$", con, re.M)}
rules = set(re.findall(r"^\| `([a-z_]+)` \| (?:it |)", con.split("## 5.")[1], re.M))
RULE_TRIG = {"refund_commitment": "refund_over_threshold", "replacement_commitment": "dnr_escalation", "best_of_my_abilities": "subscription_refund_limit"}
assert len(trig_level) == 20 and len(rules) == 3 and len(cat_level) >= 55, (len(trig_level), rules, len(cat_level))
# cases where the customer asks for a supervisor again in a later message (level 2 without facts)
ASKED_AGAIN = {"p06-rick-manager-twice", "p28-jess-manager-again"}
TICKET_KEYS = {"id", "source", "url", "subject", "mailbox", "brand", "channel", "tags", "customer", "orders", "messages", "draft", "facts", "now"}
FACT_KEYS = {"deEscalationAttempted", "refundApproved", "replacementApproved", "customerDeclinedCourier", "refundAmount", "replacementUnits", "daysSinceDelivered", "offenseNumber"}
errs = []; ids = set(); n = 0
def E(c, m): errs.append(f"{c}: {m}")
for ln, line in enumerate(open(HERE + "blind9.jsonl"), 1):
    n += 1
    try: d = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: {e}"); continue
    c = d.get("case")
    if set(d) != {"case", "ticket", "expect", "why"}: E(c, "top keys")
    if c in ids: E(c, "dup id")
    ids.add(c)
    t, x = d["ticket"], d["expect"]
    if set(t) - TICKET_KEYS: E(c, f"ticket keys {set(t)-TICKET_KEYS}")
    if t.get("source") not in ("helpscout", "gorgias", "manual"): E(c, "source")
    if t.get("channel") not in ("email", "chat", "phone", "social", "other"): E(c, "channel")
    if t.get("brand") not in (None, "TSM", "HB"): E(c, "brand")
    if set(t.get("facts", {})) - FACT_KEYS: E(c, "facts keys")
    if set(x) != {"tier", "triggers", "category", "draftWarnings"}: E(c, "expect keys")
    now = dt.datetime.fromisoformat(t["now"])
    for i, m in enumerate(t["messages"]):
        if set(m) != {"id", "author", "at", "body"} or m["author"] not in ("customer", "agent", "note"): E(c, "msg shape")
        if dt.datetime.fromisoformat(m["at"].replace("Z", "+00:00")) > now: E(c, f"message {m['id']} after now")
    for o in t.get("orders", []):
        if not set(o) <= {"id", "total", "currency", "status", "deliveredAt", "items"}: E(c, "order keys")
        if o.get("deliveredAt") and dt.date.fromisoformat(o["deliveredAt"]) > now.date(): E(c, "delivered after now")
    for tr in x["triggers"]:
        if tr not in trig_level: E(c, f"unknown trigger {tr}")
    if x["triggers"] != sorted(set(x["triggers"])): E(c, "triggers not sorted/unique")
    if x["category"] is not None and x["category"] not in cat_level: E(c, f"unknown category {x['category']}")
    for w in x["draftWarnings"]:
        if w not in rules: E(c, f"unknown rule {w}")
        if not t.get("draft"): E(c, "warning without draft")
        if RULE_TRIG[w] not in x["triggers"]: E(c, f"warning {w} without its trigger")
        f = t.get("facts", {})
        if w == "refund_commitment" and f.get("refundApproved") is True: E(c, "refund approved but warned")
        if w == "replacement_commitment" and f.get("replacementApproved") is True: E(c, "replacement approved but warned")
    if "subscription_refund_limit" in x["triggers"] and t.get("brand") != "TSM": E(c, "sub limit on non-TSM")
    # tier
    lv = [1]
    cat = x["category"]
    if cat:
        l = cat_level[cat]
        if cat.startswith("order_issue.") or cat == "fulfillment.missing_incomplete":
            f = t.get("facts", {}); cu = t.get("customer", {})
            off = f.get("offenseNumber") or ((cu["priorOrderIssues"] + 1) if cu.get("priorOrderIssues") is not None else 1)
            if 2 <= off <= 3: l = max(l, 3)
            elif off >= 4: l = 4
        lv.append(l)
    for tr in x["triggers"]:
        l = trig_level[tr]
        if tr == "supervisor_request":
            l = 2 if (t.get("facts", {}).get("deEscalationAttempted") or c in ASKED_AGAIN) else 1
        lv.append(l)
    if max(lv) != x["tier"]: E(c, f"tier {x['tier']} != computed {max(lv)}")
    if c.startswith("neg-") is False and not x["triggers"] and False: pass
print(n, "lines;", len(errs), "errors")
for e in errs: print(" ", e)
sys.exit(1 if errs else 0)
