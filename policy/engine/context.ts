/**
 * What every detector reads: the customer's and notes' own words (quoted history cut off,
 * normalized without moving offsets), the facts, the time, and the compiled policy.
 */
import { TextMemo } from '../memo';
import type { Evidence, NormalizedTicket, TicketFacts } from '../contract';
import {
  clauseStart,
  endsSentenceAt,
  isNegatedOrHypothetical,
  normalize,
  ownTextLength,
  sentenceAround,
  withoutNoChoice,
} from '../text';
import type { CompiledPolicy } from './compiled';
import type { Matcher, Span } from './matcher';

export interface ReadText {
  messageId: string;
  author: 'customer' | 'note';
  /** Position among all messages, for "asked again in a later message". */
  order: number;
  /** Normalized body; only [0, end) is the author's own text. */
  text: string;
  end: number;
  /** The agent replied before this message. */
  afterAgentReply: boolean;
}

export interface EvaluationContext {
  compiled: CompiledPolicy;
  ticket: NormalizedTicket;
  facts: TicketFacts;
  now: Date;
  brand: string | null;
  texts: ReadText[];
}

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
/** "2 November", "the 2nd of November": the day before the month (British and formal usage). */
const DAY_FIRST = new RegExp(`\\b(?:the )?(\\d{1,2})(st|nd|rd|th)?( of)? ${MONTH}\\b`, 'gi');
/** "a month", "a week": one unit, for the duration reader ("over a month ago"). */
const ONE_UNIT = /\ba (day|week|month)\b/gi;
/**
 * Negation words that negate nothing: "not gonna lie, my stories are getting a full breakdown of
 * this" is a threat said frankly.
 */
const FRANKLY = /\b(?:not (?:gonna|going to) lie|ngl)\b/gi;
/** A single quote used as a quotation mark, not an apostrophe inside a word ("is 'a scam'"). */
const QUOTATION_MARK = /(^|[^a-z0-9])'|'(?![a-z0-9])/gi;

/**
 * Same length as the input, so every offset still points into the original body: the forms the
 * phrase language and the date and duration readers understand. "2 November" becomes
 * "November 2", "a month" becomes "1 month", and quotation marks become spaces (a phrase sees
 * words, and an apostrophe is part of a word).
 */
export function canonicalize(text: string): string {
  return text
    .replace(FRANKLY, (whole) => ' '.repeat(whole.length))
    .replace(QUOTATION_MARK, (whole, before: string | undefined) =>
      before === undefined ? ' ' : `${before} `,
    )
    .replace(DAY_FIRST, (whole, day: string, suffix: string | undefined, _of, month: string) =>
      `${month} ${day}${suffix ?? ''}`.padEnd(whole.length),
    )
    .replace(ONE_UNIT, (whole, unit: string) => `1 ${unit}`);
}

const REPORTED_SUBJECT =
  /\b(?:he|she)(?:'ll| will| would|'d| is going to| was going to| is gonna| is (?=\s*[a-z]+ing\b)|'s (?=going\b|gonna\b|about to\b|[a-z]+ing\b))/gi;
const REPORTED_POSSESSIVE =
  /\b(?:his|her)(?= (?:bank|card|credit card|card company|credit card company|card issuer|credit union|lawyer|attorney|solicitor|legal team|followers|money)\b)/gi;
const FIRST_PERSON: Record<string, string> = {
  "'ll": "i'll",
  ' will': 'i will',
  ' would': 'i would',
  "'d": "i'd",
  ' is going to': 'i am going to',
  ' was going to': 'i was going to',
  ' is gonna': "i'm gonna",
  "'s ": "i'm ",
  ' is ': 'i am ',
};

/**
 * Same length as the input: an agent's note tells the customer's words in the third person ("he
 * said he'll sue", "she's calling her bank"); read as the customer's own ("I'll sue", "I'm calling
 * my bank") so the same phrases find them.
 */
export function asSpokenByCustomer(note: string): string {
  return note
    .replace(REPORTED_SUBJECT, (whole) => {
      const tail = whole.replace(/^(?:he|she)/i, '').toLowerCase();
      return (FIRST_PERSON[tail] ?? whole).padEnd(whole.length);
    })
    .replace(REPORTED_POSSESSIVE, (whole) => 'my'.padEnd(whole.length));
}

/** A line quoted from an earlier email ("> you're all thieves"): not the writer's words now. */
const QUOTED_LINE = /(^|\n)([ \t]*>[^\n]*)/g;

/**
 * The text with each `>`-quoted line blanked (the same length, so offsets still point into the
 * body). `ownTextLength` cuts a run of them and what follows; one quoted line above the reply
 * ("> Please refund my $300 order / Never mind the above, it arrived") is blanked here.
 */
function withoutQuotedLines(text: string): string {
  if (!text.includes('>')) return text;
  return text.replace(
    QUOTED_LINE,
    (_, lineStart: string, line: string) => lineStart + ' '.repeat(line.length),
  );
}

/** Customer messages and internal notes, never agent replies; quoted history removed. */
export function readTexts(ticket: NormalizedTicket): ReadText[] {
  const texts: ReadText[] = [];
  let agentReplied = false;
  ticket.messages.forEach((message, order) => {
    if (message.author === 'agent') {
      agentReplied = true;
      return;
    }
    const read = canonicalize(normalize(message.body));
    const spoken = message.author === 'note' ? asSpokenByCustomer(read) : read;
    texts.push({
      messageId: message.id,
      author: message.author,
      order,
      text: withoutQuotedLines(spoken),
      end: ownTextLength(spoken),
      afterAgentReply: agentReplied,
    });
  });
  return texts;
}

/** The first word a customer uses to say what they will do: "I'm", "im", "I'll", "ill", "gonna". */
const CONSEQUENT =
  /\b(i'?m|i'?ll|i will|i shall|i am|we'?ll|we will|he'?ll|she'?ll|they'?ll|he will|she will|they will|gonna|going to|or else|otherwise|it'?s going straight|it'?s going to go|going straight|i'?d like|i would like|next (?:stop|call|step|port of call|move)|my (?:[\w']+ (?:and )?){0,3}(?:reviews?|posts?) (?:go|goes|going) (?:up|live|out))\b/i;
const CONDITION = /\b(if|unless|until|should|or)\b/gi;
const NEGATED =
  /\b(not|never|no|nor|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|rather not)\b/i;

/**
 * Negated or hypothetical on the customer's side. Adds to `isNegatedOrHypothetical` the
 * conditional threats it cannot see: a consequent spelled without an apostrophe ("if its not here
 * by fri im doing a chargeback") or starting the match itself ("If it isn't sent, I'm leaving a
 * 1-star review"). The negation of the condition belongs to the condition; only a negation after
 * the consequent's subject negates the threat.
 */
export function negatedOrHypothetical(text: string, start: number, end: number): boolean {
  // Remembered per text and span: every detector asks of its own hits, the panel again on every
  // fact change, and the answer depends on the text alone.
  let answers = text === lastNegationText ? lastNegationAnswers : negationAnswers.get(text);
  if (!answers) {
    answers = new Map();
    negationAnswers.set(text, answers);
  }
  lastNegationText = text;
  lastNegationAnswers = answers;
  const key = start * SPAN_KEY + end;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = readNegatedOrHypothetical(text, start, end);
    answers.set(key, answer);
  }
  return answer;
}

/** Spans are keyed as start × SPAN_KEY + end: exact for texts up to 2^26 characters. */
const SPAN_KEY = 2 ** 26;
const negationAnswers = new TextMemo<Map<number, boolean>>(512);
let lastNegationText: string | null = null;
let lastNegationAnswers: Map<number, boolean> | null = null;

function readNegatedOrHypothetical(text: string, start: number, end: number): boolean {
  if (!isNegatedOrHypothetical(text, start)) return false;
  const lead = withoutNoChoice(text.slice(clauseStart(text, start), start));
  if (suspectedConduct(text, lead, start, end)) return false;
  let afterCondition = 0;
  let opensCondition = false;
  for (const m of lead.matchAll(CONDITION)) {
    afterCondition = m.index + m[0].length;
    opensCondition = m[0].toLowerCase() !== 'or';
  }
  const scope = lead.slice(afterCondition);
  const inLead = consequentIn(scope, opensCondition);
  if (inLead) return NEGATED.test(scope.slice(inLead.index + inLead[0].length));
  const match = text.slice(start, end);
  const opening = CONSEQUENT.exec(match);
  if (opening?.index === 0) return NEGATED.test(match.slice(opening[0].length));
  const consequent = otherSubjectConsequent(text, start, end);
  if (consequent !== undefined) return NEGATED.test(text.slice(consequent, start));
  return true;
}

/**
 * The consequent's first words in what follows the last condition word. After "if" (not "or"),
 * the condition's own subject and verb come first: "if you're going to refund me" and "if I'm
 * charged again" open no consequent, a later "I'll" or "I'm" does.
 */
function consequentIn(scope: string, opensCondition: boolean): RegExpExecArray | null {
  const first = CONSEQUENT.exec(scope);
  if (!first || !opensCondition || /\S\s+\S/.test(scope.slice(0, first.index).trim())) return first;
  const rest = first.index + first[0].length;
  const next = CONSEQUENT.exec(scope.slice(rest));
  if (next) next.index += rest;
  return next;
}

/**
 * A condition or an indirect question about what the company is doing now: "if you're outsourcing
 * fulfilment ...", "I'd like to know whether you are just reselling". Its subject is the company
 * and its verb a progressive, so it raises the customer's suspicion of a practice; a hypothetical
 * on the customer's side has the customer as its subject ("if I dispute it").
 */
const COMPANY_CONDUCT =
  /\b(?:if|whether)\s+(?:you(?:\s+guys|\s+all)?|y'?all|your\s+(?:company|store|shop|team|brand|business)|the\s+company)(?:'re|\s+are|\s+is)\s+(?:(?:really|actually|now|still|just|even|simply|only|secretly|seriously|honestly)\s+)?([a-z]+ing)\b/gi;
/** Progressives that name no practice: offers, plans and attempts ("if you're offering a refund"). */
const NOT_CONDUCT = new Set([
  'going',
  'offering',
  'giving',
  'doing',
  'having',
  'getting',
  'planning',
  'willing',
  'running',
  'asking',
  'looking',
  'trying',
  'thinking',
  'sending',
  'refunding',
  'replacing',
  'waiting',
]);

/**
 * Is the match the practice a company-conduct clause suspects: its progressive verb opens within
 * the match or at most three words before it, with no negation between?
 */
function suspectedConduct(text: string, lead: string, start: number, end: number): boolean {
  const leadStart = start - lead.length;
  const clause = text.slice(leadStart, end);
  let conduct: RegExpExecArray | undefined;
  COMPANY_CONDUCT.lastIndex = 0;
  for (let m = COMPANY_CONDUCT.exec(clause); m; m = COMPANY_CONDUCT.exec(clause))
    if (m.index < lead.length) conduct = m;
  if (!conduct || NOT_CONDUCT.has(conduct[1]!.toLowerCase())) return false;
  // "I don't mind if you're reselling": the suspicion itself negated.
  if (NEGATED.test(lead.slice(0, conduct.index))) return false;
  const verbStart = conduct.index + conduct[0].length - conduct[1]!.length;
  if (verbStart >= lead.length) return true;
  const between = lead.slice(verbStart);
  return between.split(/\s+/).filter(Boolean).length <= 4 && !NEGATED.test(between);
}

/** How far back a condition is looked for: a sentence, not a whole message (this runs per match). */
const CONDITION_WINDOW = 240;
/** A condition's opening word. */
const CONDITION_OPENING = /\b(if|unless)\s+/gi;
/**
 * A subject's future: "our attorney will", "everyone in that group is going to", "my husband'll".
 * The word before the modal is the subject's last word.
 */
const SUBJECT_FUTURE =
  /\b([a-z]+)(?:\s+(?:will|shall|(?:is|are)\s+(?:going\s+to|gonna|(?:the\s+|my\s+|our\s+)?next))|'ll)\b/gi;
/**
 * A subject's first word (the nearest one), up to three words before its last: "our attorney",
 * "everyone in that group", "it"; or, without a pronoun or determiner, the words just after the
 * comma that closes the condition: "if it isn't here by Friday, American Express will ...".
 */
const SUBJECT_OPENING =
  /(^[\s\S]*\W|^)(?:our|my|his|her|their|the|this|that|these|those|every|everyone|everybody|someone|somebody|people|we|they|he|she|you|it)(?:\s+[\w']+){0,3}$|(^[\s\S]*,\s*)[\w']+(?:\s+[\w']+){0,2}$/i;
/** Words that cannot end a consequent's subject: questions ("what will happen") and conjunctions. */
const NOT_A_SUBJECT = new Set([
  'what',
  'who',
  'how',
  'when',
  'where',
  'why',
  'which',
  'long',
  'much',
  'or',
  'and',
  'if',
  'unless',
  'that',
]);

/**
 * A conditional threat whose consequent has its own subject, without a comma: "If it isn't dealt
 * with this month our attorney will be reviewing ... legal action", "If this doesn't ship today
 * everyone in that group is going to hear". Returns the offset just after the consequent's modal
 * when it opens before the match ends, in a sentence that is not a question; the condition's own
 * subject ("if you will not refund me") is not a consequent.
 */
function otherSubjectConsequent(text: string, start: number, end: number): number | undefined {
  // The sentence around the match, read at most CONDITION_WINDOW either side (this runs per match).
  let from = start;
  const floor = Math.max(0, start - CONDITION_WINDOW);
  while (from > floor && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + CONDITION_WINDOW);
  while (to < ceiling && !endsSentenceAt(text, to)) to++;
  if (text.charCodeAt(to) === 63) return undefined;
  const prefix = text.slice(from, start);
  let conditionEnd = -1;
  CONDITION_OPENING.lastIndex = 0;
  for (let m = CONDITION_OPENING.exec(prefix); m; m = CONDITION_OPENING.exec(prefix))
    conditionEnd = m.index + m[0].length;
  if (conditionEnd < 0) return undefined;
  const region = text.slice(from + conditionEnd, end);
  SUBJECT_FUTURE.lastIndex = 0;
  for (let m = SUBJECT_FUTURE.exec(region); m; m = SUBJECT_FUTURE.exec(region)) {
    const last = m[1]!.toLowerCase();
    if (NOT_A_SUBJECT.has(last) || NEGATED.test(last)) continue;
    // The subject opens with a pronoun or a determiner at most three words back ("our attorney",
    // "everyone in that group"); the condition's own subject and verb come before it ("if the
    // store will refund me" is all condition).
    const subjectEnd = m.index + m[1]!.length;
    const opening = SUBJECT_OPENING.exec(region.slice(Math.max(0, m.index - 40), subjectEnd));
    if (!opening) continue;
    const before = opening[1] ?? opening[2] ?? '';
    const subjectStart = subjectEnd - (opening[0].length - before.length);
    if (/\w/.test(region.slice(0, subjectStart)))
      return from + conditionEnd + m.index + m[0].length;
  }
  return undefined;
}

export interface Hit extends Span {
  source: ReadText;
}

export interface FindOptions {
  keepNegated?: boolean;
  exceptions?: Matcher;
  only?: readonly ReadText[];
  /** A further test of each hit (a trigger's own negation reading). */
  keep?: (hit: Hit) => boolean;
}

/** How far past a dropped match another one that overlaps it is looked for. */
const OVERLAP_WINDOW = 160;
/** How many overlapping matches are tried behind one dropped match. */
const OVERLAP_TRIES = 3;

/**
 * Matches in every read text; negated or hypothetical ones dropped unless `keepNegated`, and
 * those `keep` refuses. Matches do not overlap, so a dropped one may hide another that starts
 * inside it: "if i dont get my money my lawyer will ..." matches "get my money my lawyer" (negated
 * by "dont") before "my lawyer will". Behind a dropped match the text is read again from just
 * after its start, a few times at most.
 */
export function findHits(
  ctx: EvaluationContext,
  matcher: Matcher,
  options: FindOptions = {},
): Hit[] {
  const hits: Hit[] = [];
  for (const source of options.only ?? ctx.texts) {
    let resumeAt = 0;
    for (const first of matcher.all(source.text, 0, source.end)) {
      if (first.start < resumeAt) continue;
      let span: Span | undefined = first;
      for (let tries = 0; span && tries <= OVERLAP_TRIES; tries++) {
        const hit = keptHit(source, span, options);
        if (hit) {
          hits.push(hit);
          resumeAt = span.end;
          break;
        }
        if (tries === OVERLAP_TRIES) break;
        const dropped: Span = span;
        span = matcher
          .all(source.text, dropped.start + 1, Math.min(source.end, dropped.end + OVERLAP_WINDOW))
          .find((next) => next.start < dropped.end);
      }
    }
  }
  return hits;
}

function keptHit(source: ReadText, span: Span, options: FindOptions): Hit | null {
  if (!options.keepNegated && negatedOrHypothetical(source.text, span.start, span.end)) return null;
  if (options.exceptions && !options.exceptions.empty) {
    const [from, to] = sentenceAround(source.text, span.start, span.end);
    if (options.exceptions.test(source.text, from, Math.min(to, source.end))) return null;
  }
  // Spelled out: an object spread is several times slower here, once per match.
  const hit: Hit = { start: span.start, end: span.end, text: span.text, source };
  return !options.keep || options.keep(hit) ? hit : null;
}

/** A hit's words as the message body has them (the read text may be reworded, same length). */
export function asWritten(hit: Hit, ticket: NormalizedTicket): string {
  const body = ticket.messages[hit.source.order]?.body ?? hit.source.text;
  return body.slice(hit.start, hit.end);
}

/** The most evidence a trigger quotes. */
const MAX_EVIDENCE = 5;

/** The first distinct hits, as evidence quoting the message body as written. */
export function toEvidence(hits: readonly Hit[], ticket: NormalizedTicket): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    if (evidence.length === MAX_EVIDENCE) break;
    const key = `${hit.source.messageId}:${hit.start}:${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({
      messageId: hit.source.messageId,
      start: hit.start,
      end: hit.end,
      text: asWritten(hit, ticket),
    });
  }
  return evidence;
}
