/**
 * The built-in detectors: each combines a trigger's phrases with the policy's signals, amounts,
 * counts, days and the agent's facts, and says why it fired. One function per detector id.
 */
import type { Evidence, TierLevel } from '../contract';
import {
  DAY_MS,
  findAmounts,
  findDates,
  maxUnits,
  parseCount,
  sentenceAround,
  statedDays,
} from '../text';
import { signal, type CompiledTrigger } from './compiled';
import { findHits, toEvidence, type EvaluationContext, type Hit, type ReadText } from './context';
import { profanitySpans } from './profanity';

export interface Detection {
  evidence: Evidence[];
  because: string;
  level?: TierLevel;
  /** Values the note and notify messages quote (refund amount, prior refunds). */
  values?: Record<string, string>;
}

type Detector = (ctx: EvaluationContext, trigger: CompiledTrigger) => Detection | null;

function phraseHits(ctx: EvaluationContext, trigger: CompiledTrigger): Hit[] {
  return findHits(ctx, trigger.matcher, {
    keepNegated: !trigger.rule.negatable,
    exceptions: trigger.exceptions,
  });
}

const byPhrases: Detector = (ctx, trigger) => {
  const hits = phraseHits(ctx, trigger);
  if (!hits.length) return null;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: `matched the phrase "${hits[0]!.text}"`,
  };
};

// ---------------------------------------------------------------------------------------------
// Profanity: obscenity's English dataset (handles obfuscated spellings), in anger, not in praise.

const abusive: Detector = (ctx, trigger) => {
  const hits: Hit[] = phraseHits(ctx, trigger);
  const praise = signal(ctx.compiled, 'praise');
  const anger = signal(ctx.compiled, 'anger');
  for (const source of ctx.texts) {
    const own = source.text.slice(0, source.end);
    for (const { start, end } of profanitySpans(own)) {
      const [from, to] = sentenceAround(own, start, end);
      const inPraise = praise.test(own, from, to) && !anger.test(own, from, to);
      if (!inPraise) hits.push({ start, end, text: own.slice(start, end), source });
    }
  }
  if (!hits.length) return null;
  hits.sort((a, b) => a.source.order - b.source.order || a.start - b.start);
  return { evidence: toEvidence(hits, ctx.ticket), because: 'profanity or insults in anger' };
};

// ---------------------------------------------------------------------------------------------
// Refunds

/** Refund requests, not refund status questions ("I'm waiting for a refund of $299"). */
function refundRequests(ctx: EvaluationContext): Hit[] {
  const status = signal(ctx.compiled, 'refundStatus');
  return findHits(ctx, signal(ctx.compiled, 'refundRequest')).filter((hit) => {
    const [from, to] = sentenceAround(hit.source.text, hit.start, hit.end);
    return !status.test(hit.source.text, from, to);
  });
}

/** "11 payments of $19.99", "six charges of $29": count × amount. */
function installmentTotal(text: string): number {
  const re =
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:monthly\s+)?(?:payments|charges|billings|months|shipments|boxes)\s+(?:of|at)\s+\$?(\d+(?:\.\d{1,2})?)/gi;
  let max = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const count = parseCount(m[1]!) ?? 0;
    max = Math.max(max, count * Number(m[2]));
  }
  return max;
}

/** The refund amount asked for: stated near the request, else the order total. */
export function requestedRefund(
  ctx: EvaluationContext,
  requests: Hit[],
): { amount: number; how: string } | null {
  if (ctx.facts.refundAmount !== undefined) return { amount: ctx.facts.refundAmount, how: 'fact' };
  if (!requests.length) return null;
  const partial = signal(ctx.compiled, 'partialRefund');
  let stated: number | null = null;
  for (const hit of requests) {
    const own = hit.source.text.slice(0, hit.source.end);
    const [from, to] = sentenceAround(own, hit.start, hit.end);
    const inSentence = findAmounts(own.slice(from, to)).map((a) => a.value);
    const installments = installmentTotal(own);
    const inMessage = findAmounts(own).map((a) => a.value);
    const candidate = inSentence.length
      ? Math.max(...inSentence, installments)
      : installments || (inMessage.length ? Math.max(...inMessage) : null);
    if (candidate !== null) stated = Math.max(stated ?? 0, candidate);
  }
  const fullRefundHits = findHits(ctx, signal(ctx.compiled, 'fullRefund'));
  for (const hit of fullRefundHits) {
    const amounts = findAmounts(hit.text).map((a) => a.value);
    if (amounts.length) stated = Math.max(stated ?? 0, ...amounts);
  }
  if (stated !== null) return { amount: stated, how: 'stated' };
  const isPartial = requests.some((hit) => partial.test(hit.source.text, 0, hit.source.end));
  const totals = (ctx.ticket.orders ?? []).map((o) => o.total ?? 0);
  if (!isPartial && totals.length) return { amount: Math.max(...totals), how: 'order total' };
  return null;
}

const refundThreshold: Detector = (ctx) => {
  const requests = refundRequests(ctx);
  if (!requests.length && ctx.facts.refundAmount === undefined) return null;
  const refund = requestedRefund(ctx, requests);
  const threshold = ctx.compiled.policy.thresholds.refundAmount;
  if (!refund || refund.amount < threshold) return null;
  return {
    evidence: toEvidence(requests, ctx.ticket),
    because: `refund of $${refund.amount.toFixed(2)} (${refund.how}) is $${threshold} or more`,
    values: { refundAmount: `$${refund.amount.toFixed(2)}` },
  };
};

function priorRefunds(ctx: EvaluationContext): number {
  if (ctx.ticket.customer?.priorRefunds !== undefined) return ctx.ticket.customer.priorRefunds;
  let max = 0;
  for (const hit of findHits(ctx, signal(ctx.compiled, 'priorRefundsNote'), {
    keepNegated: true,
  })) {
    const count = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(hit.text);
    if (count) max = Math.max(max, parseCount(count[1]!) ?? 0);
  }
  return max;
}

const repeatRefunds: Detector = (ctx) => {
  const prior = priorRefunds(ctx);
  const threshold = ctx.compiled.policy.thresholds.priorRefunds;
  if (prior < threshold) return null;
  const requests = refundRequests(ctx).filter((h) => h.source.author === 'customer' || true);
  if (!requests.length) return null;
  return {
    evidence: toEvidence(requests, ctx.ticket),
    because: `${prior} refunds already processed and another is asked for`,
    values: { priorRefunds: String(prior) },
  };
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months of billings asked back: "six charges", "11 payments", "everything since January". */
function monthsAskedBack(text: string, now: Date): number {
  let months = 0;
  const counted =
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:monthly\s+)?(months|charges|payments|billings|shipments|boxes|renewals)\b/gi;
  for (let m = counted.exec(text); m; m = counted.exec(text))
    months = Math.max(months, parseCount(m[1]!) ?? 0);
  const since =
    /\bsince\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
  for (let m = since.exec(text); m; m = since.exec(text)) {
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase());
    const diff = (now.getUTCMonth() - month + 12) % 12;
    months = Math.max(months, diff);
  }
  return months;
}

const subscriptionRefunds: Detector = (ctx) => {
  if (ctx.brand !== 'TSM') return null;
  const requests = refundRequests(ctx);
  if (!requests.length) return null;
  const limit = ctx.compiled.policy.thresholds.subscriptionMonths;
  const billing = signal(ctx.compiled, 'subscriptionBilling');
  for (const hit of requests) {
    const own = hit.source.text.slice(0, hit.source.end);
    const months = monthsAskedBack(own, ctx.now);
    if (months > limit && (billing.test(own) || /\b(charges|payments)\b/i.test(own)))
      return {
        evidence: toEvidence([hit], ctx.ticket),
        because: `asks for ${months} months of subscription billings back (more than ${limit})`,
      };
  }
  const program = signal(ctx.compiled, 'programPurchase');
  const prior = priorRefunds(ctx);
  const programRequest = requests.find((h) => program.test(h.source.text, 0, h.source.end));
  if (programRequest && prior >= ctx.compiled.policy.thresholds.priorRefunds)
    return {
      evidence: toEvidence([programRequest], ctx.ticket),
      because: `a program purchase refund after ${prior} earlier program refunds`,
    };
  return null;
};

// ---------------------------------------------------------------------------------------------
// Delivered, not received (SOP 004)

function daysSinceDelivered(ctx: EvaluationContext, dnrHits: Hit[]): number | undefined {
  if (ctx.facts.daysSinceDelivered !== undefined) return ctx.facts.daysSinceDelivered;
  let days: number | undefined;
  for (const order of ctx.ticket.orders ?? []) {
    if (!order.deliveredAt) continue;
    const at = Date.parse(order.deliveredAt);
    if (!Number.isNaN(at))
      days = Math.max(days ?? 0, Math.floor((ctx.now.getTime() - at) / DAY_MS));
  }
  for (const hit of dnrHits) {
    const own = hit.source.text.slice(0, hit.source.end);
    for (const date of findDates(own, ctx.now))
      days = Math.max(days ?? 0, Math.floor((ctx.now.getTime() - date.at) / DAY_MS));
    const stated = statedDays(own);
    if (stated.length) days = Math.max(days ?? 0, ...stated);
  }
  return days;
}

const dnr: Detector = (ctx) => {
  const situation = findHits(ctx, signal(ctx.compiled, 'dnrSituation'), { keepNegated: true });
  if (!situation.length) return null;
  const { dnrUnits, dnrDays } = ctx.compiled.policy.thresholds;
  const reasons: string[] = [];
  const evidence: Hit[] = [...situation.slice(0, 1)];
  const orderUnits = (ctx.ticket.orders ?? []).map((o) =>
    (o.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 1), 0),
  );
  const units =
    ctx.facts.replacementUnits ??
    Math.max(0, ...orderUnits, ...ctx.texts.map((t) => maxUnits(t.text.slice(0, t.end))));
  if (units > dnrUnits) reasons.push(`${units} units to replace (more than ${dnrUnits})`);
  const declines = findHits(ctx, signal(ctx.compiled, 'declinesCourier'), { keepNegated: true });
  const declined = ctx.facts.customerDeclinedCourier ?? declines.length > 0;
  if (declined) {
    reasons.push('the customer declines to contact the courier');
    evidence.push(...declines);
  }
  const days = daysSinceDelivered(ctx, situation);
  if (days !== undefined && days > dnrDays)
    reasons.push(`missing ${days} days after the delivered status (more than ${dnrDays})`);
  if (!reasons.length) return null;
  return { evidence: toEvidence(evidence, ctx.ticket), because: reasons.join('; ') };
};

// ---------------------------------------------------------------------------------------------
// Supervisor requests (004): level 1 until one de-escalation attempt, or asked again later.

const supervisor: Detector = (ctx, trigger) => {
  const hits = phraseHits(ctx, trigger);
  if (!hits.length) return null;
  const askedAgain = new Set(hits.map((h) => h.source.messageId)).size > 1;
  const deEscalated = ctx.facts.deEscalationAttempted === true || askedAgain;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: deEscalated
      ? 'asks for a supervisor after a de-escalation attempt'
      : 'asks for a supervisor: make one de-escalation attempt first',
    level: deEscalated ? 2 : 1,
  };
};

// ---------------------------------------------------------------------------------------------
// Banks, gateways, refunds not received

const bankGateway: Detector = (ctx, trigger) => {
  const hits = phraseHits(ctx, trigger);
  const limit = ctx.compiled.policy.thresholds.refundNotReceivedDays;
  for (const hit of findHits(ctx, signal(ctx.compiled, 'refundProcessed'), { keepNegated: true })) {
    const own = hit.source.text.slice(0, hit.source.end);
    const [from, to] = sentenceAround(own, hit.start, hit.end);
    const dates = findDates(own.slice(from, to), ctx.now).map(
      (d) => (ctx.now.getTime() - d.at) / DAY_MS,
    );
    const elapsed = Math.max(0, ...dates, ...statedDays(own));
    if (elapsed > limit) hits.push(hit);
  }
  if (!hits.length) return null;
  return { evidence: toEvidence(hits, ctx.ticket), because: `said "${hits[0]!.text}"` };
};

// ---------------------------------------------------------------------------------------------
// Unresolved complaints: a resolution offered and refused, or a complaint about an agent.

const unresolved: Detector = (ctx) => {
  const matcher = signal(ctx.compiled, 'unresolvedReply');
  const hits = findHits(ctx, matcher, { keepNegated: true }).filter(
    (h) =>
      h.source.afterAgentReply ||
      h.source.author === 'note' ||
      /rude|cutting|ended the chat/i.test(h.text),
  );
  if (!hits.length) return null;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: `refused the resolution: "${hits[0]!.text}"`,
  };
};

// ---------------------------------------------------------------------------------------------
// Adverse reaction with medical treatment

const medicalTreatment: Detector = (ctx, trigger) => {
  const reaction = signal(ctx.compiled, 'reaction');
  const treatment = signal(ctx.compiled, 'medicalTreatment');
  for (const source of ctx.texts) {
    const reactions = findHits(ctx, reaction, { only: [source] });
    const treatments = findHits(ctx, treatment, { only: [source], exceptions: trigger.exceptions });
    if (reactions.length && treatments.length)
      return {
        evidence: toEvidence([reactions[0]!, treatments[0]!], ctx.ticket),
        because: 'an adverse reaction for which medical treatment was sought',
      };
  }
  return null;
};

export const DETECTORS: Record<CompiledTrigger['rule']['detector'], Detector> = {
  phrases: byPhrases,
  profanity: abusive,
  refund_threshold: refundThreshold,
  dnr,
  repeat_refunds: repeatRefunds,
  subscription_refunds: subscriptionRefunds,
  supervisor,
  bank_gateway: bankGateway,
  unresolved,
  severe_quality: byPhrases,
  medical_treatment: medicalTreatment,
};

export type { ReadText };
