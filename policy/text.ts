/**
 * Reading customer text: quoted history, clauses, negation and hypotheticals, amounts, counts and
 * durations. Pure functions over strings; every offset is a UTF-16 offset into the original body.
 */
import { TextMemo } from './memo';

/** Same length as the input (offsets stay valid): curly quotes become straight ones. */
export function normalize(body: string): string {
  return body.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

const QUOTE_HEADER =
  /(^|\n)[ \t>]*(On [^\n]{1,200}wrote:|-{2,}\s*(Original|Forwarded) Message\s*-{2,}|Begin forwarded message:|From: [^\n]+\n[ \t]*(Sent|Date): )/i;

/**
 * The length of the body that is the customer's own words: quoted email history (an "On … wrote:"
 * header, an "Original Message" or "Forwarded message" divider, a "From: … Sent:" header, or a run
 * of `>` lines) is cut off.
 */
export function ownTextLength(body: string): number {
  const header = QUOTE_HEADER.exec(body);
  let end = header ? header.index + (header[1]?.length ?? 0) : body.length;
  const quoted = /(^|\n)>[^\n]*(\n>[^\n]*)+/.exec(body.slice(0, end));
  if (quoted) end = Math.min(end, quoted.index + (quoted[1]?.length ?? 0));
  return end;
}

const NEGATION =
  /\b(not|never|no|without|nor|neither|nothing|don't|dont|doesn't|didn't|won't|wont|isn't|aren't|wasn't|i'm not|no need|rather not|wouldn't)\b|n't\b/i;
const HYPOTHETICAL =
  /\b(in case|what if|whether|do i (need|have) to|would i|should i|do i|can i|could i|if)\b/i;
/** Questions that are requests, not hypotheticals ("Could I get a refund?"). */
const REQUEST = /\b(?:(?:can|could|may|might) i|if you (?:could|can|would|'d))\b/i;
/**
 * Indirect questions that are requests, as a note reports them or a polite customer writes them:
 * "asked whether she could speak to a manager", "wondering if someone higher up could call me".
 * Read across the match, whose modal often follows it. Without a modal the question stays a
 * question ("asked whether we ship abroad").
 */
const INDIRECT_REQUEST =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|wants? to know|wanted to know) (?:whether|if) (?:[\w']+ ){0,4}?(?:could|can|would|might|may)\b/i;
const SUBJECT =
  /\b(i'm|i'll|i will|i am|we will|we'll|he'll|she'll|they'll|he will|she will|they will)\b/gi;
/** A threatened consequent: "I'll …", "going to …", "my 12k followers get the full story". */
const THREAT_CONSEQUENT =
  /\b(i will|i'll|i'm|i am|we will|going to|gonna|my (?:[\d,.]+k? )?(?:followers|subscribers|audience|viewers|readers))\b/i;
/**
 * A condition's own future ("if you're going to refund me", "if they are gonna"): the condition's
 * verb, no threatened consequent.
 */
const CONDITION_OWN_FUTURE =
  /\b(?:if|unless)\s+[\w']+\s+(?:(?:are|is|am)\s+)?(?:going to|gonna)\b/gi;
/** Words that open a new clause: the negation before them belongs to the clause before. */
const CLAUSE_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'yet',
  'so',
  'and',
  'because',
]);
const CONDITIONAL_SENTENCE = /^\W*(if|in case|what happens if|suppose)\b/i;

/** `.`, `!`, `?`, `;`, `:`, `,` or a line break. */
function breaksClause(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 59 ||
    code === 58 ||
    code === 44 ||
    code === 10
  );
}

/** A regex word character (`\w`): ASCII letters, digits and `_`. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/**
 * The start of the clause holding `index`: after the last sentence or clause break (a
 * punctuation mark or one of CLAUSE_WORDS as a whole word) in the `maxChars` before it. Read
 * backwards by character code: this runs for every match. The window's ends count as word
 * boundaries, as they would for a regex run on the window alone.
 */
export function clauseStart(text: string, index: number, maxChars = 80): number {
  const from = Math.max(0, index - maxChars);
  let i = index;
  while (i > from) {
    const code = text.charCodeAt(i - 1);
    if (breaksClause(code)) return i;
    if (!isWordCode(code)) {
      i--;
      continue;
    }
    let wordStart = i - 1;
    while (wordStart > from && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, i).toLowerCase();
    if (
      i - wordStart <= 8 &&
      CLAUSE_WORDS.has(word) &&
      !(word === 'but' && afterNoChoice(text, wordStart))
    )
      return i;
    i = wordStart;
  }
  return from;
}

/** "no choice but to ...": that "but" opens no new clause, the threat after it is the clause's. */
const NO_CHOICE_BEFORE = /\b(?:choice|option|alternative|recourse|left)\s+$/i;
function afterNoChoice(text: string, butStart: number): boolean {
  return NO_CHOICE_BEFORE.test(text.slice(Math.max(0, butStart - 14), butStart));
}

/** `.`, `!`, `?` or a line break (by char code: this runs for every match). */
export function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/**
 * Does the sentence end at text[i]? As `endsSentence`, except a point between digits: "$57.80"
 * and "2.5 mg" are one sentence, not two.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 46 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))
    return false;
  return endsSentence(code);
}

/** The sentence around [start, end). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentenceAt(text, to)) to++;
  return [from, Math.min(text.length, to + 1)];
}

/**
 * Hedges that look like conditions but condition nothing ("which is deceptive if you ask me"),
 * dislikes whose negation is the complaint itself ("I don't appreciate being lied to"), and
 * rhetorical dares ("give me one reason not to ring Visa" threatens it): none negates or suspends
 * what follows.
 */
/** "(You've left me) no choice but to": it commits to what follows, it does not negate it. */
const NO_CHOICE_BUT =
  /\b(?:(?:have|had|leave me|leaves me|left me|with|see) )?(?:no|little) (?:other )?(?:choice|option|alternative|recourse) (?:but|except|other than) (?:to )?|\bnothing (?:left|else) (?:to do )?but (?:to )?/gi;

/** A clause's lead with "no choice but to" blanked out (the same length). */
export function withoutNoChoice(lead: string): string {
  return lead.replace(NO_CHOICE_BUT, (m) => ' '.repeat(m.length));
}

const NOT_A_CONDITION =
  /\b(?:i|we) (?:seriously |really |honestly )?(?:question|doubt) (?:whether|if)\b|\bif (?:you ask me|i'?m (?:being )?honest|i am (?:being )?honest|i'?m being real|that makes sense|anything|possible|(?:it'?s|it is|it isn'?t|it'?s not|that'?s|that is) (?:not )?(?:too much trouble|ok|okay|alright|possible)|you don'?t mind|you do not mind)\b|\b(?:give|tell|show) me (?:one|a|any) (?:good |single )?reason (?:not to|why i shouldn'?t|why i should not|i shouldn'?t)\b|\bwhy shouldn'?t i\b|\b(?:don'?t|do not) make me\b|\b(?:i'?d|i would|we'?d|we would) (?:really |greatly |truly )?(?:appreciate it|be (?:so |very |really )?(?:grateful|thankful)) if\b|\bif (?:that'?s|that is|this is|it'?s|it is|that was|this was) (?:true|right|correct|the case|so|accurate)\b|\b(?:don'?t|doesn'?t|do not|does not) want (?:my|her|his|our|the|any) (?:orders?|packages?|parcels?|products?|stuff|items?) (?=going|handled|handed|shipped|coming|sent|routed|passing|passed|farmed|outsourced|packed|fulfilled)|\b(?:don'?t|do not|didn'?t|did not|never)\s+(?:really\s+|much\s+)?(?:appreciate|like|love|enjoy)\s+(?:being|getting|having|the way|how|that|when)\b/gi;

/**
 * The words before `start` in its clause, hedges and dislikes blanked out, and "no choice but to"
 * (which commits to what follows, not negates it).
 */
function clauseLead(text: string, start: number): string {
  return withoutNoChoice(text.slice(clauseStart(text, start), start)).replace(NOT_A_CONDITION, ' ');
}

/**
 * A negation in a clause's lead, after its last subject: in "If this isn't fixed by Friday I'm
 * calling my bank" the negation belongs to the condition, not to "I'm calling".
 */
function negatedLead(lead: string): boolean {
  let scopeStart = 0;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(lead); m; m = SUBJECT.exec(lead)) scopeStart = m.index;
  return NEGATION.test(lead.slice(scopeStart));
}

/**
 * Is the match at `start` negated in its own clause ("no reaction", "it never arrived")? The
 * negation half of `isNegatedOrHypothetical`, without its questions and conditions: a category
 * is named by "how do I get a return label?" as much as by a statement.
 */
export function isNegated(text: string, start: number): boolean {
  return negatedLead(clauseLead(text, start));
}

/**
 * Is the match at `start` negated or hypothetical on the customer's side? Looks at the words
 * before it in its own clause ("I'm not going to dispute it", "do I need to dispute the charge")
 * and at conditional sentences ("If I don't like it, can I get a full refund?"), but keeps
 * conditional threats ("If it isn't fixed, I'm calling my bank").
 */
export function isNegatedOrHypothetical(text: string, start: number): boolean {
  const lead = clauseLead(text, start);
  if (negatedLead(lead)) return true;
  const threat = THREAT_CONSEQUENT.test(lead.replace(CONDITION_OWN_FUTURE, ' '));
  const request = REQUEST.test(lead) || INDIRECT_REQUEST.test(lead + text.slice(start, start + 60));
  if (HYPOTHETICAL.test(lead) && !request && !threat) return true;
  const [sentenceStart] = sentenceAround(text, start, start);
  const prefix = text.slice(sentenceStart, start).replace(NOT_A_CONDITION, ' ');
  if (threat) return false;
  return (
    CONDITIONAL_SENTENCE.test(prefix) || CONDITIONAL_SENTENCE.test(prefix.slice(afterColon(prefix)))
  );
}

/**
 * Just after the last colon or semicolon that opens a new part of the sentence ("Before I buy the
 * bundle: if I don't like it, do you refund ..."); 0 when there is none. A colon between digits
 * ("10:30") opens nothing.
 */
function afterColon(prefix: string): number {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const code = prefix.charCodeAt(i);
    if (code === 59 || (code === 58 && !isDigitCode(prefix.charCodeAt(i + 1)))) return i + 1;
  }
  return 0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const AMOUNT =
  /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?|\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(?:dollars?|usd|bucks)\b/gi;

export interface Amount {
  value: number;
  start: number;
  end: number;
}

/**
 * A reader of whole texts that remembers its answers for the last texts read: within one
 * evaluation several detectors read the same message (once per phrase they matched in it), and
 * the panel re-evaluates the same messages. Keyed by the text itself, so it cannot go stale; the
 * answers are shared, hence read-only.
 */
export function remembered<T>(read: (text: string) => T, size = 256): (text: string) => T {
  const answers = new TextMemo<T>(size);
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = read(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

/** Amounts of money in the text: "$1,250.00", "$45", "250 dollars". */
export const findAmounts: (text: string) => readonly Readonly<Amount>[] = remembered(readAmounts);

function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const whole = (m[1] ?? m[3] ?? '0').replace(/,/g, '');
    const cents = m[2] ?? m[4];
    amounts.push({
      value: Number(cents ? `${whole}.${cents}` : whole),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return amounts;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  both: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

export function parseCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

const UNITS =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*x)?\s+(?:[a-z][\w'-]*\s+){0,2}?(bottles?|tubs?|jars?|bags?|boxes|units?|packs?|cases|items|pouches|canisters?|tins?|cans|containers?|tubes?|packets?|sachets?)\b/gi;

/** The largest count of product units mentioned ("3 bottles", "all 4 tubs"). */
export const maxUnits: (text: string) => number = remembered(readMaxUnits);

function readMaxUnits(text: string): number {
  let max = 0;
  UNITS.lastIndex = 0;
  for (let m = UNITS.exec(text); m; m = UNITS.exec(text)) {
    const count = parseCount(m[1]!);
    if (count !== undefined && count < 1000) max = Math.max(max, count);
  }
  return max;
}

const DURATION =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|over|more than)?\s*(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(days?|weeks?|wks?|months?|mos?)\b/gi;

/** Durations stated in the text, in days ("over two weeks" = 15, "12 days" = 12, "3 wks" = 21). */
export const statedDays: (text: string) => readonly number[] = remembered(readStatedDays);

/** A duration needs its unit: most texts have none, and the full pattern is slow to rule out. */
const DURATION_UNIT = /day|week|wk|month|mo/i;

function readStatedDays(text: string): number[] {
  if (!DURATION_UNIT.test(text)) return [];
  const days: number[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const qualifier = (m[1] ?? '').toLowerCase();
    const countWord =
      m[2] ?? (qualifier && !/over|more than|a few|a couple of/.test(qualifier) ? qualifier : '');
    let count = countWord ? parseCount(countWord) : undefined;
    if (count === undefined) {
      if (/a couple of/.test(qualifier)) count = 2;
      else if (/a few/.test(qualifier)) count = 3;
      else continue;
    }
    const unit = m[3]!.toLowerCase();
    const perUnit = unit.startsWith('w') ? 7 : unit.startsWith('mo') ? 30 : 1;
    const over = /over|more than/.test(qualifier) ? 1 : 0;
    days.push(count * perUnit + over);
  }
  return days;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Dates written like "Nov 6", "November 6", "on the 17th", "Oct 30"; resolved against `now` (the
 * most recent such date not after now). Returns epoch milliseconds.
 */
export function findDates(text: string, now: Date): readonly Readonly<FoundDate>[] {
  const answer = datesRead(text);
  if (answer.now !== now.getTime()) {
    answer.now = now.getTime();
    answer.dates = readDates(text, now);
  }
  return answer.dates;
}

interface FoundDate {
  at: number;
  start: number;
  end: number;
}

/** The dates of a text resolved against the last `now` asked (almost always the same one). */
const datesRead = remembered((): { now: number; dates: FoundDate[] } => ({ now: NaN, dates: [] }));

/** A month (0–11) and day as the latest such date not after `now`: last year's when this year's is ahead. */
function latestPast(now: Date, month: number, day: number): number {
  const at = Date.UTC(now.getUTCFullYear(), month, day);
  return at > now.getTime() ? Date.UTC(now.getUTCFullYear() - 1, month, day) : at;
}

/**
 * Dates month first ("Nov 20", "11/20"); the day first ("15 November") was turned month first
 * when the text was read (`canonicalize`).
 */
function readDates(text: string, now: Date): FoundDate[] {
  const found: { at: number; start: number; end: number }[] = [];
  const monthDay =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/gi;
  for (let m = monthDay.exec(text); m; m = monthDay.exec(text)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3));
    const day = Number(m[2]);
    if (month < 0 || day < 1 || day > 31) continue;
    found.push({ at: latestPast(now, month, day), start: m.index, end: m.index + m[0].length });
  }
  // In digits, month first as the US writes it ("11/20") unless only the other order is a date
  // ("16/11"); kept only within the last 90 days, so "1/2 a scoop" or "3/4 of the order" is none.
  const numeric =
    /\b(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?\b(?!\s*(?:of|scoop|cup|oz|lb|tsp|tbsp|teaspoon|serving))/gi;
  for (let m = numeric.exec(text); m; m = numeric.exec(text)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const at = latestPast(now, month - 1, day);
    if (now.getTime() - at > 90 * 86_400_000) continue;
    found.push({ at, start: m.index, end: m.index + m[0].length });
  }
  const ordinal = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/gi;
  for (let m = ordinal.exec(text); m; m = ordinal.exec(text)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let at = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day);
    if (at > now.getTime()) at = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, day);
    found.push({ at, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `at` (epoch ms) to `now`: Nov 9 to Nov 23 is 14, not 14.6. */
export function daysAgo(at: number, now: Date): number {
  return Math.floor((now.getTime() - at) / DAY_MS);
}
