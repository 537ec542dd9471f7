import type { NormalizedTicket } from '../../../policy/contract';
import { DEFAULT_POLICY, evaluate } from '../../../policy/index';

export const NOW = new Date('2026-11-23T16:00:00Z');

/** A ticket of customer messages (and optional extras), evaluated with the bundled policy. */
export function evaluateMessages(bodies: string | string[], extra: Partial<NormalizedTicket> = {}) {
  const messages = (Array.isArray(bodies) ? bodies : [bodies]).map((body, i) => ({
    id: `m${i + 1}`,
    author: 'customer' as const,
    body,
  }));
  return evaluate({ messages, ...extra }, DEFAULT_POLICY, NOW);
}

export function firedIds(
  bodies: string | string[],
  extra: Partial<NormalizedTicket> = {},
): string[] {
  return evaluateMessages(bodies, extra).triggers.map((t) => t.id);
}
