import { describe, expect, test } from 'vitest';
import { withSpokenAmounts } from '../../../policy/engine/spoken-amounts';

describe('money said in words, written as digits for the refund readers', () => {
  test.each<[string, string]>([
    ['I paid two hundred twenty-five for it', 'I paid $225'],
    ['a hundred and ninety-nine plus shipping', '$199'],
    ['all 2 hundred 15 of it', 'all $215'],
    ["I'm out a couple hundred on this", 'out $200'],
    ['two grand for coaching', '$2000'],
    ['a quarter of a grand for this??', '$250'],
    ['Dropped two bills on your bundle', 'Dropped $200'],
    ['paid two fifty for the set', 'paid $250'],
    ['the full two-sixty-five back', 'the full $265'],
    ['three tubs at seventy each', 'at $70'],
    ['four jars, fifty-five a pop', '$55'],
    ['the forty dollar difference', 'the $40'],
  ])('%s → holds "%s"', (text, holds) => {
    const read = withSpokenAmounts(text);
    expect(read).toHaveLength(text.length);
    expect(read.replace(/ +/g, ' ')).toContain(holds);
  });

  test.each([
    "I've told you a hundred times",
    'it is a hundred percent natural',
    'two hundred calories a scoop',
    'I called at two thirty',
    'we have two fifty-pound bags',
    'two bills arrived this month',
    'three tubs of protein',
  ])('no money in "%s"', (text) => {
    expect(withSpokenAmounts(text)).toBe(text);
  });
});
