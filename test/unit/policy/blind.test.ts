/**
 * Regression guard on the blind set (test/blind/blind.jsonl): 150 tickets written from the SOPs
 * and the contract by someone who never saw the engine. The floors sit just below the figures the
 * policy reached after the blind-set review of 2026-12-02, so a phrase change that loses an SOP
 * meaning fails here. The set has since been used to tune the policy, so it no longer measures
 * generalization on its own; `npm run eval -- test/blind/blind.jsonl` prints the per-id figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scoreDevSet } from '../../../scripts/scoring';

const BLIND = resolve(import.meta.dirname, '../../blind/blind.jsonl');

test('blind set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  const score = scoreDevSet(readFileSync(BLIND, 'utf8'));
  expect(score.tickets).toBe(150);
  expect(score.errors).toBe(0);
  expect(score.precision).toBeGreaterThanOrEqual(0.98);
  expect(score.recall).toBeGreaterThanOrEqual(0.99);
  expect(score.tierAccuracy).toBeGreaterThanOrEqual(0.99);
  expect(score.categoryAccuracy).toBeGreaterThanOrEqual(0.91);
  expect(score.draftF1).toBeGreaterThanOrEqual(0.99);
  expect(score.underEscalations).toBeLessThanOrEqual(1);
});
