/**
 * evaluate(ticket, policy, now): the only place that judges. Pure and deterministic.
 */
import type {
  CategoryResult,
  Evaluation,
  FiredTrigger,
  ForbiddenPhrase,
  NormalizedTicket,
  NotifyEntry,
  TierLevel,
  TriggerId,
} from '../contract';
import { TIER_NAMES } from '../contract';
import { checkDraft, type ActiveReplyRule } from '../draft';
import type { Policy } from '../schema';
import { compilePolicy, type CompiledPolicy, type CompiledTrigger } from './compiled';
import {
  findHits,
  readTexts,
  toEvidence,
  type EvaluationContext,
  type Hit,
  type ReadText,
} from './context';
import { secondOpinions, type ModelFile } from './model';
import { acceptedLater, DETECTORS, mostDaysSaid, type Detection } from './detectors';
import { buildNote } from './note';
import { isWithinBusinessHours } from './hours';
import { isNegated, sentenceAround } from '../text';

export function resolveBrand(ticket: NormalizedTicket, policy: Policy): string | null {
  const explicit = ticket.brand?.trim();
  if (explicit) {
    const known = policy.brands.find((b) => b.id.toLowerCase() === explicit.toLowerCase());
    return known?.id ?? explicit;
  }
  const mailbox = ` ${(ticket.mailbox ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  if (!mailbox.trim()) return null;
  const brand = policy.brands.find((b) =>
    b.mailboxWords.some((w) => mailbox.includes(` ${w.toLowerCase()} `)),
  );
  return brand?.id ?? null;
}

interface Fired {
  id: TriggerId;
  level: TierLevel;
  detection: Detection;
  /** Fired by the model, not by a rule of the policy. */
  secondOpinion?: boolean;
}

function detectTriggers(ctx: EvaluationContext, model: ModelFile | null): Fired[] {
  const fired: Fired[] = [];
  for (const trigger of ctx.compiled.triggers.values()) {
    const detection = DETECTORS[trigger.rule.detector](ctx, trigger);
    if (detection)
      fired.push({ id: trigger.rule.id, level: detection.level ?? trigger.rule.level, detection });
  }
  if (model) fired.push(...modelFired(ctx, model, fired));
  const standing = fired.filter((f) => !withdrawn(ctx, f));
  const answered = threatAfterAnswer(ctx, standing);
  if (answered) standing.push(answered);
  // A chargeback threat taken back still says what its words were: "call her bank to dispute it"
  // is no contested charge.
  return applyPrecedence(
    ctx,
    standing,
    fired.find((f) => f.id === 'chargeback_threat'),
  );
}

/**
 * A threat the customer later takes back ("Forget what I said about the bank, you sorted it
 * fast"; a note's "she won't be disputing anything now"): every place it was found comes before
 * one of its trigger's withdrawals, read in the same text further on or in a later message. A
 * threat made again after the withdrawal stands.
 */
function withdrawn(ctx: EvaluationContext, f: Fired): boolean {
  const withdrawals = ctx.compiled.triggers.get(f.id)?.withdrawals;
  if (!withdrawals || withdrawals.empty) return false;
  const takenBack = findHits(ctx, withdrawals);
  if (!takenBack.length) return false;
  const orderOf = new Map(ctx.texts.map((t) => [t.messageId, t.order]));
  return f.detection.evidence.every((e) => {
    const order = orderOf.get(e.messageId) ?? Infinity;
    // Later, or inside the withdrawal itself ("ignore what I said about calling my bank").
    return takenBack.some(
      (w) =>
        w.source.order > order ||
        (w.source.order === order && (w.start >= e.end || (w.start <= e.start && e.end <= w.end))),
    );
  });
}

/** The model's second opinions on the triggers no rule fired, with the words that weighed most. */
function modelFired(ctx: EvaluationContext, model: ModelFile, fired: Fired[]): Fired[] {
  // Fired by a rule, or left to the rules by the policy.
  const skip = new Set(fired.map((f) => f.id));
  for (const t of ctx.compiled.triggers.values()) if (!t.rule.secondOpinion) skip.add(t.rule.id);
  return secondOpinions(model, ctx.ticket, ctx.texts, skip).flatMap((found) => {
    const trigger = ctx.compiled.triggers.get(found.id);
    if (!trigger) return [];
    // As for the rule: a dissatisfaction the customer's last message settles is not unresolved.
    if (found.id === 'unresolved_complaint' && acceptedLater(ctx, found.evidence.source)) return [];
    // The look-alikes the policy names for the rule mislead the model too: "I just left you a
    // 5-star review on Google" is praise, whatever its words weigh.
    if (inException(trigger, found.evidence)) return [];
    const hit = { ...found.evidence, text: '' };
    const words = found.words.map((w) => `"${w}"`).join(', ');
    const because = `the model trained on ${model.trainedOn.tickets} labelled tickets reads it as "${trigger.rule.label}" (score ${found.score.toFixed(1)}, needs ${found.threshold.toFixed(1)}): ${words}`;
    const evidence = toEvidence([hit], ctx.ticket);
    return [
      {
        id: found.id,
        level: trigger.rule.level,
        detection: { evidence, because },
        secondOpinion: true,
      },
    ];
  });
}

/** The sentence the model leaned on holds one of the trigger's exceptions. */
function inException(
  trigger: CompiledTrigger,
  evidence: Pick<Hit, 'source' | 'start' | 'end'>,
): boolean {
  if (trigger.exceptions.empty) return false;
  const { text, end } = evidence.source;
  const [from, to] = sentenceAround(text, evidence.start, evidence.end);
  return trigger.exceptions.test(text, from, Math.min(to, end));
}

/** Threats that, made in reply to an answer, also refuse it. */
const THREATS: readonly TriggerId[] = ['chargeback_threat', 'legal_threat', 'review_threat'];
/** An agent's reply that answered: a resolution offered, a decision explained, a date given. */
const AGENT_ANSWER =
  /\b(?:refund|replacement|credit|discount|coupon|promo code|discount code|reship|voucher|partial|\d+% off|explain|policy|window|unfortunately|unable|can'?t|cannot|should ship|will ship|on its way|in the next|within \d)/i;
/** A reply that opens by taking the answer: its threat is about what may come next ("great, and if it's smashed too ..."). */
const TAKES_IT =
  /^\W*(?:k|ok|okay|great|thanks|thank you|thx|perfect|cool|sounds good|awesome|fine by me)\b/i;
/** A note's own report of the agent's answer, before the customer's reaction ("I explained ..."). */
const NOTED_ANSWER =
  /\b(?:i|we) (?:explained|offered|told (?:him|her|them)|advised|let (?:him|her|them) know|informed (?:him|her|them))\b/i;

/**
 * 001/004: a threat made in reply to the answer given ("that's what they said yesterday; keep it
 * up and my followers get a story", a note's "I explained the window has passed; he said he'll
 * have his bank reverse it") says the customer is still dissatisfied with it: unresolved.
 */
function threatAfterAnswer(ctx: EvaluationContext, fired: readonly Fired[]): Fired | null {
  const trigger = ctx.compiled.triggers.get('unresolved_complaint');
  if (!trigger || fired.some((f) => f.id === 'unresolved_complaint')) return null;
  const messages = ctx.ticket.messages;
  for (const threat of fired.filter((f) => THREATS.includes(f.id)))
    for (const evidence of threat.detection.evidence) {
      const at = messages.findIndex((m) => m.id === evidence.messageId);
      const message = messages[at];
      const before = messages[at - 1];
      const answered =
        message?.author === 'customer'
          ? before?.author === 'agent' &&
            AGENT_ANSWER.test(before.body) &&
            !TAKES_IT.test(message.body)
          : message?.author === 'note' && answeredBefore(message.body, evidence.start);
      if (answered)
        return {
          id: 'unresolved_complaint',
          level: trigger.rule.level,
          detection: {
            evidence: [evidence],
            because: `threatened after the answer given: "${evidence.text}"`,
          },
        };
    }
  return null;
}

function answeredBefore(body: string, start: number): boolean {
  const answer = NOTED_ANSWER.exec(body);
  return answer !== null && answer.index < start;
}

/**
 * Contract §4 reading rules: declining the courier and rejecting the medical answer are their own
 * triggers, not `unresolved_complaint`; a threat to have the bank reverse a charge is
 * `chargeback_threat` alone, not also `payment_dispute` for the same words.
 */
function applyPrecedence(
  ctx: EvaluationContext,
  fired: Fired[],
  chargeback: Fired | undefined,
): Fired[] {
  const ids = new Set(fired.map((f) => f.id));
  const sentenceKey = (messageId: string, index: number) => {
    const source = ctx.texts.find((t) => t.messageId === messageId);
    return source ? `${messageId}:${sentenceAround(source.text, index, index)[0]}` : messageId;
  };
  const threatSentences = new Set(
    chargeback?.detection.evidence.map((e) => sentenceKey(e.messageId, e.start)),
  );
  return fired.filter((f) => {
    if (f.id === 'unresolved_complaint')
      return !ids.has('dnr_escalation') && !ids.has('medical_escalation');
    if (f.id === 'payment_dispute' && chargeback)
      return f.detection.evidence.some(
        (e) => !threatSentences.has(sentenceKey(e.messageId, e.start)),
      );
    return true;
  });
}

/** Level-4 categories that are the ticket's matter when their trigger fired. */
const TRIGGER_CATEGORIES: Partial<Record<TriggerId, string>> = {
  foreign_object: 'foreign_object',
  wholesale_reseller_issue: 'wholesale_reseller_issue',
  adverse_reaction_medical: 'order_issue.adverse_reaction',
};

/**
 * Level-4 categories that are the ticket's matter only when their trigger fired: words alone
 * ("a dispute over the flavour", "the bank is verifying a charge") do not make a filed chargeback,
 * a legal claim, a foreign object or a reseller's problem. Every labelled set agrees.
 */
const CATEGORY_NEEDS_TRIGGER: Partial<Record<string, TriggerId>> = {
  chargeback: 'chargeback_threat',
  injury_legal: 'legal_threat',
  foreign_object: 'foreign_object',
  wholesale_reseller_issue: 'wholesale_reseller_issue',
};

/** How many texts from each end of a long thread name its category. */
const CATEGORY_ENDS = 12;

/**
 * The texts a category is read from: all of them, or in a long thread (a pasted log, a months-old
 * conversation) its opening and its latest texts, where the matter is stated and where it stands.
 * Triggers still read every text; this only bounds the cost of weighing 59 categories.
 */
function categoryTexts(ctx: EvaluationContext): readonly ReadText[] {
  const { texts } = ctx;
  if (texts.length <= 2 * CATEGORY_ENDS) return texts;
  return [...texts.slice(0, CATEGORY_ENDS), ...texts.slice(-CATEGORY_ENDS)];
}

/** Days are stated or dated in the texts, and the most of them is under `min`. */
function tooFewDays(ctx: EvaluationContext, texts: readonly ReadText[], min: number): boolean {
  const most = mostDaysSaid(ctx, texts);
  return most !== undefined && most < min;
}

function pickCategory(
  ctx: EvaluationContext,
  fired: Fired[],
): CompiledPolicy['categories'][number] | null {
  const subject = ctx.ticket.subject ?? '';
  const firedIds = new Set(fired.map((f) => f.id));
  type Candidate = {
    category: CompiledPolicy['categories'][number];
    priority: number;
    hits: number;
  };
  const better = (best: Candidate | null, next: Candidate) =>
    !best ||
    next.priority > best.priority ||
    (next.priority === best.priority && next.hits > best.hits);
  // What the customer says plainly decides; a negated mention ("no reaction, just not for me")
  // names the matter only when nothing else does.
  let plainBest: Candidate | null = null;
  let anyBest: Candidate | null = null;
  const texts = categoryTexts(ctx);
  for (const category of ctx.compiled.categories) {
    const needs = CATEGORY_NEEDS_TRIGGER[category.rule.id];
    if (needs && !firedIds.has(needs)) continue;
    if (category.rule.minDays && tooFewDays(ctx, texts, category.rule.minDays)) continue;
    const hits = findHits(ctx, category.matcher, { keepNegated: true, only: texts });
    const inSubject = subject ? category.matcher.all(subject).length : 0;
    if (!hits.length && !inSubject) continue;
    const plain = hits.filter((h) => !isNegated(h.source.text, h.start)).length + inSubject;
    const priority = category.rule.priority;
    const all = { category, priority, hits: hits.length + inSubject };
    if (better(anyBest, all)) anyBest = all;
    if (plain && better(plainBest, { category, priority, hits: plain }))
      plainBest = { category, priority, hits: plain };
  }
  let best = plainBest ?? anyBest;
  for (const f of fired) {
    const id = TRIGGER_CATEGORIES[f.id];
    const category = id && ctx.compiled.categories.find((c) => c.rule.id === id);
    if (!category) continue;
    if (!best || category.rule.priority >= best.priority)
      best = { category, priority: category.rule.priority, hits: 1 };
  }
  return best?.category ?? null;
}

function categoryResult(ctx: EvaluationContext, fired: Fired[]): CategoryResult | null {
  const category = pickCategory(ctx, fired);
  if (!category) return null;
  const { rule } = category;
  if (!rule.offenseRule) return { id: rule.id, level: rule.level };
  const offense = ctx.facts.offenseNumber ?? (ctx.ticket.customer?.priorOrderIssues ?? 0) + 1;
  const level: TierLevel =
    offense >= 4 ? 4 : offense >= 2 ? (Math.max(rule.level, 3) as TierLevel) : rule.level;
  return { id: rule.id, level, offense };
}

function fill(template: string, values: Record<string, string>): string {
  // Own keys only: a placeholder like {constructor} is not a value.
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? values[key]! : whole,
  );
}

function procedureFor(ctx: EvaluationContext, id: TriggerId) {
  const rule = ctx.compiled.triggers.get(id)!.rule;
  const byBrand =
    ctx.brand === 'TSM' || ctx.brand === 'HB' ? rule.procedures[ctx.brand] : undefined;
  if (
    rule.afterHours &&
    (ctx.brand !== 'TSM' || !isWithinBusinessHours(ctx.now, ctx.compiled.policy.businessHours))
  )
    return ctx.brand === 'HB' && byBrand ? byBrand : rule.afterHours;
  return byBrand ?? rule.procedures.default;
}

function toFiredTrigger(ctx: EvaluationContext, f: Fired): FiredTrigger {
  const rule = ctx.compiled.triggers.get(f.id)!.rule;
  const procedure = procedureFor(ctx, f.id);
  const quote = f.detection.evidence.map((e) => `"${e.text}"`).join(' … ') || 'see ticket';
  const values: Record<string, string> = {
    ticket: ctx.ticket.id ? `#${ctx.ticket.id}` : 'unknown',
    customer: ctx.ticket.customer?.name ?? 'the customer',
    reason: `${rule.label}: ${f.detection.because}.`,
    evidence: quote,
    refundAmount: 'unknown',
    priorRefunds: 'unknown',
    ...f.detection.values,
  };
  const notify: NotifyEntry[] = procedure.notify.map((n) => {
    const contact = ctx.compiled.policy.contacts[n.contact];
    return {
      who: contact?.name ?? n.contact,
      via: contact?.via ?? 'Slack',
      message: fill(n.message, values),
    };
  });
  return {
    id: f.id,
    level: f.level,
    risk: rule.risk,
    evidence: f.detection.evidence,
    actions: procedure.actions,
    notify,
    because: f.detection.because,
    ...(f.secondOpinion ? { secondOpinion: true as const } : {}),
  };
}

/** The reply rules in force: their trigger fired and their "unless" fact is not true. */
export function replyRulesInForce(
  policy: Policy,
  firedIds: ReadonlySet<string>,
  ticket: NormalizedTicket,
): ActiveReplyRule[] {
  return policy.replyRules
    .filter(
      (rule) =>
        firedIds.has(rule.whenTrigger) &&
        !(rule.unlessFact && ticket.facts?.[rule.unlessFact] === true),
    )
    .map((rule) => ({
      id: rule.id,
      why: rule.why,
      instead: rule.instead,
      patterns: rule.phrases,
      text: rule.text,
    }));
}

function suggestedRisk(triggers: FiredTrigger[], category: CategoryResult | null): number {
  if (!triggers.length) return category && category.level >= 3 ? 2 : 1;
  const top = Math.max(...triggers.map((t) => t.risk));
  return Math.min(5, top + (triggers.length >= 3 ? 1 : 0));
}

export function evaluateTicket(
  ticket: NormalizedTicket,
  policy: Policy,
  now?: Date,
  model: ModelFile | null = null,
): Evaluation {
  const compiled = compilePolicy(policy);
  const at = now ?? (ticket.now ? new Date(ticket.now) : new Date());
  const warnings: string[] = [];
  const brand = resolveBrand(ticket, policy);
  if (!brand) warnings.push('Brand unknown: showing the default checklist.');
  const ctx: EvaluationContext = {
    compiled,
    ticket,
    facts: ticket.facts ?? {},
    now: Number.isNaN(at.getTime()) ? new Date(0) : at,
    brand,
    texts: readTexts(ticket),
  };
  const fired = detectTriggers(ctx, model);
  const triggers = fired.map((f) => toFiredTrigger(ctx, f));
  const category = categoryResult(ctx, fired);

  const level = Math.max(1, category?.level ?? 1, ...triggers.map((t) => t.level)) as TierLevel;
  const because = [
    ...(category && category.level === level && level > 1 ? [`category:${category.id}`] : []),
    ...triggers.filter((t) => t.level === level && level > 1).map((t) => `trigger:${t.id}`),
  ];
  if (!because.length) because.push(category ? `category:${category.id}` : 'default');

  const firedIds = new Set(triggers.map((t) => t.id));
  const rules = replyRulesInForce(policy, firedIds, ticket);
  const forbiddenPhrases: ForbiddenPhrase[] = rules.map((r) => ({
    id: r.id,
    text: r.text ?? '',
    why: r.why,
  }));
  const draftWarnings = ticket.draft ? checkDraft(ticket.draft, rules) : [];
  const risk = suggestedRisk(triggers, category);
  const tier = { level, name: policy.tiers[level]?.name ?? TIER_NAMES[level], because };
  const evaluation: Evaluation = {
    policyVersion: policy.version,
    brand,
    tier,
    category,
    triggers,
    forbiddenPhrases,
    draftWarnings,
    risk,
    note: '',
    warnings,
  };
  evaluation.note = buildNote(evaluation, ticket, policy);
  return evaluation;
}
