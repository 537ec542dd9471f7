/**
 * Regression guard on the blind set (test/blind/blind.jsonl): 150 tickets written from the SOPs
 * and the contract by someone who never saw the engine. The floors sit just below the figures the
 * policy reached after the blind-set review of 2026-12-02, so a phrase change that loses an SOP
 * meaning fails here. The set has since been used to tune the policy, so it no longer measures
 * generalization on its own; `npm run eval -- test/blind/blind.jsonl` prints the per-id figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const BLIND = resolve(import.meta.dirname, '../../blind/blind.jsonl');

test('blind set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  expectScoreFloors(BLIND, {
    tickets: 150,
    precision: 0.98,
    recall: 0.99,
    tier: 0.99,
    category: 0.91,
    draftF1: 0.99,
    underEscalations: 1,
  });
});
