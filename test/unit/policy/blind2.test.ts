/**
 * Regression guard on the second blind set (test/blind2/blind2.jsonl): 100 tickets written from the
 * SOPs and the contract by someone who never saw the engine (long emails, chats of short lines,
 * terse call notes, indirect phrasings, boundary pairs). The floors sit a little below the figures
 * the policy reached, so a phrase change that loses the SOP's meaning fails here.
 * `npm run eval -- test/blind2/blind2.jsonl` prints the per-id figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scoreDevSet } from '../../../scripts/scoring';

const BLIND2 = resolve(import.meta.dirname, '../../blind2/blind2.jsonl');

test('blind2 set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  const score = scoreDevSet(readFileSync(BLIND2, 'utf8'));
  expect(score.tickets).toBe(100);
  expect(score.errors).toBe(0);
  expect(score.precision).toBeGreaterThanOrEqual(0.99);
  expect(score.recall).toBeGreaterThanOrEqual(0.99);
  expect(score.tierAccuracy).toBeGreaterThanOrEqual(0.99);
  expect(score.categoryAccuracy).toBeGreaterThanOrEqual(0.94);
  expect(score.draftF1).toBeGreaterThanOrEqual(0.99);
  expect(score.underEscalations).toBe(0);
});
