/**
 * Combinations: phrase lists that fire a trigger together within a few sentences. Case tables of
 * the shapes no single phrase reaches (an actor in one sentence, what they will do in the next;
 * an ultimatum naming the card issuer), their negations and near-misses; then the mechanics:
 * evidence, the sentence window, chat lines, and how a bad combination is rejected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY, evaluate, validatePolicy } from '../../../policy/index';
import { evaluateMessages, firedIds, NOW } from './helpers';

type Row = [text: string | string[], fires: boolean];

const TABLES: Record<string, Row[]> = {
  legal_threat: [
    ['My cousin is an attorney. She is going to send you a formal letter on Monday.', true],
    ['I forwarded all of this to my lawyer and she will be in touch with your company.', true],
    ['My husband practices contract law and he says you will be hearing from him.', true],
    ['I have spoken with a law firm. They will contact you this week.', true],
    ['Our family attorney has the receipts now and is handling this from here.', true],
    [['my uncle is a lawyer', 'he said he would write you a demand letter'], true],
    ['I am an attorney and I need my order shipped to my office by Friday.', false],
    ['My lawyer friend recommended your vitamins, they are great.', false],
    ["My sister is a lawyer but I don't want to involve her, I just want my refund.", false],
    ["I don't have a lawyer. Please just send the replacement.", false],
    // Three sentences apart: the window is two.
    [
      'My daughter is a lawyer. She lives in Denver with her kids. Anyway, please send the letter confirming my cancellation.',
      false,
    ],
  ],
  chargeback_threat: [
    ['Fix this today or American Express gets involved.', true],
    ['I have already spoken to my bank. They are opening a dispute on the charge.', true],
    ["If I don't have my money by Friday, Mastercard will be hearing from me.", true],
    ["Refund me or I'll have Visa reverse it.", true],
    ["My credit union says they can claw back the payment. I'd rather you just refund it.", true],
    ['My bank is slow, the refund should show up soon.', false],
    ["I'm not going to dispute it with my bank, I just want it fixed.", false],
    ['I paid with my Visa card. Can you tell me when it ships?', false],
    ["I'd rather sort this out with you than have to involve my bank.", false],
    ['My bank got involved in a fraud alert on another store, is your site safe?', false],
  ],
  review_threat: [
    ["I'll be making sure everyone in my moms group knows what kind of company this is.", true],
    ['Trust me, all my followers will hear how you treat loyal customers.', true],
    ["I'm going to warn every person I know to stay away.", true],
    ['I will share this whole nightmare with my community.', true],
    ['Please let me know what happened with my order.', false],
    ['I told all my friends about your gummies, they are going to order too!', false],
    ["I won't tell anyone how bad this was if you just fix it.", false],
  ],
  payment_dispute: [
    [
      "There's a $59 debit from you on my statement. Nobody in this house ever signed up for that.",
      true,
    ],
    ['You took my money out without my permission!', true],
    ['My card got hit twice for the same box.', true],
    ["I see two payments of $34 this month, one of them wasn't me.", true],
    ['I was charged $34 today, which is right. Can you change my address?', false],
    ['My payment went through fine, thanks.', false],
    ["I'd like to pay twice a year instead of monthly.", false],
  ],
  integrity_concern: [
    [
      'Your website told me one thing and the box says another, that is just misleading people.',
      true,
    ],
    ["The ad said free shipping and then you charged me $9, that's bait and switch.", true],
    ['Honestly it feels like you lied to me about the ingredients.', true],
    ["I don't want to mislead you, I may have typed the wrong address.", false],
    ["I'm not saying you lied, maybe there was a mix-up.", false],
    ['They said on the phone it would ship today, thanks!', false],
  ],
};

describe.each(Object.entries(TABLES))('%s', (id, rows) => {
  test.each(rows)('%j → fires %s', (text, fires) => {
    expect(firedIds(text).includes(id)).toBe(fires);
  });
});

test('a combination quotes each part as evidence and says what they mean together', () => {
  const body = 'My cousin is an attorney. She is going to send you a formal letter on Monday.';
  const legal = evaluateMessages(body).triggers.find((t) => t.id === 'legal_threat');
  expect(legal?.because).toMatch(
    /^a lawyer and what they will do about it: "attorney" \+ "send you a formal letter"$/,
  );
  expect(legal?.evidence.map((e) => e.text)).toEqual(['attorney', 'send you a formal letter']);
  for (const e of legal!.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
});

test('chat lines in a row are read together, but not across an agent reply', () => {
  const lines = ['my uncle is a lawyer', 'he said he would write you a demand letter'];
  expect(firedIds(lines)).toContain('legal_threat');
  const ticket = {
    messages: [
      { id: 'm1', author: 'customer' as const, body: lines[0]! },
      { id: 'm2', author: 'agent' as const, body: 'Thanks for letting us know!' },
      { id: 'm3', author: 'customer' as const, body: lines[1]! },
    ],
  };
  const result = evaluate(ticket, DEFAULT_POLICY, NOW);
  expect(result.triggers.map((t) => t.id)).not.toContain('legal_threat');
});

test('evidence offsets point into each chat line’s own body', () => {
  const lines = ['my uncle is a lawyer', 'he said he would write you a demand letter'];
  const legal = evaluateMessages(lines).triggers.find((t) => t.id === 'legal_threat')!;
  expect(legal.evidence.map((e) => [e.messageId, e.text])).toEqual([
    ['m1', 'lawyer'],
    ['m2', 'write you a demand letter'],
  ]);
  for (const e of legal.evidence) {
    const body = lines[Number(e.messageId.slice(1)) - 1]!;
    expect(body.slice(e.start, e.end)).toBe(e.text);
  }
});

function source() {
  const path = resolve(import.meta.dirname, '../../../policy/default-policy.yaml');
  return parse(readFileSync(path, 'utf8'));
}

test('a combination with one part is rejected, naming the field', () => {
  const policy = source();
  const legal = policy.triggers.find((t: { id: string }) => t.id === 'legal_threat');
  legal.combinations[0].all = [['lawyer']];
  const result = validatePolicy(policy);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.join('\n')).toMatch(/combinations\.0\.all/);
});

test('a combination phrase that does not compile is rejected, naming it', () => {
  const policy = source();
  const legal = policy.triggers.find((t: { id: string }) => t.id === 'legal_threat');
  legal.combinations[0].all[1].push('(letter');
  const result = validatePolicy(policy);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.errors.join('\n')).toMatch(
    /triggers\.legal_threat\.combinations\[0\]\.all\[1\]\[\d+\] "\(letter"/,
  );
});
