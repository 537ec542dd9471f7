/**
 * The profanity fast path must never change obscenity's answer: profanitySpans (which skips
 * obscenity when no term can match) equals obscenity's own spans on real and generated text.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  collapsesInline,
  hasFastPath,
  obscenitySpans,
  profanitySpans,
} from '../../../policy/engine/profanity';

test('the fast path is in use with this obscenity version', () => {
  expect(hasFastPath()).toBe(true);
  // The equality properties below then hold for the inlined duplicate collapser too.
  expect(collapsesInline()).toBe(true);
});

test.each([
  'You are a f*cking idiot',
  'This is sh!t, fuuuuck this',
  'b1tch',
  'a$$hole support',
  'Scunthorpe and shiitake are fine',
  'Thanks so much, lovely class',
  'ＦＵＣＫ',
  '\ud83d\ude21 damn \ud83d',
  '',
])('%j: same spans as obscenity', (text) => {
  expect(profanitySpans(text)).toEqual(obscenitySpans(text));
});

const piece = fc.oneof(
  fc.constantFrom(
    'fuck',
    'f u c k',
    'fvck',
    'sh1t',
    'ass',
    'bass',
    'b!tch',
    'dick',
    'thanks',
    ' ',
    '.',
    '\n',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

test('generated text: fast path == obscenity', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(profanitySpans(text)).toEqual(obscenitySpans(text));
    }),
    { numRuns: 1500 },
  );
});
