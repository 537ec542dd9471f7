import { describe, expect, test } from 'vitest';
import { countedMonths, programsCounted, spanMonths } from '../../../policy/engine/months';

const DECEMBER = new Date('2026-12-01T12:00:00Z');

describe('months of billings the counters read', () => {
  test.each<[string, number]>([
    ['i got billed june july aug sept oct', 5],
    ['refund jun through oct please', 5],
    ['I was charged five times for a membership I cancelled', 5],
    ['Wow. Ok, all six of those need to come back to me', 6],
    ["All the ones since I stopped using it. That's the last seven.", 7],
    ["refund all the payments, i think it's like 9 of them", 9],
    ['my membership fees for Q2 and Q3 back', 6],
    ['the last two quarters of my membership', 6],
    ['Please reimburse the charges of 1/15, 2/15, 3/15, 4/15 and 5/15.', 5],
    // Nothing counted: a date, one charge, a quarter of an hour.
    ['I was charged on 11/3 and want it back', 0],
    ['refund the last one please', 0],
    ['may I have a refund', 0],
  ])('%s → %d', (text, months) => {
    expect(countedMonths(text)).toBe(months);
  });

  test.each<[string, number]>([
    ['refund everything since jan. never used it.', 11],
    ['I want back every charge since my birthday in March', 9],
    ["you've been charging me since Easter", 8],
    ['my statement shows you every month going back to last christmas', 12],
    ['I want July onward.', 6],
    ['nothing since then', 0],
  ])('%s → %d (in December)', (text, months) => {
    expect(spanMonths(text, DECEMBER)).toBe(months);
  });

  test.each<[string, number]>([
    ['Can I get refunds on all four programs?', 4],
    ['Over this year I bought five of your programs', 5],
    ['refund the program please', 0],
  ])('%s → %d programs', (text, n) => {
    expect(programsCounted(text)).toBe(n);
  });
});
