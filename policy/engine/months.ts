/**
 * Months of subscription billings asked back, in the forms the counters in detectors.ts leave out:
 * abbreviated month names ("june july aug sept oct", "since jan"), a span opened by a holiday or a
 * birthday ("since Easter", "since my birthday in March", "going back to last christmas"), "July
 * onward", billings counted by their verb ("charged five times") or after they were named ("all
 * six of those", "the last seven", "like 9 of them"), quarters ("Q2 and Q3") and dated charges
 * ("1/15, 2/15, 3/15"). Pure text reading, no judgment: the detector decides what is enough.
 */
import { COUNT_DIGITS } from '../phrases';
import { parseCount } from '../text';

const COUNT = String.raw`(?:${COUNT_DIGITS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** A month's name or its abbreviation ("sept", "aug"), as a regex source. */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month's index (0–11) from its name or abbreviation. */
function monthIndex(word: string): number {
  return SHORT.indexOf(word.slice(0, 3).toLowerCase());
}

/** Months from a start month to now, the start month excluded ("since June" in December: 6). */
function monthsSince(start: number, now: Date): number {
  return (now.getUTCMonth() - start + 12) % 12;
}

/** Holidays and the month they fall in, as spans are opened by them ("since Easter"). */
const HOLIDAYS: Record<string, number> = {
  'new year': 0,
  "new year's": 0,
  valentine: 1,
  "valentine's": 1,
  valentines: 1,
  easter: 3,
  'memorial day': 4,
  'fourth of july': 6,
  '4th of july': 6,
  'labor day': 8,
  'labour day': 8,
  halloween: 9,
  thanksgiving: 10,
  'black friday': 10,
  christmas: 11,
  xmas: 11,
};
const HOLIDAY = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/'/g, "'?"))
  .join('|');

/** A span opened by a month or a holiday, a few words after its opening word. */
const SINCE_WIDE = new RegExp(
  String.raw`\b(?:since|from|starting|going back to|back to|as far back as|all the way back to)\b[^.!?]{0,40}?\b(?:(last)\s+)?(${MONTH}|${HOLIDAY})\b`,
  'gi',
);
/** "July onward", "March to now". */
const ONWARD = new RegExp(
  String.raw`\b(${MONTH})\s+(?:onward|onwards|on|to now|till now|until now|to date|to today)\b`,
  'gi',
);
/** "jun through oct", "Jan - May": both ends billed. */
const RANGE = new RegExp(
  String.raw`\b(${MONTH})\s*(?:to|through|thru|until|till|-|–)\s*(${MONTH})\b`,
  'gi',
);
/** Months named one after another: "june july aug sept oct". */
const LIST = new RegExp(
  String.raw`\b${MONTH}(?:(?:\s*,\s*|\s+)(?:and\s+|&\s*)?${MONTH}){1,11}\b`,
  'gi',
);
/** Billings counted by their verb: "charged five times", "billed 7 more times". */
const VERB_TIMES = new RegExp(
  String.raw`\b(?:charged|billed|debited|renewed|taken|charging|billing|paid|paying)\b[^.!?]{0,25}?\b(${COUNT})\s+(?:more\s+|extra\s+)?times\b`,
  'gi',
);
/** Counted after they were named: "all six of those", "all five refunded", "like 9 of them". */
const ALL_OF_THEM = new RegExp(
  String.raw`\b(?:all|every one of|(?:like|about|around|maybe|roughly)|the other)\s+(${COUNT})(?=\s+of\s+(?:those|them|these|the\s+(?:charges|payments|billings))|\s+(?:refunded|reversed|returned|back|need|should)\b|\s*[.,!?]|\s*$)`,
  'gi',
);
/** "That's the last seven.", "the past 5 renewals". */
const LAST_N = new RegExp(
  String.raw`\b(?:last|past|previous)\s+(${COUNT})(?=\s*[.,!?]|\s*$|\s+(?:renewals|charges|payments|billings|times)\b)`,
  'gi',
);
const QUARTER_NAMES = /\bq([1-4])\b/gi;
const QUARTERS = new RegExp(String.raw`\b(${COUNT})\s+quarters\b`, 'gi');
const DATED = /\b(1[0-2]|0?[1-9])\/(\d{1,2})\b/g;

function countOf(word: string): number {
  return parseCount(word) ?? 0;
}

/** Billings counted or named one by one (0 when none). */
export function countedMonths(text: string): number {
  let months = 0;
  for (const m of text.matchAll(RANGE)) {
    const from = monthIndex(m[1]!);
    const to = monthIndex(m[2]!);
    months = Math.max(months, ((to - from + 12) % 12) + 1);
  }
  for (const m of text.matchAll(LIST)) {
    const names = new Set((m[0].match(new RegExp(MONTH, 'gi')) ?? []).map(monthIndex));
    months = Math.max(months, names.size);
  }
  for (const re of [VERB_TIMES, ALL_OF_THEM, LAST_N])
    for (const m of text.matchAll(re)) {
      const n = countOf(m[1]!);
      if (n <= 60) months = Math.max(months, n);
    }
  const quarters = new Set([...text.matchAll(QUARTER_NAMES)].map((m) => m[1]));
  months = Math.max(months, 3 * quarters.size);
  for (const m of text.matchAll(QUARTERS)) months = Math.max(months, 3 * countOf(m[1]!));
  const dated = new Set([...text.matchAll(DATED)].map((m) => Number(m[1])));
  if (dated.size >= 2) months = Math.max(months, dated.size);
  return months;
}

/** Months from a span's start to now ("since Easter", "July onward"); 0 when none. */
export function spanMonths(text: string, now: Date): number {
  let months = 0;
  for (const m of text.matchAll(SINCE_WIDE)) {
    const word = m[2]!.toLowerCase().replace(/'/g, "'");
    const holiday = HOLIDAYS[word] ?? HOLIDAYS[word.replace(/'/g, '')];
    const start = holiday ?? monthIndex(word);
    if (start < 0) continue;
    months = Math.max(months, monthsSince(start, now) || (m[1] ? 12 : 0));
  }
  for (const m of text.matchAll(ONWARD)) {
    const start = monthIndex(m[1]!);
    if (start >= 0) months = Math.max(months, monthsSince(start, now) + 1);
  }
  return months;
}

/** Programs asked back at once: "refunds on all four programs", "five of your programs". */
const PROGRAMS = new RegExp(
  String.raw`\b(${COUNT})\s+(?:of\s+(?:your|the|my|these|those)\s+)?(?:[a-z'-]+\s+){0,2}?programs\b`,
  'gi',
);

export function programsCounted(text: string): number {
  let most = 0;
  for (const m of text.matchAll(PROGRAMS)) most = Math.max(most, countOf(m[1]!));
  return most;
}
