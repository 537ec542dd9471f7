/**
 * Regression guard on the second blind set (test/blind2/blind2.jsonl): 100 tickets written from the
 * SOPs and the contract by someone who never saw the engine (long emails, chats of short lines,
 * terse call notes, indirect phrasings, boundary pairs). The floors sit a little below the figures
 * the policy reached, so a phrase change that loses the SOP's meaning fails here.
 * `npm run eval -- test/blind2/blind2.jsonl` prints the per-id figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const BLIND2 = resolve(import.meta.dirname, '../../blind2/blind2.jsonl');

test('blind2 set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  expectScoreFloors(BLIND2, {
    tickets: 100,
    precision: 0.99,
    recall: 0.99,
    tier: 0.99,
    category: 0.94,
    draftF1: 0.99,
    underEscalations: 0,
  });
});
