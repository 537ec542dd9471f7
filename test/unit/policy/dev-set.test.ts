/**
 * Regression guard on the shared development set (../shared/eval, present beside every checkout
 * and in CI): the engine must keep the bars. `npm run eval` prints the full figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const DEV_SET = resolve(import.meta.dirname, '../../../../shared/eval/dev.jsonl');

test('dev set: trigger precision and recall, tier and draft-warning F1 stay at or above 0.95', () => {
  expectScoreFloors(DEV_SET, {
    precision: 0.95,
    recall: 0.95,
    tier: 0.95,
    draftF1: 0.95,
    underEscalations: 0,
  });
});
