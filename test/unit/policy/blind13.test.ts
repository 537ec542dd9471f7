/**
 * Regression guard on blind13 (test/blind13/blind13.jsonl): 56 tickets (the tier matrix, line by line), written blind and
 * tuned on after its first run (its README has the history). The floors sit a little below the
 * figures the policy reached, so a change that loses the SOP's meaning fails here.
 * `npm run eval -- test/blind13/blind13.jsonl` prints the per-id figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const BLIND13 = resolve(import.meta.dirname, '../../blind13/blind13.jsonl');

test('blind13 set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  expectScoreFloors(BLIND13, {
    tickets: 56,
    precision: 0.97,
    recall: 0.97,
    tier: 0.92,
    category: 0.84,
    draftF1: 0.95,
    underEscalations: 3,
  });
});
