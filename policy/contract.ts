/**
 * The shapes every part of the product shares, exactly as `../shared/spec/policy-contract.md`
 * gives them: the normalized ticket (section 1, validated with zod because it crosses trust
 * boundaries: CLI input, pasted text, page readers) and the evaluation (section 2, produced only
 * by the engine, so plain types suffice).
 *
 * Pure TypeScript: no DOM, no browser API. The CLI, the content scripts and the side panel all
 * import this file.
 */
import { z } from 'zod';

export const TICKET_SOURCES = ['helpscout', 'gorgias', 'manual'] as const;
export const CHANNELS = ['email', 'chat', 'phone', 'social', 'other'] as const;
export const AUTHOR_KINDS = ['customer', 'agent', 'note'] as const;

export const ticketMessageSchema = z.object({
  id: z.string(),
  author: z.enum(AUTHOR_KINDS),
  /** ISO 8601 when the page gives one; absent when the helpdesk shows only relative labels. */
  at: z.string().optional(),
  /** Plain text, quoted email history already stripped. */
  body: z.string(),
});

export const orderItemSchema = z.object({
  name: z.string(),
  quantity: z.number().optional(),
});

export const orderSchema = z.object({
  id: z.string().optional(),
  total: z.number().optional(),
  currency: z.string().optional(),
  status: z.string().optional(),
  createdAt: z.string().optional(),
  deliveredAt: z.string().optional(),
  items: z.array(orderItemSchema).optional(),
});

export const ticketFactsSchema = z.object({
  deEscalationAttempted: z.boolean().optional(),
  refundApproved: z.boolean().optional(),
  replacementApproved: z.boolean().optional(),
  customerDeclinedCourier: z.boolean().optional(),
  refundAmount: z.number().nonnegative().optional(),
  replacementUnits: z.number().int().nonnegative().optional(),
  daysSinceDelivered: z.number().nonnegative().optional(),
  offenseNumber: z.number().int().positive().optional(),
});

export const customerSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  priorOrderIssues: z.number().int().nonnegative().optional(),
  priorRefunds: z.number().int().nonnegative().optional(),
  /** Earlier tickets of any kind, as the helpdesk sidebar counts them (not necessarily order issues). */
  previousTickets: z.number().int().nonnegative().optional(),
});

/** Section 1. Every field but `messages` is optional; unknown fields are ignored (zod strips them). */
export const normalizedTicketSchema = z.object({
  id: z.string().optional(),
  source: z.enum(TICKET_SOURCES).optional(),
  url: z.string().optional(),
  subject: z.string().optional(),
  mailbox: z.string().optional(),
  brand: z.string().optional(),
  channel: z.enum(CHANNELS).optional(),
  tags: z.array(z.string()).optional(),
  customer: customerSchema.optional(),
  orders: z.array(orderSchema).optional(),
  messages: z.array(ticketMessageSchema),
  draft: z.string().optional(),
  facts: ticketFactsSchema.optional(),
  now: z.string().optional(),
});

/** JSON producers write null for "not known": a field that is null reads as absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    if (field !== null) out[key] = withoutNulls(field);
  return out;
}

/**
 * A normalized ticket from untrusted JSON (a CLI line, a policy example): `"subject": null` is a
 * ticket without a subject, not a broken one; a null `messages` still fails, as required.
 */
export function parseTicket(raw: unknown) {
  return normalizedTicketSchema.safeParse(withoutNulls(raw));
}

export type TicketMessage = z.infer<typeof ticketMessageSchema>;
export type Order = z.infer<typeof orderSchema>;
export type TicketFacts = z.infer<typeof ticketFactsSchema>;
export type NormalizedTicket = z.infer<typeof normalizedTicketSchema>;

export type TierLevel = 1 | 2 | 3 | 4;

/** Section 3. */
export const TIER_NAMES: Record<TierLevel, string> = {
  1: 'CallCare Agent',
  2: 'CallCare Leads',
  3: 'Escalations Agents',
  4: 'Escalations Leadership',
};

/** Section 4, in the contract's order. */
export const TRIGGER_IDS = [
  'chargeback_threat',
  'fraud_accusation',
  'legal_threat',
  'adverse_reaction_medical',
  'foreign_object',
  'wholesale_reseller_issue',
  'abusive_language',
  'review_threat',
  'integrity_concern',
  'payment_dispute',
  'drop_shipping_concern',
  'severe_quality_complaint',
  'medical_escalation',
  'bank_or_gateway_contact',
  'subscription_refund_limit',
  'supervisor_request',
  'unresolved_complaint',
  'refund_over_threshold',
  'dnr_escalation',
  'repeat_refunds',
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

/** Section 5. */
export const REPLY_RULE_IDS = [
  'refund_commitment',
  'replacement_commitment',
  'best_of_my_abilities',
] as const;
export type ReplyRuleId = (typeof REPLY_RULE_IDS)[number];

/** A span of a message body; UTF-16 offsets, `text === body.slice(start, end)`. */
export interface Evidence {
  messageId: string;
  start: number;
  end: number;
  text: string;
}

export interface NotifyEntry {
  who: string;
  via: string;
  message: string;
}

export interface FiredTrigger {
  id: TriggerId;
  level: TierLevel;
  risk: number;
  evidence: Evidence[];
  actions: string[];
  notify: NotifyEntry[];
  /** Why it fired, in words: the rule (phrase or fact) that matched. */
  because?: string;
  /**
   * No rule of the policy matched: the bundled model, trained on labelled tickets, read it as this
   * trigger (`because` names the words that weighed most). Less certain than a rule.
   */
  secondOpinion?: true;
}

export interface ForbiddenPhrase {
  id: ReplyRuleId;
  text: string;
  why: string;
}

export interface DraftWarning {
  id: ReplyRuleId;
  /** UTF-16 offsets into `ticket.draft`. */
  start: number;
  end: number;
  text: string;
  why: string;
  instead: string;
}

export interface Tier {
  level: TierLevel;
  name: string;
  /** e.g. `trigger:chargeback_threat`, `category:order_issue.damage`, `default`. */
  because: string[];
}

export interface CategoryResult {
  id: string;
  level: TierLevel;
  offense?: number;
}

/** Section 2. */
export interface Evaluation {
  policyVersion: string;
  brand: string | null;
  tier: Tier;
  category: CategoryResult | null;
  triggers: FiredTrigger[];
  forbiddenPhrases: ForbiddenPhrase[];
  draftWarnings: DraftWarning[];
  risk: number;
  note: string;
  /** Non-fatal problems met while evaluating (unknown brand, a fact out of range, …). */
  warnings?: string[];
}
