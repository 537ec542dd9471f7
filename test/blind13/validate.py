import json,re,sys
con=open('/work/shared/spec/policy-contract.md').read()
trig=dict((m[0],int(m[1])) for m in re.findall(r"\| `(\w+)` \| [^|]+\| (\d) \|",con))
cats={}
for lv,blk in re.findall(r"- \*\*(\d)\*\*:(.*?)(?=\n- \*\*|\n\nOffense)",con,re.S):
    for c in re.findall(r"`([\w.]+)`",blk): cats[c]=int(lv)
rules={"refund_commitment":"refund_over_threshold","replacement_commitment":"dnr_escalation","best_of_my_abilities":"subscription_refund_limit"}
FORB="i've worked this to the best of my abilities and escalated your request to a supervisor"
def grams(s):
    w=re.findall(r"[a-z0-9$']+",s.lower()); return {" ".join(w[i:i+7]) for i in range(len(w)-6)}
dev=set()
for l in open('/work/shared/eval/dev.jsonl'):
    d=json.loads(l)["ticket"]
    for m in d["messages"]: dev|=grams(m["body"])
    dev|=grams(d.get("draft",""))
dev-=grams(FORB)
err=[];ids=set()
for n,l in enumerate(open('blind13.jsonl'),1):
    d=json.loads(l);e=d["expect"];tk=d["ticket"]
    if d["case"] in ids: err.append((n,"dup"))
    ids.add(d["case"])
    for x in e["triggers"]:
        if x not in trig: err.append((n,"trig",x))
    if e["triggers"]!=sorted(e["triggers"]): err.append((n,"unsorted"))
    c=e["category"]
    if c is not None and c not in cats: err.append((n,"cat",c))
    lv=cats.get(c,1)
    if c and (c.startswith("order_issue.") or c=="fulfillment.missing_incomplete"):
        off=tk.get("facts",{}).get("offenseNumber") or (tk.get("customer",{}).get("priorOrderIssues",0)+1)
        lv=max(lv,3 if off in (2,3) else 4 if off>=4 else lv)
    exp=max([lv]+[trig.get(x,1) for x in e["triggers"] if x!="supervisor_request"]+([1] if "supervisor_request" in e["triggers"] else []))
    if exp!=e["tier"] and "supervisor_request" not in e["triggers"]: err.append((n,"tier",exp,e["tier"]))
    for w in e["draftWarnings"]:
        if w not in rules or not tk.get("draft") or rules[w] not in e["triggers"]: err.append((n,"warn",w))
    now=tk["now"]
    from datetime import datetime
    N=datetime.fromisoformat(now)
    for m in tk["messages"]:
        if datetime.fromisoformat(m["at"].replace("Z","+00:00"))>N: err.append((n,"future"))
        if m["author"] not in ("customer","agent","note"): err.append((n,"author"))
        ov=grams(m["body"])&dev
        if ov: err.append((n,"7gram",ov))
    ov=grams(tk.get("draft",""))&dev
    if ov: err.append((n,"7gram-draft",ov))
    for k in ("case","ticket","expect","why"):
        if k not in d: err.append((n,"key",k))
print("lines",n,"errors",len(err));[print(x) for x in err];sys.exit(1 if err else 0)
