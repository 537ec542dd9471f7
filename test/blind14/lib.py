import json, datetime, re
CAT = {}
for lvl, ids in {1: "general.donations_sponsorship general.wholesale_inquiry general.press_inquiry general.product_information general.faq_terms general.website_navigation order.status order.change order.cancel order.address_update order.confirmation order.new order_issue.did_not_like order_issue.damage order_issue.defect order_issue.adverse_reaction order_issue.dnr billing.gift_card_balance billing.honor_promo fulfillment.restock fulfillment.missing_incomplete shipping.processing_delay shipping.us_delay shipping.intl_delay shipping.lost_in_transit shipping.return_to_sender benefits.rewards_signup retail.exchange_with_receipt other.shop_runner",
    2: "lead.spam",
    3: "order_issue.return_outside_warranty product.ingredients product.specific platform.website_issue platform.promo_issue billing.bnpl billing.gift_card_not_found billing.promo_not_working shipping.multiple_international shipping.invalid_tracking shipping.label_created_stalled shipping.prepaid_label_request shipping.backorder marketing.unsubscribe marketing.brand_feedback marketing.influencer rewards.missing_points rewards.redeem_points rewards.expired_points rewards.merge_accounts retail.negative_experience retail.damage_no_receipt retail.third_party_purchase other.hr_verification",
    4: "fraud chargeback foreign_object injury_legal wholesale_reseller_issue"}.items():
    for i in ids.split(): CAT[i] = lvl
TRIG = dict(chargeback_threat=4, fraud_accusation=4, legal_threat=4, adverse_reaction_medical=4, foreign_object=4,
    wholesale_reseller_issue=4, abusive_language=3, review_threat=3, integrity_concern=3, payment_dispute=3,
    drop_shipping_concern=3, severe_quality_complaint=3, medical_escalation=3, bank_or_gateway_contact=3,
    subscription_refund_limit=3, supervisor_request=2, unresolved_complaint=2, refund_over_threshold=2,
    dnr_escalation=2, repeat_refunds=2)
RULES = {"refund_commitment": "refund_over_threshold", "replacement_commitment": "dnr_escalation",
         "best_of_my_abilities": "subscription_refund_limit"}
OFFENSE_CATS = lambda c: c is not None and (c.startswith("order_issue.") or c == "fulfillment.missing_incomplete")

def cat_level(cat, ticket):
    if cat is None: return 1
    lvl = CAT[cat]
    if OFFENSE_CATS(cat):
        f = ticket.get("facts", {}) or {}
        off = f.get("offenseNumber")
        if off is None:
            p = (ticket.get("customer") or {}).get("priorOrderIssues")
            off = (p + 1) if p is not None else 1
        if off >= 4: lvl = max(lvl, 4)
        elif off >= 2: lvl = max(lvl, 3)
    return lvl

def trig_level(t, ticket):
    if t == "supervisor_request":
        return 2 if (ticket.get("facts") or {}).get("deEscalationAttempted") else 1
    return TRIG[t]

def tier(ticket, cat, trigs):
    return max([cat_level(cat, ticket)] + [trig_level(t, ticket) for t in trigs])

OUT = []
_n = [0]
def T(case, brand, channel, subject, msgs, triggers, category, why, orders=None, facts=None, cust=None,
      draft=None, warnings=(), day=None, mailbox=None, source="helpscout", tags=None):
    _n[0] += 1
    n = _n[0]
    d = day or datetime.date(2026, 9, 1) + datetime.timedelta(days=(n * 3) % 88)
    base = datetime.datetime(d.year, d.month, d.day, 13, 0) + datetime.timedelta(minutes=(n * 7) % 50)
    ms = []
    for i, (a, b) in enumerate(msgs):
        ts = base + datetime.timedelta(minutes=19 * i)
        ms.append({"id": f"m{i+1}", "author": {"c": "customer", "a": "agent", "n": "note"}.get(a, a),
                   "at": ts.strftime("%Y-%m-%dT%H:%M:00Z"), "body": b})
    now = base + datetime.timedelta(minutes=19 * len(msgs) + 30)
    tk = {"id": str(61000 + n * 13), "source": source, "subject": subject}
    if mailbox is None:
        mailbox = {"TSM": "TSM Members" if n % 2 else "TSM Support", "HB": "HB Support" if n % 3 else "Health Brand Care"}.get(brand)
    if mailbox: tk["mailbox"] = mailbox
    if brand and (n % 4 != 1 or mailbox not in ("TSM Members", "TSM Support", "HB Support") or "sub" in case): tk["brand"] = brand
    tk["channel"] = channel
    if tags: tk["tags"] = tags
    c = {"name": cust[0], "email": cust[1]} if cust else {"name": "Pat Doe", "email": f"pat{n}@example.com"}
    if cust and len(cust) > 2: c.update(cust[2])
    tk["customer"] = c
    if orders:
        oo = []
        for j, o in enumerate(orders):
            oid, total, status, items = o
            od = {"id": oid, "total": float(total), "currency": "USD", "status": status}
            if status == "delivered": od["deliveredAt"] = (d - datetime.timedelta(days=6)).isoformat()
            od["items"] = [{"name": a, "quantity": q} for a, q in items]
            oo.append(od)
        tk["orders"] = oo
    tk["messages"] = ms
    if draft: tk["draft"] = draft
    if facts: tk["facts"] = facts
    tk["now"] = (now - datetime.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:00-05:00")
    trig = sorted(triggers)
    OUT.append({"case": case, "ticket": tk, "expect": {"tier": tier(tk, category, trig), "triggers": trig,
                "category": category, "draftWarnings": sorted(warnings)}, "why": why})

def write(path):
    with open(path, "w") as f:
        for o in OUT: f.write(json.dumps(o, ensure_ascii=False) + "\n")
