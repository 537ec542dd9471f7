/**
 * The second-opinion model (policy/engine/model.ts): trained on the sets it says, speaking only
 * for the judgment triggers no rule fired, quoting the customer's own sentence, silent on negated
 * words and on what only the agent said, and off where the policy says so.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NormalizedTicket, TriggerId } from '../../../policy/contract';
import { TRIGGER_IDS } from '../../../policy/contract';
import { readTexts } from '../../../policy/engine/context';
import { modelScores, ticketFeatures } from '../../../policy/engine/model';
import { DEFAULT_MODEL, DEFAULT_POLICY, evaluate, type Policy } from '../../../policy/index';
import { trainingDigest, trainingSets } from '../../../scripts/model-sets';
import { NOW, thread } from './helpers';

const RULE_ONLY: TriggerId[] = [
  'refund_over_threshold',
  'dnr_escalation',
  'repeat_refunds',
  'subscription_refund_limit',
];

function ticketOf(extra: Partial<NormalizedTicket>): NormalizedTicket {
  return { id: 't1', mailbox: 'TSM Support', messages: [], ...extra };
}

function modelFired(ticket: NormalizedTicket, policy: Policy = DEFAULT_POLICY) {
  return evaluate(ticket, policy, NOW).triggers.filter((t) => t.secondOpinion);
}

describe('the bundled model', () => {
  test('is trained on the sets as they are now (else run `npm run train`)', () => {
    expect(DEFAULT_MODEL.trainedOn.digest).toBe(trainingDigest());
    expect(DEFAULT_MODEL.trainedOn.sets).toEqual(trainingSets().map((s) => s.name));
  });

  test('never saw blind23 or blind24, which measure it', () => {
    expect(DEFAULT_MODEL.trainedOn.sets).not.toContain('blind23');
    expect(DEFAULT_MODEL.trainedOn.sets).not.toContain('blind24');
  });

  test('speaks only for judgment triggers, with finite weights on known features', () => {
    const ids = Object.keys(DEFAULT_MODEL.triggers) as TriggerId[];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      expect(TRIGGER_IDS).toContain(id);
      expect(RULE_ONLY).not.toContain(id);
      const t = DEFAULT_MODEL.triggers[id]!;
      expect(Number.isFinite(t.bias) && Number.isFinite(t.threshold)).toBe(true);
      for (const [feature, weight] of t.weights) {
        expect(feature).toBeGreaterThanOrEqual(0);
        expect(feature).toBeLessThan(DEFAULT_MODEL.features.length);
        expect(Number.isFinite(weight)).toBe(true);
      }
    }
  });

  test('scores a ticket as the sum of its features, one by one', () => {
    const naive = (ticket: NormalizedTicket) => {
      const features = ticketFeatures(ticket, readTexts(ticket));
      const index = new Map(DEFAULT_MODEL.features.map((f, i) => [f, i]));
      const present = new Set([...features].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
      return Object.fromEntries(
        Object.entries(DEFAULT_MODEL.triggers).map(([id, t]) => [
          id,
          t.bias +
            t.weights.reduce(
              (sum, [f, w]) => sum + (present.has(f) ? DEFAULT_MODEL.scale * w : 0),
              0,
            ),
        ]),
      );
    };
    const word = fc.constantFrom(
      ...DEFAULT_MODEL.features.filter((f) => !f.startsWith('a:')).slice(0, 400),
      'refund',
      'lawyer',
      'the',
      'not',
    );
    const body = fc.array(word, { maxLength: 40 }).map((w) => w.join(' ').replaceAll('_', ' '));
    fc.assert(
      fc.property(body, body, (customer, agent) => {
        const ticket = ticketOf(thread(['customer', customer], ['agent', agent]));
        const fast = modelScores(DEFAULT_MODEL, ticket, readTexts(ticket));
        const slow = naive(ticket);
        for (const id of Object.keys(slow)) expect(fast[id as TriggerId]).toBeCloseTo(slow[id]!, 9);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Paraphrases no phrase of the policy lists (checked: the rules alone fire nothing), which the
 * model reads. New wording, not lines of any set.
 */
const READ_BY_THE_MODEL: [TriggerId, string][] = [
  [
    'unresolved_complaint',
    'I spoke to an agent again yesterday and the answer is still the same, nothing resolved.',
  ],
  [
    'unresolved_complaint',
    "I chatted with your agent again and got the same reply, I'm still waiting and it is still broken.",
  ],
  [
    'unresolved_complaint',
    "The person I spoke with yesterday offered a credit but it's not resolved and the reply made no sense.",
  ],
];

/** Words the model weighs as much, said negated or as a condition. */
const NEGATED: [TriggerId, string][] = [
  [
    'unresolved_complaint',
    'I never said the agent I spoke with again was unhelpful, and it is not still broken.',
  ],
  [
    'unresolved_complaint',
    'If the agent I spoke with again yesterday gives the same reply, I would still be waiting.',
  ],
];

describe('second opinions', () => {
  test.each(READ_BY_THE_MODEL)('%s: %s', (id, body) => {
    const ticket = ticketOf(thread(['customer', body]));
    expect(evaluate(ticket, DEFAULT_POLICY, NOW, null).triggers.map((t) => t.id)).not.toContain(id);
    const fired = modelFired(ticket).find((t) => t.id === id);
    expect(fired, 'the model reads it').toBeDefined();
    expect(fired!.because).toMatch(/^the model trained on \d+ labelled tickets reads it as/);
    const [quote] = fired!.evidence;
    expect(body.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.text.length).toBeGreaterThan(3);
    // The reason quotes the phrases that weighed, each as written in the quote.
    const phrases = [...fired!.because!.matchAll(/"([^"]+)"/g)].slice(1).map((m) => m[1]!);
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) expect(quote!.text).toContain(phrase);
    expect(
      phrases.some((phrase) => phrase.includes(' ')),
      'a phrase, not only single words',
    ).toBe(true);
  });

  test.each(NEGATED)('%s, negated or hypothetical: %s', (id, body) => {
    const ticket = ticketOf(thread(['customer', body]));
    const score = modelScores(DEFAULT_MODEL, ticket, readTexts(ticket))[id]!;
    expect(score, 'the words weigh enough').toBeGreaterThan(DEFAULT_MODEL.triggers[id]!.threshold);
    expect(modelFired(ticket).map((t) => t.id)).not.toContain(id);
  });

  test.each([
    'Is it safe with my blood pressure pills?',
    'Is it safe to take the greens powder with my blood thinners? My doctor is on holiday.',
    "I'm 20 weeks pregnant, can I keep taking the sleep gummies or should I stop?",
    'Does the fat burner interact with antidepressants like sertraline? Just want to be safe.',
    "I'm breastfeeding, is the collagen safe for the baby?",
  ])('a plain safety question is no medical escalation: %s', (body) => {
    expect(modelFired(ticketOf(thread(['customer', body]))).map((t) => t.id)).not.toContain(
      'medical_escalation',
    );
  });

  test('quiet when the policy turns the second opinion off', () => {
    for (const [id, body] of READ_BY_THE_MODEL) {
      const policy: Policy = {
        ...DEFAULT_POLICY,
        triggers: DEFAULT_POLICY.triggers.map((t) =>
          t.id === id ? { ...t, secondOpinion: false } : t,
        ),
      };
      expect(
        modelFired(ticketOf(thread(['customer', body])), policy).map((t) => t.id),
      ).not.toContain(id);
    }
  });

  test('quiet when only the agent says it', () => {
    for (const [id, body] of READ_BY_THE_MODEL) {
      const ticket = ticketOf(thread(['customer', 'Hi, any update on my order?'], ['agent', body]));
      expect(evaluate(ticket, DEFAULT_POLICY, NOW).triggers.map((t) => t.id)).not.toContain(id);
    }
  });

  test('quiet when there is nothing to read', () => {
    expect(modelFired(ticketOf({}))).toEqual([]);
    expect(modelFired(ticketOf(thread(['agent', 'We have refunded your order.'])))).toEqual([]);
  });

  test('never on the triggers that rest on amounts, counts or days', () => {
    const body = fc.array(fc.constantFrom(...DEFAULT_MODEL.features.slice(0, 2000)), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(body, (words) => {
        const ticket = ticketOf(thread(['customer', words.join(' ').replaceAll('_', ' ')]));
        for (const t of modelFired(ticket)) expect(RULE_ONLY).not.toContain(t.id);
      }),
      { numRuns: 80 },
    );
  });

  test('the same ticket, the same opinion', () => {
    for (const [, body] of READ_BY_THE_MODEL) {
      const ticket = ticketOf(thread(['customer', body]));
      expect(evaluate(ticket, DEFAULT_POLICY, NOW)).toEqual(evaluate(ticket, DEFAULT_POLICY, NOW));
    }
  });
});
