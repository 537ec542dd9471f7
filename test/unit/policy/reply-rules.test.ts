/** Case tables per reply rule: commitments warn while the rule is in force; mentions never do. */
import { describe, expect, test } from 'vitest';
import type { NormalizedTicket } from '../../../policy/contract';
import { activeReplyRules, checkDraft, DEFAULT_POLICY, evaluate } from '../../../policy/index';
import { NOW } from './helpers';

const REFUND_250: NormalizedTicket = {
  messages: [{ id: 'm1', author: 'customer', body: 'I did not like it. Please refund my order.' }],
  orders: [{ id: '#1', total: 250 }],
};
const REFUND_60: NormalizedTicket = { ...REFUND_250, orders: [{ id: '#1', total: 60 }] };
const DNR_3: NormalizedTicket = {
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'It says delivered but nothing was at my door. Three bottles. Send them again?',
    },
  ],
};
const TSM_SUBSCRIPTION: NormalizedTicket = {
  brand: 'TSM',
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'Please refund my membership since May, six charges of $29.',
    },
  ],
};

/** Billings written as a count times an amount: 10 x $22 is ten months and $220. */
const TSM_TEN_TIMES: NormalizedTicket = {
  brand: 'TSM',
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'I forgot to cancel. Refund the membership fees please, 10 x $22 so far.',
    },
  ],
};
/** Two orders asked back together: $140 + $90 is $230. */
const TWO_ORDERS: NormalizedTicket = {
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'Neither product helped. I would like both orders refunded ($140 and $90).',
    },
  ],
};

type Row = [ticket: NormalizedTicket, draft: string, warns: string[]];

const ROWS: Record<string, Row[]> = {
  refund_commitment: [
    // The amount before "refund" or after "of"; a refund request submitted is only a mention (blind7).
    [
      REFUND_250,
      'Your $250 refund will be processed within 5 business days.',
      ['refund_commitment'],
    ],
    [
      REFUND_250,
      'Your refund of $250 has been submitted and will post to your card in 5-7 days.',
      ['refund_commitment'],
    ],
    [REFUND_250, 'As promised, the $250 is on its way back to your card.', ['refund_commitment']],
    [REFUND_250, 'Your refund request has been submitted to my team lead for approval.', []],
    [
      REFUND_250,
      "You'll receive a full refund of $250 within 5-7 business days.",
      ['refund_commitment'],
    ],
    [REFUND_250, "I've issued your refund of $250.", ['refund_commitment']],
    [REFUND_250, "I'll refund the order today.", ['refund_commitment']],
    [REFUND_250, "I've asked my lead to review your refund request.", []],
    [REFUND_250, "I can't confirm a refund yet, but I've sent your request to my supervisor.", []],
    [
      { ...REFUND_250, facts: { refundApproved: true } },
      "You'll receive a full refund of $250.",
      [],
    ],
    [REFUND_60, "You'll receive a full refund of $60.", []],
    [REFUND_250, "You'll see the $250 back on your card in a few days.", ['refund_commitment']],
    [REFUND_250, "I've gone ahead and processed the refund for you.", ['refund_commitment']],
    [REFUND_250, 'Your refund for the order has been approved.', ['refund_commitment']],
    [REFUND_250, "I've passed your refund request to my team lead for approval.", []],
    [TWO_ORDERS, "I've refunded both orders for you.", ['refund_commitment']],
    [REFUND_250, "I've sent your refund request to my supervisor for approval.", []],
    [REFUND_250, "I've just sent the refund to your card.", ['refund_commitment']],
    [REFUND_250, "I've gone ahead and credited you the full amount.", ['refund_commitment']],
    [REFUND_250, 'Your purchase will be fully refunded by Friday.', ['refund_commitment']],
    [TSM_TEN_TIMES, "I'll refund all ten payments today.", ['refund_commitment']],
    // "Sent" a refund commits; "sent your refund request" to a lead only mentions it.
    [REFUND_250, "I've sent your $250 refund to the card you paid with.", ['refund_commitment']],
    [REFUND_250, "I've sent your full-refund request to my supervisor to approve.", []],
    [REFUND_250, "As promised, I'm issuing your refund of $250 right now.", ['refund_commitment']],
    [REFUND_250, "I'm processing your refund request with my lead first.", []],
    [REFUND_250, 'No problem, your refund is on its way.', ['refund_commitment']],
    [REFUND_250, "I've gone ahead and credited the $250 to your card.", ['refund_commitment']],
    [
      REFUND_250,
      'A full refund has been issued to your original payment method.',
      ['refund_commitment'],
    ],
    [REFUND_250, 'Expect the refund within 3-5 business days.', ['refund_commitment']],
    [REFUND_250, 'If my lead approves it, a full refund can follow.', []],
  ],
  replacement_commitment: [
    [
      DNR_3,
      "I'll have all three bottles reshipped to you today at no charge.",
      ['replacement_commitment'],
    ],
    [DNR_3, "I'll ship replacements for all three bottles today.", ['replacement_commitment']],
    [DNR_3, "We'll reship your order today at no cost.", ['replacement_commitment']],
    [DNR_3, "I've asked my supervisor to approve a replacement.", []],
    [DNR_3, "I'll get three new bottles sent out to you today.", ['replacement_commitment']],
    [DNR_3, "We're sending a replacement box out tomorrow.", ['replacement_commitment']],
    [DNR_3, "I'm resending your order this afternoon.", ['replacement_commitment']],
    [DNR_3, "I've sent a replacement out by priority mail.", ['replacement_commitment']],
    [DNR_3, "I've sent your replacement request to my team lead for approval.", []],
    [DNR_3, 'A replacement order has been placed and ships tomorrow.', ['replacement_commitment']],
    [DNR_3, 'Once approved, the replacement order can be placed.', []],
    [
      { ...DNR_3, facts: { replacementApproved: true } },
      'Your replacement has been approved and ships today.',
      [],
    ],
  ],
  best_of_my_abilities: [
    [
      TSM_SUBSCRIPTION,
      'I have done everything within my abilities here and have escalated your request to a supervisor.',
      ['best_of_my_abilities'],
    ],
    [
      TSM_SUBSCRIPTION,
      "I've worked this to the best of my abilities and escalated your request to a supervisor.",
      ['best_of_my_abilities'],
    ],
    [
      TSM_SUBSCRIPTION,
      'I have worked on this to the best of my ability and have escalated your request to a supervisor.',
      ['best_of_my_abilities'],
    ],
    [
      TSM_TEN_TIMES,
      "I've worked on this to the best of my abilities and escalated it to a supervisor.",
      ['best_of_my_abilities'],
    ],
    [
      TSM_SUBSCRIPTION,
      "I've done my very best here and escalated this to my manager.",
      ['best_of_my_abilities'],
    ],
    [TSM_SUBSCRIPTION, "I've shared your request with our member services lead.", []],
    [
      TSM_SUBSCRIPTION,
      'I have tried everything I can here and have escalated this to my manager.',
      ['best_of_my_abilities'],
    ],
    [
      TSM_SUBSCRIPTION,
      'I have worked this to the best of my ability and passed your request to a supervisor.',
      ['best_of_my_abilities'],
    ],
    [
      TSM_SUBSCRIPTION,
      "I've shared your request and account history with our member services lead.",
      [],
    ],
    [
      { ...TSM_SUBSCRIPTION, brand: 'HB' },
      "I've worked this to the best of my abilities and escalated your request to a supervisor.",
      [],
    ],
  ],
};

describe.each(Object.entries(ROWS))('%s', (_id, rows) => {
  test.each(rows)('draft %#: %s', (ticket, draft, warns) => {
    const result = evaluate({ ...ticket, draft }, DEFAULT_POLICY, NOW);
    expect([...new Set(result.draftWarnings.map((w) => w.id))]).toEqual(warns);
    for (const warning of result.draftWarnings) {
      expect(draft.slice(warning.start, warning.end)).toBe(warning.text);
      expect(warning.instead.length).toBeGreaterThan(10);
    }
  });
});

test('checkDraft with the rules in force gives the same warnings as evaluate', () => {
  const draft = "Sorry! You'll receive a full refund of $250. I'll refund it today.";
  const result = evaluate({ ...REFUND_250, draft }, DEFAULT_POLICY, NOW);
  const rules = activeReplyRules(result, DEFAULT_POLICY, REFUND_250);
  expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  expect(checkDraft(draft, rules)).toEqual(result.draftWarnings);
  expect(result.forbiddenPhrases.map((p) => p.id)).toEqual(['refund_commitment']);
});
