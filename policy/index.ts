/**
 * The policy engine's public API. Everything outside `policy/` imports from here.
 *
 * PLACEHOLDER: the signatures are final, the bodies are not (issue 3 replaces them).
 */
import type { Evaluation, NormalizedTicket, ReplyRuleId } from './contract';

export * from './contract';

/** A validated policy file (its zod type replaces this alias). */
export type Policy = { version: string } & Record<string, unknown>;

export const DEFAULT_POLICY: Policy = { version: 'placeholder' };

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: string[] };

/** Schema, catastrophic patterns and the file's own examples; errors name the rule and field. */
export function validatePolicy(raw: unknown): PolicyValidation {
  if (typeof raw === 'object' && raw !== null && typeof (raw as Policy).version === 'string')
    return { ok: true, policy: raw as Policy };
  return { ok: false, errors: ['version: missing'] };
}

/** Pure and deterministic: the same ticket, policy and time give the same result. */
export function evaluate(ticket: NormalizedTicket, policy: Policy, now?: Date): Evaluation {
  void now;
  return {
    policyVersion: policy.version,
    brand: ticket.brand ?? null,
    tier: { level: 1, name: 'CallCare Agent', because: ['default'] },
    category: null,
    triggers: [],
    forbiddenPhrases: [],
    draftWarnings: [],
    risk: 1,
    note: '',
  };
}

/**
 * The reply rules in force for one evaluated ticket, as plain JSON (they travel through
 * extension storage to the content script, which checks each keystroke without a round trip).
 */
export interface ActiveReplyRule {
  id: ReplyRuleId;
  why: string;
  instead: string;
  /** Phrase patterns in the policy's phrase syntax, compiled by `checkDraft` and cached. */
  patterns: string[];
}

export function activeReplyRules(evaluation: Evaluation, policy: Policy): ActiveReplyRule[] {
  void evaluation;
  void policy;
  return [];
}
