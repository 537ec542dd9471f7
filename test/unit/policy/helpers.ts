import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { NormalizedTicket } from '../../../policy/contract';
import { DEFAULT_POLICY, evaluate } from '../../../policy/index';
import { scoreDevSet } from '../../../scripts/scoring';

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

/** A ticket's messages from [author, body, at?] rows, numbered m1, m2, … in order. */
export function thread(
  ...rows: [author: 'customer' | 'agent' | 'note', body: string, at?: string][]
): Partial<NormalizedTicket> {
  return {
    messages: rows.map(([author, body, at], i) => ({
      id: `m${i + 1}`,
      author,
      body,
      ...(at === undefined ? {} : { at }),
    })),
  };
}

export function firedIds(
  bodies: string | string[],
  extra: Partial<NormalizedTicket> = {},
): string[] {
  return evaluateMessages(bodies, extra).triggers.map((t) => t.id);
}

/**
 * One trigger's case table: each row is a customer message (or messages) and whether the trigger
 * fires on it, one test per row, named "title: message → fires".
 */
export function fireCases(
  id: string,
  title: string,
  rows: [text: string | string[], fires: boolean][],
  extra: Partial<NormalizedTicket> = {},
): void {
  test.each(rows)(`${title ? `${title}: ` : ''}%s → %s`, (text, fires) => {
    expect(firedIds(text, extra).includes(id)).toBe(fires);
  });
}

/** The least a labelled set must score (as `../shared/tools/score-eval.mjs` scores it). */
export interface ScoreFloors {
  /** The set's size, when it is ours to keep (a row added or lost is noticed). */
  tickets?: number;
  precision: number;
  recall: number;
  tier: number;
  category?: number;
  draftF1: number;
  /** At most this many tickets given a lower tier than labelled. */
  underEscalations: number;
}

/** Scores a labelled JSONL set through the engine and holds it to its floors. */
export function expectScoreFloors(file: string, floors: ScoreFloors): void {
  const score = scoreDevSet(readFileSync(file, 'utf8'));
  if (floors.tickets !== undefined) expect(score.tickets).toBe(floors.tickets);
  expect(score.errors).toBe(0);
  expect(score.precision).toBeGreaterThanOrEqual(floors.precision);
  expect(score.recall).toBeGreaterThanOrEqual(floors.recall);
  expect(score.tierAccuracy).toBeGreaterThanOrEqual(floors.tier);
  if (floors.category !== undefined)
    expect(score.categoryAccuracy).toBeGreaterThanOrEqual(floors.category);
  expect(score.draftF1).toBeGreaterThanOrEqual(floors.draftF1);
  expect(score.underEscalations).toBeLessThanOrEqual(floors.underEscalations);
}
