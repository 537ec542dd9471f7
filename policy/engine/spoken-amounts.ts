/**
 * Money said in words, rewritten as digits for the refund readers: "two hundred twenty-five" is
 * "$225", "two fifty" after "paid" is "$250", "a couple hundred" "$200", "two grand" "$2000",
 * "a quarter of a grand" "$250", "dropped two bills" "$200", "seventy each" "$70 each". The text
 * keeps its length (each amount padded with spaces), so every offset still points into the
 * message and the digit readers (sums, counts times prices, monthly prices) read spoken amounts
 * as they read written ones.
 *
 * Only where money is meant: a bare "two fifty" needs a money word before it in its clause
 * ("paid", "refund", "the full", "money"), and a lone "seventy" a price word after it ("each",
 * "a pop", "a month", "dollars"). Never a time ("at two thirty"), a count ("a hundred times") or a
 * quantity ("two hundred calories"). Pure text reading; only the refund amount readers use it,
 * so "two" stays a count for everyone else.
 */
import { remembered } from '../text';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** One to ninety-nine's words and their values, in counting order (the money readers' numbers). */
export const WORD_NUMBERS: Readonly<Record<string, number>> = { ...UNITS, ...TEENS, ...TENS };
const UNIT = Object.keys(UNITS).join('|');
const TEEN = Object.keys(TEENS).join('|');
const TEN = Object.keys(TENS).join('|');
/** 1 to 99 in words: "seven", "fifteen", "forty", "forty-five", "forty five". */
const BELOW_HUNDRED = String.raw`(?:(?:${TEN})(?:[\s-](?:${UNIT}))?|${TEEN}|${UNIT})`;
const CURRENCY = String.raw`(?:\s+(?:dollars?|bucks|usd))?`;
/** What a figure counts or measures when it is no money. */
const NOT_MONEY = String.raw`(?!\s+(?:times|percent|calories|cal|people|miles|km|mg|grams|servings|scoops|capsules|pills|tablets|gummies|bottles|tubs|jars|orders|units|items|packs|boxes|emails|messages|calls|reviews|followers|stars|members|days|hours|minutes|years|of (?:you|them|us|people|customers|times)))`;

/** "two hundred twenty-five", "a hundred and ninety-nine", "2 hundred 15", "three hundred even". */
const HUNDREDS = new RegExp(
  String.raw`\b(a|one|${UNIT}|\d)\s+hundred(?:\s+(?:and\s+)?(${BELOW_HUNDRED}|\d{1,2}))?${CURRENCY}${NOT_MONEY}\b`,
  'gi',
);
/** "a couple hundred", "a couple of hundred bucks", "a few hundred". */
const FEW_HUNDRED = new RegExp(
  String.raw`\b(?:a\s+)?(couple(?:\s+of)?|few)\s+hundred${CURRENCY}${NOT_MONEY}\b`,
  'gi',
);
/** "two grand", "a grand", "a quarter of a grand", "half a grand". */
const GRAND = new RegExp(
  String.raw`\b(?:(a quarter of a|half a)|(a|one|${UNIT}|ten|\d{1,2}))\s+grand\b`,
  'gi',
);
/** Hundred-dollar "bills" after spending: "dropped two bills on your sleep bundle". */
const BILLS = new RegExp(
  String.raw`(?<=\b(?:dropped|spent|paid|blew|cost|costs|was|for|over)\s+)(a couple of|${UNIT})\s+bills\b`,
  'gi',
);
/** A price said as it is read off a tag: "two fifty", "two-sixty-five", "ONE FIFTY", "two-forty-nine". */
const PRICE_IDIOM = new RegExp(
  String.raw`\b(${UNIT})[\s-](${TEN}|${TEEN})(?:[\s-](${UNIT}))?\b(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|tomorrow|today|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|minutes|hours)\b)`,
  'gi',
);
/** Money meant in the clause before a price idiom: "paid", "the full", "refund", "money —". */
const MONEY_BEFORE =
  /\b(?:paid|pay|pays|cost|costs|spent|charged|refund\w*|reimburs\w*|price|total|money|bucks|dropped|blew|back|full|another|was|for)\b[^.!?;:]{0,20}$/i;
/** A lone figure priced: "seventy each", "fifty-five a pop", "forty-five a month" (read "1 month"), "forty dollar". */
const PRICED = new RegExp(
  String.raw`\b(${BELOW_HUNDRED})(?=\s+(?:each|apiece|a piece|a pop|(?:a|1) month|a box|a tub|a bottle|a jar|per (?:month|tub|bottle|jar|item|box|bag)|dollars?|bucks)\b)`,
  'gi',
);

function wordValue(word: string): number {
  const parts = word.toLowerCase().split(/[\s-]+/);
  let value = 0;
  for (const part of parts) value += WORD_NUMBERS[part] ?? Number(part);
  return value;
}

interface Rewrite {
  start: number;
  end: number;
  value: number;
}

function read(text: string): Rewrite[] {
  const found: Rewrite[] = [];
  const each = (pattern: RegExp, value: (m: RegExpExecArray) => number | null) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const v = value(m);
      if (v !== null && Number.isFinite(v) && v > 0)
        found.push({ start: m.index, end: m.index + m[0].length, value: v });
    }
  };
  each(HUNDREDS, (m) => {
    const lead = m[1]!.toLowerCase();
    const hundreds = lead === 'a' || lead === 'one' ? 1 : (UNITS[lead] ?? Number(lead));
    return hundreds * 100 + (m[2] ? wordValue(m[2]) : 0);
  });
  each(FEW_HUNDRED, (m) => (m[1]!.toLowerCase().startsWith('couple') ? 200 : 300));
  each(GRAND, (m) => {
    if (m[1]) return m[1].toLowerCase() === 'half a' ? 500 : 250;
    const lead = m[2]!.toLowerCase();
    return (
      (lead === 'a' || lead === 'one' ? 1 : lead === 'ten' ? 10 : (UNITS[lead] ?? Number(lead))) *
      1000
    );
  });
  each(BILLS, (m) =>
    m[1]!.toLowerCase() === 'a couple of' ? 200 : UNITS[m[1]!.toLowerCase()]! * 100,
  );
  each(PRICE_IDIOM, (m) => {
    if (!MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    // "at two thirty" is a time.
    if (/\bat\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    return UNITS[m[1]!.toLowerCase()]! * 100 + wordValue(m[2]!) + (m[3] ? wordValue(m[3]) : 0);
  });
  each(PRICED, (m) => wordValue(m[1]!));
  // The first and longest reading of each stretch wins ("two hundred" before a lone "two").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Rewrite[] = [];
  for (const r of found) if (!kept.length || r.start >= kept[kept.length - 1]!.end) kept.push(r);
  return kept;
}

function rewrite(text: string): string {
  const rewrites = read(text);
  if (!rewrites.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end, value } of rewrites) {
    const digits = `$${value}`;
    if (digits.length > end - start) continue;
    out += text.slice(at, start) + digits.padEnd(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** The text with money said in words written as digits, the same length. Remembered per text. */
export const withSpokenAmounts: (text: string) => string = remembered(rewrite, 512);
