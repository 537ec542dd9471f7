import { expect, test } from 'vitest';
import { checkRegexSafety, compilePhrase, findPhrases, PhraseError } from '../../../policy/phrases';

test.each([
  ['dispute*', 'I disputed it', 'disputed'],
  ['(bank|credit card company)', 'my credit  card company', 'credit  card company'],
  ['call* my? bank', 'calling bank', 'calling bank'],
  ['call* ~3 bank', 'call my local bank', 'call my local bank'],
  ['refund of {amount}', 'a refund of $1,250.00 now', 'refund of $1,250.00'],
  ['{n} bottles', 'three bottles', 'three bottles'],
  ["don't", 'I dont know', 'dont'],
  // A leading optional word: the phrase matches with it and without it.
  ['my? bank', 'called my bank', 'my bank'],
  ['my? bank', 'called the bank', 'bank'],
  ['bank', 'bank', 'bank'],
  ['my? bank', 'bank', 'bank'],
  ['(please|kindly)? (refund|reimburse) me', 'just reimburse me', 'reimburse me'],
  ['(the|my)? (full)? refund', 'a full refund', 'full refund'],
  ['(the|my)? (full)? refund', 'refund now', 'refund'],
  ['want (a|the)? (full)? refund', 'I want refund', 'want refund'],
  ['(want|need) (my? money|cash) back', 'I need money back', 'need money back'],
  ['(the|my)? ~2 bank', 'the local bank', 'the local bank'],
  ['(the|my)? ~2 bank', 'called bank', 'bank'],
  ['so? (angry|mad)', 'so mad', 'so mad'],
  ['so? (angry|mad)', 'I am angry', 'angry'],
  // Chat short forms of literal words.
  ['you are (thieves|crooks)', 'u r thieves', 'u r thieves'],
  ['filing with amex', 'im filing w/ amex', 'filing w/ amex'],
  ['filing with amex', 'filing w amex', 'filing w amex'],
  ['so (people|everyone) know', 'so ppl know', 'so ppl know'],
  ["(you're|you are) lying", 'ur lying', 'ur lying'],
])('%s matches in "%s"', (phrase, text, expected) => {
  expect(findPhrases(text, [phrase]).map((m) => m.text)).toEqual([expected]);
});

test('phrases match whole words only', () => {
  expect(findPhrases('scampi', ['scam'])).toEqual([]);
  // A short form is a whole word too: "w" is not the start of "warehouse".
  expect(findPhrases('filing warehouse amex', ['filing with amex'])).toEqual([]);
  expect(findPhrases('a scam!', ['scam'])).toHaveLength(1);
});

test('a leading optional word still needs its separator and whole words', () => {
  expect(findPhrases('mybank', ['my? bank'])).toEqual([]);
  expect(findPhrases('embank', ['my? bank'])).toEqual([]);
  expect(findPhrases('my bank and the bank', ['my? bank']).map((m) => m.text)).toEqual([
    'my bank',
    'bank',
  ]);
});

test.each(['(a|b', 'a)', '~ word', 'word ~9 other', '*', '(a|)'])('"%s" is rejected', (phrase) => {
  expect(() => compilePhrase(phrase)).toThrow(PhraseError);
});

test.each([
  ['(a+)+$', true],
  ['(x|xx)*y', true],
  ['(\\w+\\s?)*$', true],
  ['(a)\\1', true],
  ['declined[^.]{0,40}call\\s{0,3}1-\\d{3}', false],
  ['ab+c(de)?', false],
])('regex %s unsafe: %s', (source, unsafe) => {
  expect(checkRegexSafety(source) !== null).toBe(unsafe);
});

test('a compiled phrase finishes on adversarial text (backtracking would time the test out)', () => {
  const text = `${'a '.repeat(20_000)}!`;
  expect(findPhrases(text, ['a ~6 a ~6 a ~6 b', '(a|a a)? ~6 b'])).toEqual([]);
});
