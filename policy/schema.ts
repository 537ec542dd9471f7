/**
 * The policy file's schema. A policy is data: tiers, categories, triggers, contacts, brand
 * mapping, business hours, thresholds, reply rules, the note template and examples. Authors edit
 * `policy/default-policy.yaml` (or their team's copy); `policy schema` prints this as JSON Schema
 * for editor validation.
 */
import { z } from 'zod';
import { REPLY_RULE_IDS, TRIGGER_IDS } from './contract';

// Zod without `new Function` probing: the same code runs in MV3 service workers and content
// scripts, whose CSP forbids eval, and passes Firefox's add-on linter.
z.config({ jitless: true });

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const phrases = z.array(z.string().min(1)).describe('Phrases in the policy phrase language');

const notifySchema = z.object({
  contact: z.string().describe('A key of `contacts`'),
  message: z.string().describe('Prefilled message; {ticket}, {customer}, {reason}, {evidence}'),
});

const procedureSchema = z.object({
  actions: z.array(z.string()).default([]),
  notify: z.array(notifySchema).default([]),
});

/**
 * Phrase lists that mean the trigger together, close to each other in one message: "My brother
 * practices consumer law. He will be drafting a letter." has a legal actor in one sentence and
 * what he will do in the next, which no single phrase spans.
 */
const combinationSchema = z.object({
  /** What the parts mean together: the reason shown when it fires. */
  why: z.string().min(1),
  /** Every list must match, each at least once, none negated or hypothetical. */
  all: z.array(phrases.min(1)).min(2).max(3),
  /** Within this many consecutive sentences of one message (1: the same sentence). */
  within: z.number().int().min(1).max(3).default(2),
});

const triggerSchema = z.object({
  id: z.enum(TRIGGER_IDS),
  label: z.string(),
  level,
  risk: z.number().int().min(1).max(5),
  phrases: phrases.default([]),
  /** Raw regular expressions, accepted only when they provably run in linear time. */
  patterns: z.array(z.string()).default([]),
  /** Phrase lists that fire together within a few sentences (see combinationSchema). */
  combinations: z.array(combinationSchema).default([]),
  /** Phrases that look like the trigger but are not (a praise, a vendor pitch). */
  exceptions: phrases.default([]),
  /**
   * Phrases that take the threat back later in the ticket ("forget what I said about the bank"):
   * the trigger does not fire when one follows every place it was found.
   */
  withdrawals: phrases.default([]),
  /** Negated or hypothetical uses do not fire (the default). */
  negatable: z.boolean().default(true),
  /**
   * Where no rule fires, the bundled model's second opinion may (policy/engine/model.ts): set
   * false to let only this file's rules judge the trigger.
   */
  secondOpinion: z.boolean().default(true),
  /** A built-in rule that combines the phrases with amounts, counts, days or facts. */
  detector: z
    .enum([
      'phrases',
      'profanity',
      'refund_threshold',
      'dnr',
      'repeat_refunds',
      'subscription_refunds',
      'supervisor',
      'bank_gateway',
      'unresolved',
      'severe_quality',
      'medical_treatment',
      'medical_answer',
    ])
    .default('phrases'),
  procedures: z.object({
    TSM: procedureSchema.optional(),
    HB: procedureSchema.optional(),
    default: procedureSchema,
  }),
  /** Routing that depends on business hours (legal threats): replaces the brand's procedure. */
  afterHours: procedureSchema.optional(),
});

const categorySchema = z.object({
  id: z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/),
  label: z.string(),
  level,
  phrases: phrases.default([]),
  /** Higher wins when several categories match. */
  priority: z.number().default(0),
  /** Order issues: offense 2–3 is level 3, 4+ is level 4. */
  offenseRule: z.boolean().default(false),
  /**
   * The matter needs this many days (a label created 5+ days ago): a ticket whose stated days and
   * dates all come to fewer ("label created since Sunday (4 days)") is not it. None stated: it is.
   */
  minDays: z.number().int().positive().optional(),
});

const replyRuleSchema = z.object({
  id: z.enum(REPLY_RULE_IDS),
  label: z.string(),
  /** The rule is in force while this trigger fired… */
  whenTrigger: z.enum(TRIGGER_IDS),
  /** …and, when set, this fact is not true (e.g. refundApproved). */
  unlessFact: z.enum(['refundApproved', 'replacementApproved']).optional(),
  /** What a breaking draft says: commitments, not mentions. */
  phrases,
  /** The phrase shown in "don't say". */
  text: z.string(),
  why: z.string(),
  instead: z.string(),
});

const exampleSchema = z.object({
  name: z.string(),
  ticket: z.record(z.string(), z.unknown()),
  expect: z.object({
    tier: level.optional(),
    triggers: z.array(z.enum(TRIGGER_IDS)).optional(),
    category: z.string().nullable().optional(),
    draftWarnings: z.array(z.enum(REPLY_RULE_IDS)).optional(),
  }),
});

export const policySchema = z.object({
  $schema: z.string().optional(),
  version: z
    .string()
    .regex(/^\d{4}\.\d{1,2}\.\d{1,2}(-\d+)?$/, 'version reads YYYY.MM.DD or YYYY.MM.DD-N'),
  tiers: z.object({
    1: z.object({ name: z.string(), handledBy: z.string() }),
    2: z.object({ name: z.string(), handledBy: z.string() }),
    3: z.object({ name: z.string(), handledBy: z.string() }),
    4: z.object({ name: z.string(), handledBy: z.string() }),
  }),
  contacts: z.record(
    z.string(),
    z.object({ name: z.string(), via: z.string(), role: z.string().optional() }),
  ),
  brands: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Mailbox / store names containing any of these words map to this brand. */
      mailboxWords: z.array(z.string()),
    }),
  ),
  businessHours: z.object({
    timeZone: z.string(),
    /** 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)),
    start: z.string().regex(/^\d\d:\d\d$/),
    end: z.string().regex(/^\d\d:\d\d$/),
  }),
  thresholds: z.object({
    refundAmount: z.number().positive(),
    dnrUnits: z.number().int().positive(),
    dnrDays: z.number().int().positive(),
    refundNotReceivedDays: z.number().int().positive(),
    subscriptionMonths: z.number().int().positive(),
    priorRefunds: z.number().int().positive(),
  }),
  /** Named phrase lists the built-in detectors read (refund requests, courier refusals, …). */
  signals: z.record(z.string(), phrases),
  categories: z.array(categorySchema),
  triggers: z.array(triggerSchema),
  replyRules: z.array(replyRuleSchema),
  note: z.object({ template: z.string() }),
  examples: z.array(exampleSchema).default([]),
});

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type TriggerRule = Policy['triggers'][number];
export type CategoryRule = Policy['categories'][number];
export type ReplyRule = Policy['replyRules'][number];
export type PolicyExample = Policy['examples'][number];

export function policyJsonSchema(): unknown {
  return z.toJSONSchema(policySchema, { io: 'input' });
}
