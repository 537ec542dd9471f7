/**
 * The policy engine's public API. Everything outside `policy/` imports from here.
 * Schema, evaluation and explanation are kept apart: `schema.ts` says what a policy is,
 * `engine/` judges a ticket, `draft.ts` checks a reply, `validate.ts` decides whether a policy
 * file may be put in force.
 */
import type { Evaluation, NormalizedTicket } from './contract';
import compiledDefault from './default-policy.json';
import defaultModel from './default-model.json';
import { checkDraft, type ActiveReplyRule } from './draft';
import { evaluateTicket, replyRulesInForce } from './engine/evaluate';
import type { ModelFile } from './engine/model';
import type { Policy } from './schema';

export * from './contract';
export { checkDraft, type ActiveReplyRule } from './draft';
export { policyJsonSchema, policySchema, type Policy } from './schema';
export { validatePolicy, type PolicyValidation } from './validate';
export { resolveBrand } from './engine/evaluate';

/** The bundled policy, compiled from default-policy.yaml with defaults applied. */
export const DEFAULT_POLICY = compiledDefault as unknown as Policy;

/** The bundled second-opinion model, trained on the labelled tickets (`npm run train`). */
export const DEFAULT_MODEL = defaultModel as unknown as ModelFile;
export type { ModelFile } from './engine/model';

/**
 * Pure and deterministic: the same ticket, policy and time give the same result. The policy's
 * rules judge first; the model (the bundled one unless given, none when null) speaks only for
 * the triggers no rule fired and whose policy entry allows a second opinion.
 */
export function evaluate(
  ticket: NormalizedTicket,
  policy: Policy,
  now?: Date,
  model: ModelFile | null = DEFAULT_MODEL,
): Evaluation {
  return evaluateTicket(ticket, policy, now, model);
}

/**
 * The evaluation of `ticket` from one of the same ticket without its draft (or with another
 * draft): only the draft warnings depend on the draft, so a panel that re-renders on each
 * keystroke checks the draft alone instead of judging the whole thread again. Equal to
 * `evaluate(ticket, policy, now)` when `evaluation` was evaluated at the same `now`.
 */
export function withDraftChecked(
  evaluation: Evaluation,
  ticket: NormalizedTicket,
  policy: Policy,
): Evaluation {
  const draftWarnings = ticket.draft
    ? checkDraft(ticket.draft, activeReplyRules(evaluation, policy, ticket))
    : [];
  if (!draftWarnings.length && !evaluation.draftWarnings.length) return evaluation;
  return { ...evaluation, draftWarnings };
}

/** The reply rules in force for an evaluated ticket (JSON; checked by `checkDraft`). */
export function activeReplyRules(
  evaluation: Evaluation,
  policy: Policy,
  ticket: Pick<NormalizedTicket, 'facts'> = {},
): ActiveReplyRule[] {
  const fired = new Set<string>(evaluation.triggers.map((t) => t.id));
  return replyRulesInForce(policy, fired, { messages: [], ...ticket });
}
