/**
 * The anchor prefilter must never change a result: a Matcher with an AnchorIndex finds exactly
 * what the plain regex finds, on real text, on every slice shape, and on generated phrases.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from '../../../policy/index';
import { AnchorIndex, phraseAnchors } from '../../../policy/engine/anchors';
import { Matcher } from '../../../policy/engine/matcher';

const SHARED = resolve(import.meta.dirname, '../../../../shared');
const jsonl = (file: string) =>
  readFileSync(resolve(SHARED, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** Every phrase list of the bundled policy, as the engine compiles them. */
function policyLists(): { name: string; phrases: string[]; patterns: string[] }[] {
  return [
    ...DEFAULT_POLICY.triggers.flatMap((t) => [
      { name: `trigger ${t.id}`, phrases: t.phrases, patterns: t.patterns },
      { name: `exceptions ${t.id}`, phrases: t.exceptions, patterns: [] },
    ]),
    ...DEFAULT_POLICY.categories.map((c) => ({
      name: `category ${c.id}`,
      phrases: c.phrases,
      patterns: [],
    })),
    ...Object.entries(DEFAULT_POLICY.signals).map(([name, phrases]) => ({
      name: `signal ${name}`,
      phrases,
      patterns: [],
    })),
  ];
}

/** The same lists twice: prefiltered (sharing one index, as compilePolicy does) and plain. */
function pairs(lists: { phrases: string[]; patterns: string[] }[]) {
  const index = new AnchorIndex();
  return lists.map((l) => ({
    fast: new Matcher(l.phrases, l.patterns, index),
    plain: new Matcher(l.phrases, l.patterns),
  }));
}

/** Slices that cut words at either end, whole texts, sentences, and empty ones. */
function slices(text: string, seed: number): [number, number][] {
  const out: [number, number][] = [[0, text.length]];
  const n = text.length;
  if (n > 2) {
    out.push([1, n], [0, n - 1], [Math.floor(n / 3), Math.floor((2 * n) / 3)]);
    out.push([seed % n, Math.min(n, (seed % n) + 1 + ((seed * 7) % 40))]);
    const stop = text.search(/[.!?\n]/);
    if (stop > 0) out.push([0, stop + 1], [stop + 1, n]);
  }
  return out;
}

describe('every list of the bundled policy, on real customer text', () => {
  const texts = [
    ...jsonl('eval/dev.jsonl').flatMap((d) =>
      d.ticket.messages.map((m: { body: string }) => m.body),
    ),
    ...jsonl('corpora/positives.jsonl').map((c) => c.text),
    ...jsonl('corpora/benign.jsonl')
      .filter((_: unknown, i: number) => i % 8 === 0)
      .map((c) => c.text),
  ] as string[];
  const lists = policyLists();
  const matchers = pairs(lists);

  test(`${texts.length} texts, ${lists.length} lists, whole and sliced`, () => {
    let scanned = 0;
    let skipped = 0;
    const mismatches: string[] = [];
    texts.forEach((text, t) => {
      for (const [from, to] of slices(text, t)) {
        matchers.forEach(({ fast, plain }, m) => {
          const expected = JSON.stringify(plain.all(text, from, to));
          const found = fast.all(text, from, to);
          const tested = fast.test(text, from, to);
          if (JSON.stringify(found) !== expected || tested !== found.length > 0)
            mismatches.push(`${lists[m]!.name} on ${JSON.stringify(text)} [${from}, ${to})`);
          if (found.length) scanned++;
          else skipped++;
        });
      }
    });
    expect(mismatches).toEqual([]);
    expect(scanned).toBeGreaterThan(500); // the lists do match real text: the check is not vacuous
    expect(skipped).toBeGreaterThan(scanned);
  }, 120_000);

  test('nearly every list has an anchor (else it is scanned on every text)', () => {
    const unanchored = lists.filter(
      (l) => l.phrases.length && (l.patterns.length || l.phrases.some((p) => !phraseAnchors(p))),
    );
    expect(unanchored.length).toBeLessThanOrEqual(3);
  });
});

const wordOf = (w: string) => ({ words: [w], stems: [] });
const stemOf = (s: string) => ({ words: [], stems: [s] });

describe('phraseAnchors', () => {
  test.each([
    ['chargeback', [wordOf('chargeback')]],
    ['Chargeback', [wordOf('chargeback')]],
    ['dispute* the charge', [stemOf('dispute'), wordOf('charge'), wordOf('the')]],
    [
      '(bank|credit card company) ~3 refund*',
      [stemOf('refund'), { words: ['bank', 'company'], stems: [] }],
    ],
    ['my (bank|card*)', [{ words: ['bank'], stems: ['card'] }, wordOf('my')]],
    ['knock-off', [wordOf('knock'), wordOf('off')]],
    ['back-order*', [stemOf('order'), wordOf('back')]],
    ['authorize.net', [wordOf('authorize'), wordOf('net')]],
    ["don't", [stemOf('don')]],
    // Chat short forms are the word's alternatives (phrases.ts SHORT_FORMS).
    ['(you|you are) idiot?', [{ words: ['you', 'u', 'ya', 'yu', 'are', 'r'], stems: [] }]],
    ['with', [{ words: ['with', 'w'], stems: [] }]],
    ["you're", [{ words: ['ur', 'ure'], stems: ['you'] }]],
    ["(i'm|i am) upset?", [{ words: ['am'], stems: ['i'] }]],
    ['{amount}', [{ words: [], stems: '0123456789'.split('') }]],
  ])('%s needs %j', (phrase, anchors) => {
    expect(phraseAnchors(phrase)).toEqual(anchors);
  });

  test.each(['the?', '(bank|card)?', 'my? (the|a)?', '(a|b'])(
    '%s has none (nothing in it is certain)',
    (phrase) => {
      expect(phraseAnchors(phrase)).toBeNull();
    },
  );
});

test('a slice that cuts a word is read as the slice: "bank" is found in "xbank" from 1', () => {
  const index = new AnchorIndex();
  const matcher = new Matcher(['bank', 'refund*'], [], index);
  expect(matcher.all('xbank', 0, 5)).toEqual([]);
  expect(matcher.all('xbank', 1, 5)).toEqual([{ start: 1, end: 5, text: 'bank' }]);
  expect(matcher.all('bankx', 0, 4)).toEqual([{ start: 0, end: 4, text: 'bank' }]);
  expect(matcher.all('my refunds', 0, 6)).toEqual([]);
  expect(matcher.all('my refunds', 3, 9)).toEqual([{ start: 3, end: 9, text: 'refund' }]);
  expect(matcher.test('no anchor here')).toBe(false);
});

test('the engine assumption: without the u flag, case-insensitive ASCII letters match only ASCII', () => {
  const alnum = /[a-z0-9]/i;
  const mismatches: number[] = [];
  for (let code = 128; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (alnum.test(char)) mismatches.push(code);
    if (code >= 0xd800 && code < 0xe000) continue;
    const literal = new RegExp(char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i');
    if (literal.test('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
      mismatches.push(code);
  }
  expect(mismatches).toEqual([]);
});

// Generated phrases and texts over one small vocabulary, so that they do match each other.
const VOCAB = ['bank', 'card', 'refund', 'dispute', 'charge', 'my', 'the', 'a', 'x1', 'off'];
const word = fc.constantFrom(...VOCAB);
const phraseWord = fc.oneof(
  word,
  word.map((w) => `${w.slice(0, 3)}*`),
  fc.tuple(word, word).map(([a, b]) => `${a}-${b}`),
  word.map((w) => `${w}'s`),
  fc.constantFrom('{amount}', '{n}', "don't", 'ca$h'),
);
const group = fc
  .array(
    fc.array(phraseWord, { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' ')),
    { minLength: 1, maxLength: 3 },
  )
  .map((alts) => `(${alts.join('|')})`);
const token = fc.oneof(
  { weight: 4, arbitrary: phraseWord },
  { weight: 2, arbitrary: group },
  { weight: 1, arbitrary: fc.oneof(phraseWord, group).map((t) => `${t}?`) },
);
const phrase = fc
  .tuple(token, fc.array(fc.tuple(fc.constantFrom('', '', '~ ', '~3 '), token), { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest.map(([gap, t]) => `${gap}${t}`)].join(' '));

const separator = fc.constantFrom(
  ' ',
  '  ',
  ', ',
  '-',
  "'",
  '$',
  '.\n',
  '\u00a0',
  'é',
  '\u212a',
  '',
);
const textWord = fc.oneof(
  word,
  word.map((w) => w.toUpperCase()),
  word.map((w) => `${w}s`),
  word.map((w) => `${w}ed`),
  fc.constantFrom('$250', '3', 'three', 'ſ', 'İ', '\ud83d\ude21', 'don\u2019t', "don't"),
);
const text = fc
  .array(fc.tuple(textWord, separator), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

test('generated phrases: prefiltered == plain regex on generated texts and slices', () => {
  fc.assert(
    fc.property(
      fc.array(phrase, { minLength: 1, maxLength: 4 }),
      fc.array(text, { minLength: 1, maxLength: 6 }),
      fc.nat(),
      (phrases, texts, seed) => {
        const { fast, plain } = pairs([{ phrases, patterns: [] }])[0]!;
        for (const t of texts)
          for (const [from, to] of slices(t, seed)) {
            expect(fast.all(t, from, to)).toEqual(plain.all(t, from, to));
            expect(fast.test(t, from, to)).toBe(plain.test(t, from, to));
          }
      },
    ),
    { numRuns: 1500 },
  );
});

test.each(['constructor', 'toString', 'isPrototypeOf', 'hasOwnProperty valueOf'])(
  'a phrase word named like an object property (%s) is a plain word',
  (phrase) => {
    expect(phraseAnchors(phrase)).toEqual(
      phrase.split(' ').map((word) => ({ words: [word.toLowerCase()], stems: [] })),
    );
    const { fast, plain } = pairs([{ phrases: [phrase], patterns: [] }])[0]!;
    const text = `Hi, ${phrase} here; ${phrase.toUpperCase()} again`;
    expect(fast.all(text)).toEqual(plain.all(text));
    expect(fast.all(text)).toHaveLength(2);
  },
);
