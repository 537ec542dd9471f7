/**
 * Regression guard on blind5 (test/blind5/blind5.jsonl): 117 tickets (casual chats and emails: texting style, typos, non-native English, 25 drafts), written blind and
 * tuned on after its first run (its README has the history). The floors sit a little below the
 * figures the policy reached, so a change that loses the SOP's meaning fails here.
 * `npm run eval -- test/blind5/blind5.jsonl` prints the per-id figures.
 */
import { resolve } from 'node:path';
import { test } from 'vitest';
import { expectScoreFloors } from './helpers';

const BLIND5 = resolve(import.meta.dirname, '../../blind5/blind5.jsonl');

test('blind5 set: trigger precision and recall, tier, category and draft-warning F1 keep their floors', () => {
  expectScoreFloors(BLIND5, {
    tickets: 117,
    precision: 0.98,
    recall: 0.95,
    tier: 0.96,
    category: 0.88,
    draftF1: 0.95,
    underEscalations: 6,
  });
});
