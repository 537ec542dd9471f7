/**
 * Regression guard on the shared development set (../shared/eval, present beside every checkout
 * and in CI): the engine must keep the bars. `npm run eval` prints the full figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { scoreDevSet } from '../../../scripts/scoring';

const DEV_SET = resolve(import.meta.dirname, '../../../../shared/eval/dev.jsonl');

test('dev set: trigger precision and recall, tier and draft-warning F1 stay at or above 0.95', () => {
  const score = scoreDevSet(readFileSync(DEV_SET, 'utf8'));
  expect(score.errors).toBe(0);
  expect(score.precision).toBeGreaterThanOrEqual(0.95);
  expect(score.recall).toBeGreaterThanOrEqual(0.95);
  expect(score.tierAccuracy).toBeGreaterThanOrEqual(0.95);
  expect(score.draftF1).toBeGreaterThanOrEqual(0.95);
  expect(score.underEscalations).toBe(0);
});
