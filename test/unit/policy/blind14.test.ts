/**
 * Regression guard on blind14 (test/blind14/blind14.jsonl): 100 tickets (the judgment triggers), written blind and
 * tuned on after its first run (its README has the history). The floors sit a little below the
 * figures the policy reached, so a change that loses the SOP's meaning fails here.
 * `npm run eval -- test/blind14/blind14.jsonl` prints the per-id figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const BLIND14 = resolve(import.meta.dirname, '../../blind14/blind14.jsonl');

test('blind14 set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  expectScoreFloors(BLIND14, {
    tickets: 100,
    precision: 0.96,
    recall: 0.96,
    tier: 0.95,
    category: 0.74,
    draftF1: 0.6,
    underEscalations: 3,
  });
});
