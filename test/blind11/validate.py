import json,re,sys,collections,datetime
H="/work/blindsets/blind11/"
con=open("/work/shared/spec/policy-contract.md").read()
CAT={}
for lvl,blk in re.findall(r"- \*\*(\d)\*\*: (.*?)(?=\n- \*\*|\n\nOffense)",con,re.S):
    for c in re.findall(r"`([a-z_.]+)`",blk): CAT[c]=int(lvl)
TRIG={a:int(b) for a,b in re.findall(r"^\| `([a-z_]+)` \| .*? \| (\d) \|$",con,re.M)}
RULE={"refund_commitment":"refund_over_threshold","replacement_commitment":"dnr_escalation","best_of_my_abilities":"subscription_refund_limit"}
assert len(TRIG)==20 and len(CAT)>=59,(len(TRIG),len(CAT))
TK={"id","source","url","subject","mailbox","brand","channel","tags","customer","orders","messages","draft","facts","now"}
def grams(s,n=7):
    w=re.findall(r"[a-z0-9$']+",s.lower()); return {" ".join(w[i:i+n]) for i in range(len(w)-n+1)}
dev=[json.loads(l) for l in open("/work/shared/eval/dev.jsonl")]
DG=set()
for x in dev:
    for m in x["ticket"]["messages"]: DG|=grams(m["body"])
    DG|=grams(x["ticket"].get("draft",""))
FORB=grams("I've worked this to the best of my abilities and escalated your request to a supervisor")
err=[];ids=set();L=[]
for i,l in enumerate(open(H+"blind11.jsonl"),1):
    try: x=json.loads(l)
    except Exception as e: err.append((i,"parse",e)); continue
    L.append(x); c=x["case"]; t=x["ticket"]; e=x["expect"]
    if c in ids: err.append((c,"dup"))
    ids.add(c)
    if set(x)!={"case","ticket","expect","why"} or set(e)!={"tier","triggers","category","draftWarnings"}: err.append((c,"keys"))
    if not set(t)<=TK or not t.get("messages"): err.append((c,"ticket keys"))
    if t.get("source") not in ("helpscout","gorgias","manual"): err.append((c,"source"))
    if t.get("channel") not in ("email","chat","phone","social","other"): err.append((c,"channel"))
    if t.get("now")!="2026-11-30T11:00:00-05:00": err.append((c,"now"))
    now=datetime.datetime.fromisoformat(t["now"])
    for m in t["messages"]:
        if set(m)!={"id","author","at","body"} or m["author"] not in("customer","agent","note"): err.append((c,"msg shape"))
        if datetime.datetime.fromisoformat(m["at"].replace("Z","+00:00"))>=now: err.append((c,"msg after now"))
    for o in t.get("orders",[]):
        if not {"id","total","currency","status","items"}<=set(o): err.append((c,"order shape"))
        if "deliveredAt" in o and o["deliveredAt"]>"2026-11-30": err.append((c,"delivered after now"))
    if e["triggers"]!=sorted(set(e["triggers"])): err.append((c,"triggers not sorted/unique"))
    for tr in e["triggers"]:
        if tr not in TRIG: err.append((c,"bad trigger",tr))
    if e["category"] is not None and e["category"] not in CAT: err.append((c,"bad cat"))
    for w in e["draftWarnings"]:
        if w not in RULE: err.append((c,"bad rule"))
        elif "draft" not in t or RULE[w] not in e["triggers"]: err.append((c,"warning w/o draft/trigger",w))
    f=t.get("facts",{}); cu=t.get("customer",{})
    if w:=None: pass
    if "refund_commitment" in e["draftWarnings"] and f.get("refundApproved"): err.append((c,"approved but warned"))
    if "replacement_commitment" in e["draftWarnings"] and f.get("replacementApproved"): err.append((c,"approved but warned"))
    # tier
    lv=[1]
    if e["category"]:
        cl=CAT[e["category"]]
        if e["category"].startswith("order_issue.") or e["category"]=="fulfillment.missing_incomplete":
            off=f.get("offenseNumber", cu.get("priorOrderIssues",0)+1 if "priorOrderIssues" in cu else 1)
            cl=cl if off==1 else (3 if off<=3 else 4)
        lv.append(cl)
    for tr in e["triggers"]:
        L_=TRIG[tr]
        if tr=="supervisor_request":
            asks=sum(1 for m in t["messages"] if m["author"]!="agent" and re.search(r"manager|supervisor|in charge|boss",m["body"],re.I))
            L_=2 if f.get("deEscalationAttempted") or asks>=2 else 1
        lv.append(L_)
    if max(lv)!=e["tier"]: err.append((c,"tier",max(lv),e["tier"]))
    if c.startswith("neg-") and e["triggers"] and False: pass
    # overlap with dev
    for m in t["messages"]:
        ov=grams(m["body"])&DG
        if ov: err.append((c,"7gram overlap",list(ov)[:2]))
    if "draft" in t:
        ov=(grams(t["draft"])&DG)
        if "best_of_my_abilities" in e["draftWarnings"] or "neg-hb" in c: ov-=FORB
        if ov: err.append((c,"draft 7gram overlap",list(ov)[:2]))
    if x["ticket"]["id"] in {d["ticket"].get("id") for d in dev}: err.append((c,"ticket id in dev"))
for e_ in err: print("ERR",*e_)
C=collections.Counter
tc=C(t for x in L for t in x["expect"]["triggers"])
print("lines",len(L),"negs",sum(x["case"].startswith("neg-") for x in L),"drafts",sum("draft" in x["ticket"] for x in L))
print("tiers",sorted(C(x["expect"]["tier"] for x in L).items()))
print("cats distinct",len({x["expect"]["category"] for x in L if x["expect"]["category"]}), "null",sum(x["expect"]["category"] is None for x in L))
print("cat levels",C(CAT[x["expect"]["category"]] for x in L if x["expect"]["category"]))
for k in TRIG: print(" ",k,tc[k], "" if tc[k]>=4 else "<-- LOW")
for r,tr in RULE.items():
    com=sum(r in x["expect"]["draftWarnings"] for x in L)
    non=sum("draft" in x["ticket"] and tr in x["expect"]["triggers"] and r not in x["expect"]["draftWarnings"] for x in L)
    print(" rule",r,"commit",com,"non-commit(with trigger)",non)
print("mailbox",C(x["ticket"].get("mailbox") for x in L)); print("channel",C(x["ticket"]["channel"] for x in L)); print("brand",C(x["ticket"].get("brand") for x in L))
sys.exit(1 if err else 0)
