import json,re,sys,collections as C
from datetime import datetime,timezone
L1="general.donations_sponsorship general.wholesale_inquiry general.press_inquiry general.product_information general.faq_terms general.website_navigation order.status order.change order.cancel order.address_update order.confirmation order.new order_issue.did_not_like order_issue.damage order_issue.defect order_issue.adverse_reaction order_issue.dnr billing.gift_card_balance billing.honor_promo fulfillment.restock fulfillment.missing_incomplete shipping.processing_delay shipping.us_delay shipping.intl_delay shipping.lost_in_transit shipping.return_to_sender benefits.rewards_signup retail.exchange_with_receipt other.shop_runner".split()
L3="order_issue.return_outside_warranty product.ingredients product.specific platform.website_issue platform.promo_issue billing.bnpl billing.gift_card_not_found billing.promo_not_working shipping.multiple_international shipping.invalid_tracking shipping.label_created_stalled shipping.prepaid_label_request shipping.backorder marketing.unsubscribe marketing.brand_feedback marketing.influencer rewards.missing_points rewards.redeem_points rewards.expired_points rewards.merge_accounts retail.negative_experience retail.damage_no_receipt retail.third_party_purchase other.hr_verification".split()
L4="fraud chargeback foreign_object injury_legal wholesale_reseller_issue".split()
CAT={**{c:1 for c in L1},"lead.spam":2,**{c:3 for c in L3},**{c:4 for c in L4}}
TRIG=dict(chargeback_threat=4,fraud_accusation=4,legal_threat=4,adverse_reaction_medical=4,foreign_object=4,wholesale_reseller_issue=4,abusive_language=3,review_threat=3,integrity_concern=3,payment_dispute=3,drop_shipping_concern=3,severe_quality_complaint=3,medical_escalation=3,bank_or_gateway_contact=3,subscription_refund_limit=3,supervisor_request=2,unresolved_complaint=2,refund_over_threshold=2,dnr_escalation=2,repeat_refunds=2)
RULE={"refund_commitment":("refund_over_threshold","refundApproved"),"replacement_commitment":("dnr_escalation","replacementApproved"),"best_of_my_abilities":("subscription_refund_limit",None)}
TK={"id","source","url","subject","mailbox","brand","channel","tags","customer","orders","messages","draft","facts","now"}
FACTS={"deEscalationAttempted","refundApproved","replacementApproved","customerDeclinedCourier","refundAmount","replacementUnits","daysSinceDelivered","offenseNumber"}
def ts(s): return datetime.fromisoformat(s.replace('Z','+00:00'))
err=[];ids=set();oids=C.Counter()
path=sys.argv[1] if len(sys.argv)>1 else 'blind10.jsonl'
for n,line in enumerate(open(path),1):
    def E(m): err.append(f"line {n}: {m}")
    try: x=json.loads(line)
    except Exception as e: E(f"parse {e}");continue
    if set(x)!={"case","ticket","expect","why"}: E("keys")
    if x['case'] in ids: E("dup case")
    ids.add(x['case'])
    t=x['ticket'];e=x['expect']
    if set(t)-TK: E(f"unknown ticket fields {set(t)-TK}")
    if t.get('source') not in ("helpscout","gorgias","manual"): E("source")
    if t.get('channel') not in ("email","chat","phone","social","other"): E("channel")
    if t.get('brand') not in (None,"TSM","HB"): E("brand")
    if set(t.get('facts',{}))-FACTS: E("facts keys")
    if set(t.get('customer',{}))-{"name","email","priorOrderIssues","priorRefunds"}: E("customer keys")
    for o in t.get('orders',[]):
        oids[o['id']]+=1
        if set(o)-{"id","total","currency","status","deliveredAt","items"}: E("order keys")
    now=ts(t['now']);seen=set()
    for m in t['messages']:
        if set(m)!={"id","author","at","body"} or m['author'] not in("customer","agent","note"): E("msg shape")
        if m['id'] in seen: E("dup msg id")
        seen.add(m['id'])
        if ts(m['at'])>now: E(f"message after now {m['id']}")
    if set(e)!={"tier","triggers","category","draftWarnings"}: E("expect keys")
    if e['triggers']!=sorted(set(e['triggers'])): E("triggers not sorted/unique")
    for tr in e['triggers']:
        if tr not in TRIG: E(f"bad trigger {tr}")
    if e['category'] is not None and e['category'] not in CAT: E(f"bad category {e['category']}")
    for w in e['draftWarnings']:
        if w not in RULE: E(f"bad rule {w}");continue
        if 'draft' not in t: E(f"warning without draft {w}")
        trg,fk=RULE[w]
        if trg not in e['triggers']: E(f"warning {w} without trigger {trg}")
        if fk and t.get('facts',{}).get(fk) is True: E(f"warning {w} but approved")
    # tier
    lv=[1]
    c=e['category']
    if c:
        cl=CAT[c]
        if c.startswith('order_issue.') or c=='fulfillment.missing_incomplete':
            off=t.get('facts',{}).get('offenseNumber')
            if off is None:
                pi=t.get('customer',{}).get('priorOrderIssues')
                off=pi+1 if pi is not None else 1
            if off>=4: cl=4
            elif off>=2: cl=max(cl,3)
        lv.append(cl)
    for tr in e['triggers']:
        l=TRIG[tr]
        if tr=='supervisor_request' and not t.get('facts',{}).get('deEscalationAttempted'): l=1
        lv.append(l)
    if max(lv)!=e['tier']: E(f"tier {e['tier']} != computed {max(lv)}")
    if 'subscription_refund_limit' in e['triggers']:
        b=t.get('brand') or ('TSM' if (t.get('mailbox') or '').startswith('TSM') else None)
        if b!='TSM': E("subscription limit on non-TSM")
    if x['case'].startswith('neg-') and e['triggers']: E("neg with triggers")
    if not x['why'].strip(): E("empty why")
for k,v in oids.items():
    if v>1: err.append(f"order id {k} used {v} times")
# overlap with dev: any 7-word run shared
def grams(s,k=7):
    w=re.findall(r"[a-z0-9']+",s.lower());return {' '.join(w[i:i+k]) for i in range(len(w)-k+1)}
dev=set()
try:
    for l in open('/work/shared/eval/dev.jsonl'):
        d=json.loads(l);tt=d['ticket']
        for m in tt['messages']: dev|=grams(m['body'])
        if 'draft' in tt: dev|=grams(tt['draft'])
    for n,line in enumerate(open(path),1):
        tt=json.loads(line)['ticket']
        txt=[m['body'] for m in tt['messages']]+([tt['draft']] if 'draft' in tt else [])
        for s in txt:
            ov={g for g in grams(s)&dev if not set(g.split())<=set("i've i have worked on this this to the very best of my abilities ability and have escalated your request to a supervisor".split())}
            if ov: err.append(f"line {n}: shares wording with dev: {sorted(ov)[:2]}")
except FileNotFoundError: pass
print("\n".join(err) if err else "OK")
sys.exit(1 if err else 0)
