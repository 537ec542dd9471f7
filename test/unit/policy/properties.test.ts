/** Property tests: evaluation never throws and stays within the contract's bounds on any input. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { NormalizedTicket } from '../../../policy/contract';
import { DEFAULT_POLICY, evaluate, TRIGGER_IDS } from '../../../policy/index';
import { clauseStart } from '../../../policy/text';
import { NOW } from './helpers';

const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    "I'm calling my bank to dispute the charge!!! \u{1F621}",
    'r\u00e9fund \u202e$1,250.00\u202c dollars',
    'delivered\u0000but never came',
    '\ud83d',
  ),
);

const message = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  author: fc.constantFrom('customer' as const, 'agent' as const, 'note' as const),
  body: text,
});

const ticket: fc.Arbitrary<NormalizedTicket> = fc.record(
  {
    // Message ids are unique within a ticket (evidence names its message by id).
    messages: fc.uniqueArray(message, { selector: (m) => m.id, maxLength: 6 }),
    draft: text,
    brand: fc.constantFrom('TSM', 'HB', 'Other'),
    mailbox: text,
    orders: fc.array(fc.record({ total: fc.double({ min: 0, max: 1e6, noNaN: true }) }), {
      maxLength: 3,
    }),
    facts: fc.record(
      {
        refundAmount: fc.double({ min: 0, max: 1e6, noNaN: true }),
        offenseNumber: fc.integer({ min: 1, max: 50 }),
        deEscalationAttempted: fc.boolean(),
        refundApproved: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['messages'] },
);

function checkBounds(ticket: NormalizedTicket) {
  const result = evaluate(ticket, DEFAULT_POLICY, NOW);
  expect([1, 2, 3, 4]).toContain(result.tier.level);
  expect(result.risk).toBeGreaterThanOrEqual(1);
  expect(result.risk).toBeLessThanOrEqual(5);
  expect(result.tier.level).toBeGreaterThanOrEqual(
    Math.max(1, ...result.triggers.map((t) => t.level)),
  );
  for (const trigger of result.triggers) {
    expect(TRIGGER_IDS).toContain(trigger.id);
    for (const e of trigger.evidence) {
      const body = ticket.messages.find((m) => m.id === e.messageId)?.body ?? '';
      expect(body.slice(e.start, e.end)).toBe(e.text);
    }
  }
  for (const w of result.draftWarnings)
    expect((ticket.draft ?? '').slice(w.start, w.end)).toBe(w.text);
  // Every placeholder of the note template is filled; the customer's own words may hold braces.
  const quoted = JSON.stringify(ticket);
  for (const [placeholder] of DEFAULT_POLICY.note.template.matchAll(/\{\w+\}/g))
    if (!quoted.includes(placeholder)) expect(result.note).not.toContain(placeholder);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

test('evaluation never throws and stays within bounds on arbitrary tickets', () => {
  fc.assert(fc.property(ticket, checkBounds), { numRuns: 300 });
});

test('a huge thread (200 messages, ~100 KB) evaluates within bounds', () => {
  const body = "My order says delivered but it never came, I'm calling my bank. ".repeat(8);
  const messages = Array.from({ length: 200 }, (_, i) => ({
    id: `m${i}`,
    author: (i % 3 === 1 ? 'agent' : 'customer') as 'agent' | 'customer',
    body,
  }));
  checkBounds({ messages });
});

test('the same input gives the same output (deterministic)', () => {
  fc.assert(
    fc.property(ticket, (t) => {
      expect(evaluate(t, DEFAULT_POLICY, NOW)).toEqual(evaluate(t, DEFAULT_POLICY, NOW));
    }),
    { numRuns: 50 },
  );
});

/** The clause reader as it was first written: the last break in the window, by regex. */
function clauseStartByRegex(text: string, index: number, maxChars = 80): number {
  const from = Math.max(0, index - maxChars);
  const window = text.slice(from, index);
  const breaks = /[.!?;:,\n]|\b(but|however|although|though|yet|so|and|because)\b/gi;
  let start = 0;
  for (let m = breaks.exec(window); m; m = breaks.exec(window)) start = m.index + m[0].length;
  return from + start;
}

test('clauseStart, read backwards by character code, finds what the clause-break regex finds', () => {
  const clauseText = fc.oneof(
    text,
    fc
      .array(
        fc.constantFrom(
          'But',
          'and',
          'SO',
          'sob',
          'yet',
          'though,',
          'x',
          '_and',
          'ſo',
          '.',
          '\n',
          ' ',
          '  ',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(clauseText, fc.nat(), fc.integer({ min: 1, max: 120 }), (body, at, maxChars) => {
      const index = body.length ? at % (body.length + 1) : 0;
      expect(clauseStart(body, index, maxChars)).toBe(clauseStartByRegex(body, index, maxChars));
    }),
    { numRuns: 3000 },
  );
});
