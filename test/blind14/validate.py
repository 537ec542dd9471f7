import json, re, sys, datetime
sys.path.insert(0, "/work/blindsets/blind14")
from lib import CAT, TRIG, RULES, tier
contract = open("/work/shared/spec/policy-contract.md").read()
for k in list(CAT) + list(TRIG) + list(RULES): assert "`%s`" % k in contract, k
TOP = {"id","source","url","subject","mailbox","brand","channel","tags","customer","orders","messages","draft","facts","now"}
FACTS = {"deEscalationAttempted","refundApproved","replacementApproved","customerDeclinedCourier","refundAmount","replacementUnits","daysSinceDelivered","offenseNumber"}
def toks(s): return re.findall(r"[a-z0-9']+", s.lower())
def grams(s, n=7):
    t = toks(s); return {" ".join(t[i:i+n]) for i in range(len(t)-n+1)}
dev = set()
for l in open("/work/shared/eval/dev.jsonl"):
    o = json.loads(l); tk = o["ticket"]
    for m in tk["messages"]: dev |= grams(m["body"])
    for k in ("draft","subject"):
        if tk.get(k): dev |= grams(tk[k])
errs = []; ids = set(); n = 0
path = sys.argv[1] if len(sys.argv) > 1 else "/work/blindsets/blind14/blind14.jsonl"
for i, l in enumerate(open(path), 1):
    n += 1
    try: o = json.loads(l)
    except Exception as e: errs.append(f"{i}: parse {e}"); continue
    E = lambda m: errs.append(f"{i} {o.get('case')}: {m}")
    if set(o) != {"case","ticket","expect","why"}: E("keys")
    if o["case"] in ids: E("dup id")
    ids.add(o["case"])
    tk, ex = o["ticket"], o["expect"]
    if set(tk) - TOP: E("ticket keys")
    if tk.get("source") not in ("helpscout","gorgias","manual"): E("source")
    if tk.get("channel") not in ("email","chat","phone","social","other"): E("channel")
    if set(ex) != {"tier","triggers","category","draftWarnings"}: E("expect keys")
    if ex["triggers"] != sorted(set(ex["triggers"])): E("triggers unsorted")
    for t in ex["triggers"]:
        if t not in TRIG: E("bad trigger " + t)
    if ex["category"] is not None and ex["category"] not in CAT: E("bad cat")
    for w in ex["draftWarnings"]:
        if w not in RULES: E("bad rule")
        if not tk.get("draft"): E("warning without draft")
        if RULES[w] not in ex["triggers"]: E("warning trigger not fired")
    if "refund_commitment" in ex["draftWarnings"] and (tk.get("facts") or {}).get("refundApproved"): E("approved")
    if "replacement_commitment" in ex["draftWarnings"] and (tk.get("facts") or {}).get("replacementApproved"): E("approved")
    if tier(tk, ex["category"], ex["triggers"]) != ex["tier"]: E("tier")
    if "supervisor_request" in ex["triggers"] and not (tk.get("facts") or {}).get("deEscalationAttempted"): E("sup w/o deesc")
    if set((tk.get("facts") or {})) - FACTS: E("facts keys")
    now = datetime.datetime.fromisoformat(tk["now"])
    mids = set()
    for m in tk["messages"]:
        if set(m) != {"id","author","at","body"} or m["author"] not in ("customer","agent","note"): E("msg shape")
        if m["id"] in mids: E("dup msg id")
        mids.add(m["id"])
        if datetime.datetime.fromisoformat(m["at"].replace("Z","+00:00")) > now: E("msg after now")
        ov = grams(m["body"]) & dev
        if ov: E("7-gram overlap with dev: " + repr(sorted(ov)[:2]))
    for k in ("draft","subject"):
        if tk.get(k) and grams(tk[k]) & dev: E("7-gram overlap in " + k)
    for od in tk.get("orders", []):
        if set(od) - {"id","total","currency","status","deliveredAt","items"}: E("order keys")
    if o["case"].startswith("neg-") and ex["triggers"] and False: pass
    if not o["why"] or len(o["why"]) > 300: E("why")
print(n, "lines;", len(errs), "errors"); print("\n".join(errs))
sys.exit(1 if errs else 0)
