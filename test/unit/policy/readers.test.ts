import { describe, expect, test } from 'vitest';
import {
  asSpokenByCustomer,
  canonicalize,
  negatedOrHypothetical,
} from '../../../policy/engine/context';
import {
  isNegatedOrHypothetical,
  normalize,
  ownTextLength,
  sentenceAround,
  statedDays,
} from '../../../policy/text';

/** Is `phrase` (its first occurrence in `body`) dropped as negated or hypothetical? */
function dropped(body: string, phrase: string): boolean {
  const text = canonicalize(normalize(body));
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${body}"`);
  return negatedOrHypothetical(text, start, start + phrase.length);
}

describe('a conditional threat whose consequent has its own subject is a threat', () => {
  test.each([
    [
      'If it isn\u2019t dealt with this month our attorney will be reviewing the agreement with a view to legal action.',
      'legal action',
    ],
    ['If it isn\u2019t dealt with this month our attorney will be in touch.', 'our attorney will'],
    [
      "If this doesn't ship today everyone in that group is going to hear how you treat customers.",
      'everyone in that group is going to hear',
    ],
    [
      "If this doesn't ship today everyone in that group is going to hear how you treat customers.",
      'hear how you treat',
    ],
    ["If the order doesn't arrive my husband will call the bank to dispute it.", 'dispute it'],
    [
      "If the box isn't here by Monday our lawyer will be in touch about legal action.",
      'legal action',
    ],
    ["If it isn't fixed it will go to my lawyer for legal action.", 'legal action'],
    ["Unless it's refunded today my husband'll dispute the charge.", 'dispute the charge'],
    // Unchanged: a consequent the customer speaks in the first person.
    ["If it isn't fixed, I'm calling my bank.", 'calling my bank'],
  ])('"%s": %s is kept', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(false);
  });

  test.each([
    // The consequent's subject negated after its modal.
    [
      "If this isn't fixed by Friday my lawyer will not be taking legal action, don't worry.",
      'legal action',
    ],
    ["If my order doesn't come my husband will be upset, but I won't dispute it.", 'dispute it'],
    // A hedged consequent is no threat.
    ["If I don't hear back I might consider a chargeback.", 'chargeback'],
    ["If the order doesn't arrive, would my bank dispute the charge?", 'dispute the charge'],
    // The match is in the condition, the consequent after it.
    ['If I have to dispute the charge my bank will handle it.', 'dispute the charge'],
    // The condition's own subject and modal are no consequent.
    ['If the store will refund me the $250 I will be happy.', 'refund me'],
    ['If my bank will refund me I will not file a dispute.', 'dispute'],
    // A question is asked, not threatened.
    ['If I file a chargeback what will happen to my account?', 'chargeback'],
    ['If it is lost will my bank dispute the charge for me?', 'dispute the charge'],
    ['If the order is late will you refund the full amount?', 'refund'],
    // Plain negations.
    ["I'm not going to dispute it.", 'dispute it'],
    ["I don't want to dispute this.", 'dispute this'],
  ])('"%s": %s stays dropped', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(true);
  });
});

describe('a condition opening after a colon or semicolon makes its sentence hypothetical', () => {
  test.each([
    [
      "Before I buy the $289 bundle: if I don't like it after a couple of weeks, do you refund the full amount?",
      'refund',
    ],
    ["Quick question: if I don't like it, can I get a full refund?", 'full refund'],
    ['I have a question; in case it arrives damaged, is a full refund possible?', 'full refund'],
  ])('"%s": %s is dropped', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(true);
  });

  test.each([
    // A colon between digits opens nothing.
    ["I called at 10:30 if that's what you need to know, I want a full refund.", 'full refund'],
    // A condition after the colon with a first-person consequent stays a threat.
    ["Final warning: if it isn't fixed I'm calling my bank.", 'calling my bank'],
  ])('"%s": %s is kept', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(false);
  });

  test('the text reader agrees on its own', () => {
    const text = "Before I buy: if I don't like it, do you refund it?";
    expect(isNegatedOrHypothetical(text, text.indexOf('refund'))).toBe(true);
  });
});

describe('an indirect question with a modal is a request, not a hypothetical', () => {
  test.each([
    ['Customer asked whether she could speak to a manager.', 'speak to a manager'],
    ['Caller asked if someone higher up could call him back.', 'someone higher up'],
    ['I was wondering whether a manager could call me.', 'manager could call me'],
    ['He wants to know if we can refund the full $260.', 'refund'],
  ])('"%s": %s is kept', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(false);
  });

  test.each([
    // No modal: a question about how things are, not an ask.
    ['Customer asked whether we refund opened tubs.', 'refund'],
    // The customer's own hypothetical stays one.
    ['I asked myself if I should dispute it, and decided not to.', 'dispute it'],
  ])('"%s": %s stays dropped', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(true);
  });
});

describe("a condition about the company's present practice raises the customer's suspicion", () => {
  test.each([
    ["If you're outsourcing fulfilment to random warehouses now I'd like to know.", 'outsourcing'],
    ["I'd like to know whether you are just reselling Amazon stuff.", 'you are just reselling'],
    ["I'd like to know whether you are just reselling Amazon stuff.", 'reselling'],
    ['If you guys are using a middleman, tell me.', 'middleman'],
    ["If you're selling fake products I want to know.", 'fake products'],
  ])('"%s": %s is kept', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(false);
  });

  test.each([
    // The practice negated, or the suspicion itself.
    ["If you're not dropshipping, why did it come from Shenzhen?", 'dropshipping'],
    ["I don't mind if you're reselling, I just want my order.", 'reselling'],
    // Offers and abilities are no practice: the request stays hypothetical.
    ["If you're offering a full refund I'd take it.", 'full refund'],
    ['If you are able to refund the full amount that would be great.', 'refund the full amount'],
    // The company is not the condition's subject, or the match is far from its verb.
    ["If you're out of stock I want a full refund.", 'full refund'],
    ['If I dispute it, will it hurt my account?', 'dispute it'],
    [
      "If you're shipping it today from the warehouse then I won't need a full refund.",
      'full refund',
    ],
  ])('"%s": %s stays dropped', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(true);
  });
});

describe('quoted history: a forwarded message is cut off like a reply', () => {
  test.each([
    [
      'Still missing.\n\n---------- Forwarded message ---------\nSubject: Missing\n\nI will call my bank.',
      'Still missing.\n\n',
    ],
    ['Still missing.\nBegin forwarded message:\n\nI will call my bank.', 'Still missing.\n'],
    ['Still missing.\n-----Original Message-----\nI will call my bank.', 'Still missing.\n'],
  ])('%j keeps %j', (body, own) => {
    expect(body.slice(0, ownTextLength(body))).toBe(own);
  });

  test.each([
    'I forwarded the message to my bank and they will call you.',
    'Forwarded message from the courier: left at the door. It is not here.',
  ])("%j is all the customer's own", (body) => {
    expect(ownTextLength(body)).toBe(body.length);
  });
});

describe("a condition's own subject and future open no consequent", () => {
  test.each([
    ["If you're going to refund me the full $250, fine.", 'refund me'],
    ["If they're gonna refund me the full $250 I'd be happy.", 'refund me'],
    ['If you are going to make me wait, I will not dispute it but I will complain.', 'dispute it'],
  ])('"%s": %s stays dropped', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(true);
  });

  test.each([
    ["If I'm not refunded by Friday I'm filing a chargeback.", 'filing a chargeback'],
    ["If I'm charged again I'll dispute it with my bank.", 'dispute it'],
    ["If it is going to take weeks I'm going to dispute it.", 'dispute it'],
    ["Fix it or I'm calling my bank.", 'calling my bank'],
    ["Fix it or else I'll dispute the charge.", 'dispute the charge'],
    ['if its not here by fri im doing a chargeback', 'doing a chargeback'],
    ["If it isn't sent, I'm leaving a 1-star review.", "I'm leaving a 1-star review"],
  ])('"%s": %s is kept', (body, phrase) => {
    expect(dropped(body, phrase)).toBe(false);
  });
});

test.each([
  ['its been 3 wks since the refund went thru', 21],
  ['charged for 2 mos now', 60],
  ['over two weeks ago', 15],
  ['12 days', 12],
])('statedDays("%s") includes %i', (text, days) => {
  expect(statedDays(text)).toContain(days);
});

describe('a point between digits ends no sentence', () => {
  test.each([
    [
      'Two charges of $57.80 from you. I only placed one order.',
      '57',
      'Two charges of $57.80 from you.',
    ],
    ['Take 2.5 mg a day. Is that safe?', '2.5', 'Take 2.5 mg a day.'],
    ['It arrived on the 3rd. It was broken.', 'broken', ' It was broken.'],
  ])('%s', (text, at, sentence) => {
    const i = text.indexOf(at);
    const [from, to] = sentenceAround(text, i, i + at.length);
    expect(text.slice(from, to)).toBe(sentence);
  });
});

describe('hedges and dislikes neither suspend nor negate', () => {
  test.each([
    ['which if you ask me is basically theft', 'basically theft', false],
    ["I don't appreciate being lied to", 'lied to', false],
    ["I don't want to dispute it", 'dispute it', true],
    ['If it never comes, would I dispute it with my bank?', 'dispute it', true],
  ])('%s', (body, phrase, expected) => {
    expect(dropped(body, phrase)).toBe(expected);
  });
});

describe("asSpokenByCustomer: an agent's note read in the customer's own words, same length", () => {
  test.each([
    ["He said he'll sue if it isn't on his card.", "He said i'll  sue if it isn't on my  card."],
    ["She's calling her bank tomorrow.", "i'm   calling my  bank tomorrow."],
    ['She is going to post it to her followers.', 'i am going to   post it to my  followers.'],
    ['He would rather have a refund.', 'i would  rather have a refund.'],
    // Not a customer's act: "he's been", "her order", "she said".
    ["He's been waiting on her order, she said.", "He's been waiting on her order, she said."],
  ])('%s', (note, read) => {
    expect(asSpokenByCustomer(note)).toBe(read);
    expect(asSpokenByCustomer(note).length).toBe(note.length);
  });
});
