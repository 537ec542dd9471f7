/**
 * The escalation note (contract §6): each line it must hold, from a ticket that has it and from
 * one that does not (a missing fact reads `unknown`, never a blank).
 */
import { describe, expect, test } from 'vitest';
import type { NormalizedTicket } from '../../../policy/contract';
import { DEFAULT_POLICY, evaluate } from '../../../policy/index';
import { NOW } from './helpers';

const FULL: NormalizedTicket = {
  id: '48213',
  brand: 'TSM',
  customer: { name: 'Dana Reyes', email: 'dana@example.com' },
  orders: [
    { id: '#1001', total: 180, currency: 'USD' },
    { id: '#1002', total: 60, currency: 'USD' },
  ],
  messages: [
    {
      id: 'm1',
      author: 'customer',
      body: 'My order says delivered but it never came. If it is not sorted I will call my bank and dispute the charge.',
    },
    { id: 'm2', author: 'agent', body: 'I am sorry, let me look into it.' },
    { id: 'm3', author: 'customer', body: 'I just want my three bottles.' },
  ],
  facts: {
    deEscalationAttempted: true,
    refundApproved: false,
    replacementUnits: 3,
    daysSinceDelivered: 12,
  },
};

const EMPTY: NormalizedTicket = {
  messages: [{ id: 'm1', author: 'customer', body: 'Hello' }],
};

const noteOf = (ticket: NormalizedTicket) => evaluate(ticket, DEFAULT_POLICY, NOW).note;

describe('a ticket with every fact', () => {
  const note = noteOf(FULL);
  test.each([
    ['the tier and its name', /^ESCALATION — Level 4 \(Escalations Leadership\)/],
    ['the brand', /^Brand: TSM$/m],
    ['the customer', /^Customer: Dana Reyes <dana@example\.com>$/m],
    ['every order', /^Order\(s\): #1001, #1002$/m],
    ['the orders’ total', /^Order total: \$240\.00$/m],
    [
      'each trigger with its quoted evidence',
      /^- chargeback_threat \(level 4\): .*"(I will )?call my bank/m,
    ],
    ['the de-escalation attempt', /^Done so far: .*one de-escalation attempt made/m],
    ['an approval not given yet', /^Done so far: .*refund not approved yet/m],
    ['the agent replies', /^Done so far: .*1 agent reply on the ticket/m],
    [
      'the figures the agent confirmed',
      /^Done so far: .*agent confirmed 3 units to replace, 12 days since the delivered status$/m,
    ],
    [
      'what the customer still seeks, in their words',
      /^Customer still seeks: "I just want my three bottles\."$/m,
    ],
    ['the risk rating', /^Negative Experience Risk Rating: [1-5]\/5$/m],
    ['whom it goes to', /^Goes to: Escalations Leadership/m],
    ['the ticket', /^Ticket: #48213$/m],
  ])('holds %s', (_what, line) => {
    expect(note).toMatch(line);
  });
});

describe('a ticket with nothing known', () => {
  const note = noteOf(EMPTY);
  test.each([['Brand'], ['Order(s)'], ['Order total'], ['Category'], ['Done so far'], ['Ticket']])(
    '%s reads unknown',
    (label) => {
      expect(note).toContain(`${label}: unknown`);
    },
  );

  test('Customer reads unknown for the name and the email', () => {
    expect(note).toContain('Customer: unknown <unknown>');
  });

  test('no line is left blank after its label and no placeholder is left', () => {
    // "Reason for escalation:" heads the list of reasons on the lines below it.
    expect(note).not.toMatch(/^(?!Reason for escalation:$).*: *$/m);
    expect(note).toMatch(/^Reason for escalation:\n- \S/m);
    expect(note).not.toMatch(/\{\w+\}/);
  });
});

test('a template placeholder named like an object property reads unknown', () => {
  const policy = {
    ...DEFAULT_POLICY,
    note: { ...DEFAULT_POLICY.note, template: 'Ticket {ticket}; {constructor}; {toString}' },
  };
  expect(evaluate(FULL, policy, NOW).note).toBe('Ticket #48213; unknown; unknown');
});
