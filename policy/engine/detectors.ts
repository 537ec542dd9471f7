/**
 * The built-in detectors: each combines a trigger's phrases with the policy's signals, amounts,
 * counts, days and the agent's facts, and says why it fired. One function per detector id.
 */
import type { Evidence, TierLevel } from '../contract';
import {
  clauseStart,
  type Amount,
  daysAgo,
  remembered,
  findAmounts,
  findDates,
  isNegated,
  maxUnits,
  parseCount,
  sentenceAround,
  statedDays,
} from '../text';
import { COUNT_DIGITS } from '../phrases';
import { signal, type CompiledTrigger } from './compiled';
import {
  asWritten,
  findHits,
  negatedOrHypothetical,
  toEvidence,
  type EvaluationContext,
  type Hit,
  type ReadText,
} from './context';
import { combinationHits, runsOf } from './combinations';
import { countedMonths, programsCounted, spanMonths } from './months';
import type { Matcher } from './matcher';
import { priorRefundsSaid } from './prior-refunds';
import { profanitySpans } from './profanity';
import { withSpokenAmounts, WORD_NUMBERS } from './spoken-amounts';

export interface Detection {
  evidence: Evidence[];
  because: string;
  level?: TierLevel;
  /** Values the note and notify messages quote (refund amount, prior refunds). */
  values?: Record<string, string>;
}

type Detector = (ctx: EvaluationContext, trigger: CompiledTrigger) => Detection | null;

/** The trigger's phrase matches kept by its negation reading; else its first combination's. */
function phraseHits(ctx: EvaluationContext, trigger: CompiledTrigger): Hit[] {
  return triggerHits(ctx, trigger).hits;
}

interface TriggerHits {
  hits: Hit[];
  /** Set when a combination fired: what its parts mean together. */
  combination?: string;
}

function triggerHits(ctx: EvaluationContext, trigger: CompiledTrigger): TriggerHits {
  const keep = trigger.rule.negatable ? keptHit : () => true;
  const hits = findHits(ctx, trigger.matcher, {
    keepNegated: true,
    exceptions: trigger.exceptions,
    keep,
  });
  if (hits.length) return { hits };
  const combined = combinationHits(ctx, trigger.combinations, trigger.exceptions, keep);
  return combined ? { hits: combined.hits, combination: combined.why } : { hits };
}

/**
 * What the customer would rather avoid: "I'd rather sort this out with you than involve my
 * bank", "instead of calling my bank": at most four words before the match, none of them a new
 * subject ("instead of refunding me you charged my card" is what happened).
 */
const AVOIDED =
  /\b(?:rather\b[^.!?]*\bthan|instead of|rather than|so (?:that )?i don'?t have to|to avoid)(?:\s+(?!(?:you|i|we|they|he|she|it)\b)[\w']+){0,4}\s*$/i;

function avoided(hit: Hit): boolean {
  const [from] = sentenceAround(hit.source.text, hit.start, hit.start);
  return AVOIDED.test(hit.source.text.slice(Math.max(from, hit.start - 200), hit.start));
}

/**
 * A plan the customer says they will not carry out, the negation before its "gonna": "not gonna
 * do a chargeback or anything lol". The negation reader scopes a negation to after the subject,
 * and reads "gonna" as the subject's future.
 */
const NEGATED_PLAN =
  /\b(?:not|never|no|ain'?t)\s+(?:gonna|going to|planning to|planning on|trying to|about to|looking to)\s+(?:\S+\s+){0,2}$/i;

function negatedPlan(hit: Hit): boolean {
  const { text } = hit.source;
  return NEGATED_PLAN.test(text.slice(clauseStart(text, hit.start), hit.start));
}

/** A match that is neither negated nor hypothetical on the customer's side. */
function keptHit(hit: Hit): boolean {
  return (
    !NEGATED_OPENING.test(hit.text) &&
    !avoided(hit) &&
    !negatedPlan(hit) &&
    (!negatedOrHypothetical(hit.source.text, hit.start, hit.end) ||
      reportedConsequent(hit.source.text, hit.start) ||
      notHesitating(hit.source.text, hit.start))
  );
}

/**
 * A match that opens with its own subject and a negation: "I am not threatening legal action"
 * matches "(i am) ~2 (legal action)" with the "not" inside the gap, where the negation reader
 * (which looks before the match) cannot see it. "I will not hesitate to sue" stays a threat.
 */
const NEGATED_OPENING =
  /^(?:i'?m|i am|i'?ll|i will|i shall|we'?ll|we will|we are|we're|going to|gonna|plan to)\s+(?:not|never|no longer)\b(?!\s+hesitate)/i;

/** "I will not hesitate to take legal action": the negation makes the threat, not undoes it. */
function notHesitating(text: string, start: number): boolean {
  const lead = text.slice(clauseStart(text, start), start);
  return /\b(?:not|never|won'?t|wouldn'?t)\s+hesitate\s+to\b(?:\s+\S+){0,3}\s*$/i.test(lead);
}

const CONDITION_WORD = /\b(?:if|unless|until|should|or)\b/gi;
/** A third person who will act, as a note reports the caller: "he is", "she'll", "they're". */
const REPORTED_ACTOR = /\b(?:he|she|they)(?:\s+(?:is|are|will)\b|'s\b|'re\b|'ll\b)/i;
const NEGATION_WORD =
  /\b(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|rather not)\b/i;

/**
 * A conditional threat reported in the third person ("if the new ones come broken he is calling
 * Amex"): the condition is the customer's, the threat stands. The shared negation reader only
 * knows first-person consequents ("I'm", "I'll"), which is how customers write; notes and
 * relatives write "he is", "she'll".
 */
function reportedConsequent(text: string, start: number): boolean {
  const lead = text.slice(clauseStart(text, start), start);
  let afterCondition = -1;
  for (const m of lead.matchAll(CONDITION_WORD)) afterCondition = m.index + m[0].length;
  if (afterCondition < 0) return false;
  const scope = lead.slice(afterCondition);
  const actor = REPORTED_ACTOR.exec(scope);
  return actor !== null && !NEGATION_WORD.test(scope.slice(actor.index + actor[0].length));
}

const byPhrases: Detector = (ctx, trigger) => {
  const { hits, combination } = triggerHits(ctx, trigger);
  if (!hits.length) return null;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: combination
      ? `${combination}: ${hits.map((h) => `"${asWritten(h, ctx.ticket)}"`).join(' + ')}`
      : `matched the phrase "${asWritten(hits[0]!, ctx.ticket)}"`,
  };
};

/** The whole run of letters and digits around [start, end). */
function wordAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isWordChar(text.charCodeAt(to))) to++;
  return [from, to];
}

// ---------------------------------------------------------------------------------------------
// Profanity: obscenity's English dataset (handles obfuscated spellings), in anger, not in praise.

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * A profanity span that is no profanity: inside an @handle, #hashtag or link ("@Arsenal"), inside
 * a longer word it neither starts nor ends ("Smorgasbord"), or digits alone ("455" as "ass").
 * A compound that starts or ends with the word ("fucking", "bullshit", "dumbass"), or holds it
 * with only an ending after it ("somefucking"), still counts.
 */
function notAWord(text: string, start: number, end: number): boolean {
  if (!/[a-z]/i.test(text.slice(start, end))) return true;
  let wordStart = start;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1]!)) wordStart--;
  if (/^(@|#|https?:|www\.)/i.test(text.slice(wordStart, end))) return true;
  const glued = (i: number) => i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
  // The end of a word ("bullshit", "dumbass") is profanity; so is a whole word, and any word that
  // starts with "fuck", however it goes on ("fuckig", "fuckingaccounts").
  if (!glued(end) || /^f[u*]?c?k/i.test(text.slice(start, end))) return false;
  // The start or the inside of a longer word: still profanity when only an ending follows
  // ("fucking", "shithead", "somefucking"), not another word ("shiitake", "cocktail").
  const [, wordEnd] = wordAround(text, start, end);
  return !PROFANE_ENDING.test(text.slice(end, wordEnd));
}

const PROFANE_ENDING =
  /^(?:s|es|ed|er|ers|ing|in|n|y|ies|ery|head|heads|face|faces|hole|holes|wit|wits|bag|bags|hat|hats|it|ty|tty|ting|ter|ters|tier|tiest|py|pier|piest|load|loads|show|shows|storm|storms|wad|wads|wipe|wipes|tard|tards|stain|stains|bucket|buckets|fest|off|up|ola|ass|asses|stick|sticks)$/i;

const abusive: Detector = (ctx, trigger) => {
  const praise = signal(ctx.compiled, 'praise');
  const anger = signal(ctx.compiled, 'anger');
  const notAbuse = signal(ctx.compiled, 'profanityNotAbuse');
  const harmless = signal(ctx.compiled, 'profanityHarmless');
  const hits: Hit[] = phraseHits(ctx, trigger).filter((hit) => {
    const [from, to] = sentenceAround(hit.source.text, hit.start, hit.end);
    return !harmless.test(hit.source.text, from, to);
  });
  for (const source of ctx.texts) {
    const own = source.text.slice(0, source.end);
    for (const { start, end } of profanitySpans(own)) {
      if (notAWord(own, start, end)) continue;
      // Words the profanity list holds that name a body or sex, not swearing at anyone.
      const [wordFrom, wordTo] = wordAround(own, start, end);
      if (notAbuse.test(own, wordFrom, wordTo)) continue;
      const [from, to] = sentenceAround(own, start, end);
      // Said of a thing, not at anyone: "a bloody mess", "cock-a-doodle-doo", "kick-ass flavour".
      if (harmless.test(own, from, to)) continue;
      const inPraise = praise.test(own, from, to) && !anger.test(own, from, to);
      if (!inPraise) hits.push({ start, end, text: own.slice(start, end), source });
    }
  }
  if (!hits.length) return null;
  hits.sort((a, b) => a.source.order - b.source.order || a.start - b.start);
  return { evidence: toEvidence(hits, ctx.ticket), because: 'profanity or insults in anger' };
};

// ---------------------------------------------------------------------------------------------
// Refunds

/**
 * Refund requests, not refund status questions ("I'm waiting for a refund of $299"), and returns
 * asked for in a message that wants nothing else for them (a return is a refund asked for; "send
 * it back for a different flavour" is an exchange).
 */
function refundRequests(ctx: EvaluationContext): Hit[] {
  const status = signal(ctx.compiled, 'refundStatus');
  const asked = findHits(ctx, signal(ctx.compiled, 'refundRequest'));
  // A return asked for in words a refund request already holds ("just send it back") is one ask.
  const returns = findHits(ctx, signal(ctx.compiled, 'returnRequest')).filter(
    (r) => !asked.some((a) => a.source === r.source && a.start < r.end && r.start < a.end),
  );
  return [...asked, ...returns].filter((hit) => {
    if (!MONEY_WORD.test(hit.text) && wantsOtherForIt(ctx, hit.source)) return false;
    const [from, to] = sentenceAround(hit.source.text, hit.start, hit.end);
    return !status.test(hit.source.text, from, to);
  });
}

/** A request that names the money ("refund", "$", "money back"), not only the thing sent back. */
const MONEY_WORD =
  /refund|reimburs|money|\$|\d|charge|payment|billing|fee|credit|cash|fund|dollar|buck|penny|cent|amount|price|cost/i;

/**
 * The message asks for something else for what it sends back ("send it back for a different
 * flavour", "return it for store credit"), not refused ("I don't want a replacement").
 */
function wantsOtherForIt(ctx: EvaluationContext, source: ReadText): boolean {
  return signal(ctx.compiled, 'returnForOther')
    .all(source.text, 0, source.end)
    .some((span) => !negatedOrHypothetical(source.text, span.start, span.end));
}

const COUNT_WORD = String.raw`${COUNT_DIGITS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
/** What a subscription bills once per period: "payments", "billing cycles", "renewals". */
const BILLING_UNIT = String.raw`(?:monthly\s+)?(?:payments?|charges?|billings?|billing\s+cycles?|cycles?|renewals?|installments?|instalments?|fees|deductions|debits|months?|shipments|boxes)`;
/**
 * Up to two words between the count and the unit ("four membership payments", "5 billing
 * cycles"), after an optional "of the" ("all 7 of the membership charges").
 */
const COUNTED_BILLINGS = new RegExp(
  // Not "every one of those payments", which counts nothing, nor a price's "24.99 a month".
  String.raw`(?<!\b(?:every|each|any|no)\s|[\d.]\s)\b(${COUNT_WORD})\s+(?:of\s+(?:the|my|those|these)\s+)?(?:[a-z'-]+\s+){0,2}?${BILLING_UNIT}\b`,
  'gi',
);
/** "12 x $24.99", "3 × $80", "11 months x $19.99", and a price without its sign: "11 x 24.99". */
const TIMES_AMOUNT = new RegExp(
  String.raw`\b(${COUNT_WORD})\s*(?:(?:months?|payments?|charges?|billings?|boxes)\s*)?(?:x|×|times)\s*(?:\$\s?(\d+(?:\.\d{1,2})?)|(\d+\.\d{2})\b)`,
  'gi',
);
/** The amount first: "($24.99 x 7)", "$80 × 3". */
const AMOUNT_TIMES = new RegExp(
  String.raw`\$\s?(\d+(?:\.\d{1,2})?)\s*(?:x|×)\s*(${COUNT_WORD})\b`,
  'gi',
);
/** Billings counted after they were named: "every charge since then refunded, all 8 of them ($24.99 each)". */
const NAMED_THEN_COUNTED = new RegExp(
  String.raw`\b(?:charges?|payments?|billings?|renewals?|debits|installments?)\b[^.!?]{0,60}?\ball\s+(${COUNT_WORD})\s+of\s+them\b`,
  'gi',
);
/** After a counted unit, the amount of each: "of $59", "at $29", "($29.99 each)", "$19 apiece". */
const EACH_AMOUNT =
  /^\s*(?:\(\s*)?(?:(?:of|at|for)\s+)?\$\s?(\d+(?:\.\d{1,2})?)\s*(each|apiece|a month|per month|\/\s?mo(?:nth)?|a pop)?/i;
/** A whole period of billings: "the whole year", "a full year", "all year", "half a year". */
const WHOLE_PERIOD =
  /\b(?:(?:the|a|my)\s+)?(?:whole|entire|full|past|last|all)\s+(?:(\d+|two|three)\s+)?(year|years|12 months)\b|\b(?:a|one)\s+year'?s?\s+(?:worth|of)\b|\bhalf\s+a\s+year\b|\b(?:last|past)\s+half(?:\s+a)?\s+year\b|\b(?:all|every)\s+year\b/gi;

/** A count and the amount billed each time, read from a counted unit ("4 payments of $59"). */
interface Installments {
  count: number;
  each: number | null;
}

/**
 * Remembered per text: detectors read the whole message once per refund request found in it, so a
 * long message with many requests would otherwise be read in quadratic time.
 */
const countedInstallments: (text: string) => readonly Installments[] =
  remembered(readCountedInstallments);

function readCountedInstallments(text: string): Installments[] {
  const found: Installments[] = [];
  COUNTED_BILLINGS.lastIndex = 0;
  for (let m = COUNTED_BILLINGS.exec(text); m; m = COUNTED_BILLINGS.exec(text)) {
    const count = parseCount(m[1]!);
    if (count === undefined || count > 60) continue;
    const after = EACH_AMOUNT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    found.push({ count, each: after ? Number(after[1]) : null });
  }
  TIMES_AMOUNT.lastIndex = 0;
  for (let m = TIMES_AMOUNT.exec(text); m; m = TIMES_AMOUNT.exec(text)) {
    const count = parseCount(m[1]!);
    if (count !== undefined && count <= 60) found.push({ count, each: Number(m[2] ?? m[3]) });
  }
  NAMED_THEN_COUNTED.lastIndex = 0;
  for (let m = NAMED_THEN_COUNTED.exec(text); m; m = NAMED_THEN_COUNTED.exec(text)) {
    const count = parseCount(m[1]!);
    const after = EACH_AMOUNT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (count !== undefined && count <= 60)
      found.push({ count, each: after ? Number(after[1]) : null });
  }
  AMOUNT_TIMES.lastIndex = 0;
  for (let m = AMOUNT_TIMES.exec(text); m; m = AMOUNT_TIMES.exec(text)) {
    const count = parseCount(m[2]!);
    if (count !== undefined && count <= 60) found.push({ count, each: Number(m[1]) });
  }
  return found;
}

/** Months in a whole period named instead of counted ("the whole year" = 12, "half a year" = 6). */
function periodMonths(text: string): number {
  let months = 0;
  WHOLE_PERIOD.lastIndex = 0;
  for (let m = WHOLE_PERIOD.exec(text); m; m = WHOLE_PERIOD.exec(text)) {
    if (/half/i.test(m[0])) months = Math.max(months, 6);
    else months = Math.max(months, 12 * (m[1] ? (parseCount(m[1]) ?? 1) : 1));
  }
  return months;
}

/** Several items at a price each: "all three tubs, $70 each", "4 bottles at $55 apiece". */
const ITEMS_EACH = new RegExp(
  String.raw`\b(${COUNT_WORD})\s+(?:[a-z'-]+\s+){0,2}?(?:tubs|bottles|jars|bags|boxes|packs|items|orders|bundles|units|pouches|canisters|products|kits)\b[^.!?$]{0,20}\$\s?(\d+(?:\.\d{1,2})?)\s*(?:each|apiece|a piece|a pop|per (?:tub|bottle|jar|item|bag|box))`,
  'gi',
);

/** The count before the amount: "four $54 charges", "two separate $120 orders". */
const COUNT_THEN_AMOUNT = new RegExp(
  String.raw`\b(${COUNT_WORD})\s+(?:separate\s+|different\s+|identical\s+|duplicate\s+)?\$\s?(\d+(?:\.\d{1,2})?)\s+(?:[a-z'-]+\s+)?(?:charges|payments|billings|debits|withdrawals|orders|purchases|transactions|renewals)\b`,
  'gi',
);
/** The amount, then how many times: "$54 charged four times", "the $89 went out 3 times". */
const AMOUNT_COUNT_TIMES = new RegExp(
  String.raw`\$\s?(\d+(?:\.\d{1,2})?)\s+(?:[a-z'-]+\s+){0,3}?(${COUNT_WORD})\s+(?:separate\s+)?times\b`,
  'gi',
);

/** Count × amount for each match of `pattern`, whose groups give the count and the amount. */
function largestProduct(text: string, pattern: RegExp, countGroup: 1 | 2): number {
  let max = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const count = parseCount(m[countGroup]!);
    const each = Number(m[countGroup === 1 ? 2 : 1]);
    if (count !== undefined && count > 1 && count <= 60) max = Math.max(max, count * each);
  }
  return max;
}

/**
 * "11 payments of $19.99", "12 x $24.99", "5 billing cycles ($29.99 each)", "three tubs, $70
 * each", "four $54 charges", "$54 charged four times": count × amount.
 */
function installmentTotal(text: string): number {
  let max = Math.max(
    largestProduct(text, COUNT_THEN_AMOUNT, 1),
    largestProduct(text, AMOUNT_COUNT_TIMES, 2),
  );
  for (const { count, each } of countedInstallments(text))
    if (each !== null) max = Math.max(max, count * each);
  ITEMS_EACH.lastIndex = 0;
  for (let m = ITEMS_EACH.exec(text); m; m = ITEMS_EACH.exec(text)) {
    const count = parseCount(m[1]!);
    if (count !== undefined && count <= 60) max = Math.max(max, count * Number(m[2]));
  }
  return max;
}

/**
 * Several orders or charges asked back at once ("both orders", "all three charges", "each of my
 * orders"): their amounts add up.
 */
const SEVERAL =
  /\b(both|each of|all (?:of )?(?:my |the |these |those )?(?:\d+ |two |three |four |five )?(?:orders|charges|payments|purchases)|(?:two|three|four|five|2|3|4|5) (?:separate |different )?(?:orders|charges|purchases))\b/i;
/**
 * Amounts joined into one ask: "$120 + $95", "$120 plus $95", "the $120 and the $95 charges"
 * (the plural after the second amount says both are meant).
 */
const JOINED = new RegExp(
  [
    String.raw`\$\s?\d[\d,.]*\s+(?:for\s+(?:[a-z'-]+\s+){1,3}?)?(?:\+|plus|&)\s*\$\s?\d[\d,.]*`,
    String.raw`\$\s?\d[\d,.]*\s*\+\s*\$\s?\d[\d,.]*`,
    String.raw`\$\s?\d[\d,.]*\s+and\s+(?:the\s+|another\s+|a\s+)?\$\s?\d[\d,.]*\s+(?:[a-z'-]+\s+)?(?:charges|orders|payments|purchases|boxes|transactions|refunds)\b`,
    // Both asked back in one breath: "the $199 bundle AND the $30 shaker refunded", "refund $150
    // for the protein and $120 for the pre-workout".
    String.raw`\$\s?\d[\d,.]*\s+(?:[a-z'-]+\s+){0,2}and\s+(?:the\s+|a\s+|my\s+)?\$\s?\d[\d,.]*\s+(?:[a-z'-]+\s+){0,2}?(?:refunded|back|returned|reimbursed|credited)\b`,
    String.raw`\b(?:refund|reimburse|credit|return)\s+(?:me\s+|us\s+)?\$\s?\d[\d,.]*\s+for\s+(?:[a-z'-]+\s+){1,3}?and\s+\$\s?\d[\d,.]*`,
  ].join('|'),
  'gi',
);

/** The largest sum of amounts joined into one ask, null when none are. */
function joinedSum(sentence: string): number | null {
  let largest: number | null = null;
  JOINED.lastIndex = 0;
  for (let m = JOINED.exec(sentence); m; m = JOINED.exec(sentence)) {
    const sum = amountsIn(m[0]).reduce((total, a) => total + a.value, 0);
    largest = Math.max(largest ?? 0, sum);
  }
  return largest;
}
/** The sentence already gives the sum, or corrects an amount ("$120, not $240", "I meant $95"). */
const NOT_A_SUM =
  /\b(not|instead of|rather than|actually|i meant|meant to say|correction|sorry|total|totals|totalling|totaling|in all|altogether|combined|out of|of (?:my|the|a|an|that|this))\b/i;

const UNIT_WORD = Object.keys(WORD_NUMBERS).join('|');
/** Money written in words: "two hundred and fifty dollars", "a hundred bucks", "300 hundred" no. */
const WORD_AMOUNT = new RegExp(
  String.raw`\b(a|${UNIT_WORD})\s+hundred(?:\s+(?:and\s+)?(${UNIT_WORD})(?:[\s-]+(${UNIT_WORD}))?)?\s+(?:dollars|bucks|usd)\b`,
  'gi',
);

/**
 * Pounds and euros: the SOP threshold is in dollars and the policy holds no exchange rate, so
 * the figure is compared as written ("£260" is 260).
 */
const OTHER_CURRENCY = /[£€]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/g;

/**
 * Amounts written without their sign where money is meant: "i paid 219", "credit back 289.00",
 * "the entire 260 refunded", "the total was 274.50". Not what follows as a unit ("for 30 days",
 * "all 12 tubs", "15%"), nor a year ("since 2019").
 */
const SIGNLESS = new RegExp(
  String.raw`\b(?:paid|pay|charged|charge of|cost|costs|spent|refund of|refund me|refunded|refund|reimburse|credit back|credited|back|total(?: was| of| is| came to)?|was|for|entire|whole|full|all|amt|amount|want|need|requested)\s*:?\s+(?:me\s+|us\s+|the\s+)?(\d{2,5}(?:\.\d{2})?)(?![\d%$]|[.,]\d)(?!\s*(?:%|percent|days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|bottles?|tubs?|jars?|bags?|boxes|units?|packs?|items|pcs|servings?|scoops?|capsules?|caps|pills|tablets|gummies|mg|g|kg|lbs?|oz|ml|calories|cal|times|x|orders?|of|am|pm|people|members|followers|stars?|reviews?|miles|km|points|pounds|euros|gbp|eur)\b)`,
  'gi',
);
/** The sign after the figure ("200$") or a currency code before it ("USD 315"). */
const SIGN_AFTER = /(?<![\d.,$])(\d{1,5}(?:\.\d{1,2})?)\s?\$/g;
const CODE_BEFORE = /\b(?:usd|us\$)\s?(\d{1,5}(?:\.\d{1,2})?)\b/gi;
/** "2 hundred and 40 dollars". */
const DIGIT_HUNDRED = /\b(\d)\s+hundred(?:\s+(?:and\s+)?(\d{1,2}))?\s+(?:dollars|bucks|usd)\b/gi;

function signlessAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  const push = (value: number, start: number, end: number) => {
    if (Number.isFinite(value)) found.push({ value, start, end });
  };
  SIGNLESS.lastIndex = 0;
  for (let m = SIGNLESS.exec(text); m; m = SIGNLESS.exec(text)) {
    const value = Number(m[1]);
    // A year, not a price: "was 2019", "for 2025".
    if (!m[1]!.includes('.') && value >= 1900 && value <= 2100) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(value, start, start + m[1]!.length);
  }
  for (const pattern of [SIGN_AFTER, CODE_BEFORE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      push(Number(m[1]), m.index, m.index + m[0].length);
  }
  DIGIT_HUNDRED.lastIndex = 0;
  for (let m = DIGIT_HUNDRED.exec(text); m; m = DIGIT_HUNDRED.exec(text))
    push(Number(m[1]) * 100 + Number(m[2] ?? 0), m.index, m.index + m[0].length);
  return found;
}

/**
 * Amounts of money in digits ("$250", "£260", "paid 219") or in words ("two hundred and fifty
 * dollars"). Remembered per text: read once per request in a message, and again on every
 * evaluation of the open ticket.
 */
const amountsIn: (text: string) => readonly Amount[] = remembered(readAmountsIn, 512);

function readAmountsIn(text: string): Amount[] {
  const amounts: Amount[] = [...findAmounts(text)];
  // Only where no amount with its sign covers the same figure.
  for (const bare of signlessAmounts(text))
    if (!amounts.some((a) => a.start < bare.end && bare.start < a.end)) amounts.push(bare);
  OTHER_CURRENCY.lastIndex = 0;
  for (let m = OTHER_CURRENCY.exec(text); m; m = OTHER_CURRENCY.exec(text)) {
    const whole = m[1]!.replace(/,/g, '');
    amounts.push({
      value: Number(m[2] ? `${whole}.${m[2]}` : whole),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  WORD_AMOUNT.lastIndex = 0;
  for (let m = WORD_AMOUNT.exec(text); m; m = WORD_AMOUNT.exec(text)) {
    const hundreds = m[1]!.toLowerCase() === 'a' ? 1 : (WORD_NUMBERS[m[1]!.toLowerCase()] ?? 0);
    const rest = [m[2], m[3]].reduce(
      (sum, w) => sum + (w ? (WORD_NUMBERS[w.toLowerCase()] ?? 0) : 0),
      0,
    );
    amounts.push({ value: hundreds * 100 + rest, start: m.index, end: m.index + m[0].length });
  }
  return amounts.sort((a, b) => a.start - b.start);
}

/** An amount the customer rules out: "$120, not $240", "instead of $300". */
const STRUCK_OUT = /\b(?:not|instead of|rather than)\s+(?:the\s+|a\s+)?$/i;

/** An amount that sizes the order a part is asked back from: "the $35 tub from my $260 order". */
const ORDER_SIZE_BEFORE = /\b(?:from|of|on|in|out of)\s+(?:my|the|a|an|this|that|your|our)\s+$/i;
/** A percentage of an amount: "15% of my $400 order", "20 percent of the $250". */
const PERCENT_OF =
  /\b(\d{1,2}(?:\.\d)?)\s?(?:%|percent)\s+(?:of|off)\s+(?:my|the|this|that|our|an?)?\s*(?:\w+\s+)?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)/i;
/** The difference asked back: "the $40 difference", "the $40 price difference". */
const DIFFERENCE = /\$\s?(\d+(?:\.\d{1,2})?)\s+(?:dollars?\s+)?(?:price\s+)?difference\b/i;
const DROPPED_FROM_TO = /\bfrom\s+\$\s?(\d+(?:\.\d{1,2})?)\s+to\s+\$\s?(\d+(?:\.\d{1,2})?)/i;
/** The order's size stated, then a part asked back: "My order was $320 but I only want $45 back". */
const ORDER_WAS_BEFORE =
  /\b(?:order|purchase|total|bundle|box|cart|basket)\s+(?:was|is|came to|cost|costs|totall?ed|totaling|totalling)\s+(?:about\s+|around\s+)?$/i;
const ORDER_SIZE_AFTER = /^\s*(?:order|purchase|bundle|box|haul|basket|cart)\b/i;

/**
 * The amounts a sentence asks back: their sum when it names several orders, else the largest.
 * An amount ruled out ("not $240") or sizing the order a part comes from is not asked back.
 */
function sentenceAmount(sentence: string): number | null {
  const found = amountsIn(sentence).filter(
    (a) => !STRUCK_OUT.test(sentence.slice(Math.max(0, a.start - 16), a.start)),
  );
  const asked = found.filter(
    (a) =>
      !(
        ORDER_SIZE_BEFORE.test(sentence.slice(Math.max(0, a.start - 16), a.start)) &&
        ORDER_SIZE_AFTER.test(sentence.slice(a.end, a.end + 12))
      ) && !ORDER_WAS_BEFORE.test(sentence.slice(Math.max(0, a.start - 24), a.start)),
  );
  // A share of the order asked back: "15% of my $400 order" is $60.
  const share = PERCENT_OF.exec(sentence);
  if (share) return (Number(share[1]) / 100) * Number(share[2]!.replace(/,/g, ''));
  // A price drop asked back: "the $40 difference", or "from $230 to $190 ... the difference".
  const difference = DIFFERENCE.exec(sentence);
  if (difference) return Number(difference[1]);
  const drop = DROPPED_FROM_TO.exec(sentence);
  if (drop && /\bdifference\b/i.test(sentence)) return Math.abs(Number(drop[1]) - Number(drop[2]));
  const amounts = (asked.length ? asked : found).map((a) => a.value);
  if (!amounts.length) return null;
  if (amounts.length > 1 && !NOT_A_SUM.test(sentence)) {
    if (SEVERAL.test(sentence)) return amounts.reduce((sum, value) => sum + value, 0);
    const joined = joinedSum(sentence);
    if (joined !== null) return Math.max(joined, ...amounts);
  }
  return Math.max(...amounts);
}

/** The whole order asked back: "refund the whole order", "the entire order", "everything". */
const WHOLE_ORDER =
  /\b(?:(?:the\s+)?(?:whole|entire|full|complete)\s+(?:order|thing|lot|purchase)|everything)\b/i;

/** A subscription's price per month: "$49 a month", "$19.99/mo", "$30 monthly". */
const MONTHLY_PRICE =
  /\$\s?(\d+(?:\.\d{1,2})?)\s*(?:(?:a|1|one|per|each|every)\s+month\b|\/\s?(?:mo|month)\b|monthly\b)/i;
/** The request is for several billing periods: "those six payments", "all the charges", "those months". */
const SEVERAL_PERIODS =
  /\b(?:those|these|all|every|the last|last|each of)\b[^.!?]{0,30}\b(?:months|payments|charges|billings|fees|installments|instalments)\b/i;

/**
 * Months of a subscription asked back at its monthly price: "$49 a month since June ... could I
 * get those six payments back?" is 6 × $49. Null unless the request names several periods.
 */
function monthsAtPrice(own: string, sentence: string, now: Date): number | null {
  if (!SEVERAL_PERIODS.test(sentence)) return null;
  const price = MONTHLY_PRICE.exec(own);
  if (!price) return null;
  const months = monthsAskedBack(own, now);
  return months > 1 ? months * Number(price[1]) : null;
}

/** The amount stated in the sentence after the one ending at `end`, null when none. */
function nextSentenceAmount(text: string, end: number): number | null {
  if (end >= text.length) return null;
  const [from, to] = sentenceAround(text, end + 1, end + 1);
  return sentenceAmount(text.slice(from, to));
}

/** An order number with its price beside it: "#T-90301 ($120)", "order 4471 - $95". */
const PRICED_ORDER =
  /#\s?([a-z]?-?\d{3,})\s*(?:\(|-|,|:|for|was|at)?\s*\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)/gi;

/** The sum of the distinct orders the customer priced, 0 when fewer than two. */
function pricedOrders(ctx: EvaluationContext): number {
  const prices = new Map<string, number>();
  for (const text of ctx.texts) {
    if (text.author !== 'customer') continue;
    const own = text.text.slice(0, text.end);
    PRICED_ORDER.lastIndex = 0;
    for (let m = PRICED_ORDER.exec(own); m; m = PRICED_ORDER.exec(own))
      prices.set(m[1]!.toLowerCase(), Number(m[2]!.replace(/,/g, '')));
  }
  if (prices.size < 2) return 0;
  let sum = 0;
  for (const price of prices.values()) sum += price;
  return sum;
}

/** A message's own text as the refund readers see it: money said in words written in digits. */
function refundText(source: ReadText): string {
  return withSpokenAmounts(source.text).slice(0, source.end);
}

/** The refund amount asked for: stated near the request, else the order total. */
export function requestedRefund(
  ctx: EvaluationContext,
  requests: Hit[],
): { amount: number; how: string } | null {
  if (ctx.facts.refundAmount !== undefined) return { amount: ctx.facts.refundAmount, how: 'fact' };
  if (!requests.length) return null;
  const partial = signal(ctx.compiled, 'partialRefund');
  let stated: number | null = null;
  let several = false;
  // What a whole message states, read once per message, not once per request found in it (a
  // long message with many requests would otherwise be read in quadratic time).
  const messages = new Map<ReadText, { installments: number; largest: number | null }>();
  const statedIn = (source: ReadText) => {
    let stated = messages.get(source);
    if (!stated) {
      const own = refundText(source);
      let largest: number | null = null;
      for (const amount of amountsIn(own))
        largest = Math.max(largest ?? amount.value, amount.value);
      stated = { installments: installmentTotal(own), largest };
      messages.set(source, stated);
    }
    return stated;
  };
  /** The largest amount stated in any of `texts`, null when none states one. */
  const largestIn = (texts: readonly ReadText[]): number | null => {
    let largest: number | null = null;
    for (const text of texts) {
      const amount = statedIn(text).largest;
      if (amount !== null) largest = Math.max(largest ?? 0, amount);
    }
    return largest;
  };
  // A chat customer's lines in a row: "the $260 order came with every cap cracked" / "i want the
  // full amount back" asks for the amount the line before named.
  let runs: ReadText[][] | undefined;
  const largestInRun = (source: ReadText): number | null => {
    runs ??= runsOf(ctx.texts);
    const run = runs.find((r) => r.includes(source)) ?? [];
    return largestIn(run.filter((text) => text.order < source.order));
  };
  // "Refund the whole order" after the customer named the order's price in an earlier message.
  const largestStated = () => largestIn(ctx.texts.filter((text) => text.author === 'customer'));
  for (const hit of requests) {
    const own = refundText(hit.source);
    const [from, to] = sentenceAround(own, hit.start, hit.end);
    const sentence = own.slice(from, to);
    several ||= SEVERAL.test(sentence);
    const inSentence = sentenceAmount(sentence);
    const { installments, largest } = statedIn(hit.source);
    // A part of the order asked back ("refund just that one bottle? It was $24"): its price is
    // the amount, never the order's total stated elsewhere in the message.
    const partOnly = inSentence === null && partial.test(own, from, to);
    const candidate = partOnly
      ? nextSentenceAmount(own, to)
      : ((inSentence !== null ? Math.max(inSentence, installments) : installments || largest) ??
        largestInRun(hit.source) ??
        (WHOLE_ORDER.test(sentence) ? largestStated() : null));
    if (candidate !== null) stated = Math.max(stated ?? 0, candidate);
    const periods = monthsAtPrice(own, sentence, ctx.now);
    if (periods !== null) stated = Math.max(stated ?? 0, periods);
  }
  const fullRefundHits = findHits(ctx, signal(ctx.compiled, 'fullRefund'));
  for (const hit of fullRefundHits) {
    const amounts = amountsIn(withSpokenAmounts(hit.text)).map((a) => a.value);
    if (amounts.length) stated = Math.max(stated ?? 0, ...amounts);
  }
  // "Refund both": the orders the customer priced one by one, in this message or an earlier one
  // ("#T-90301 ($120) ..." / "#T-90344 ($95) ... please refund both"), when they sum to more.
  if (several) {
    const priced = pricedOrders(ctx);
    if (priced > (stated ?? 0)) return { amount: priced, how: 'orders priced' };
  }
  if (stated !== null) return { amount: stated, how: 'stated' };
  const isPartial = requests.some((hit) => partial.test(hit.source.text, 0, hit.source.end));
  const totals = (ctx.ticket.orders ?? []).map((o) => o.total ?? 0);
  if (isPartial || !totals.length) return null;
  if (several && totals.length > 1)
    return { amount: totals.reduce((sum, total) => sum + total, 0), how: 'order totals' };
  return { amount: Math.max(...totals), how: 'order total' };
}

const refundThreshold: Detector = (ctx) => {
  const requests = refundRequests(ctx);
  if (!requests.length && ctx.facts.refundAmount === undefined) return null;
  const refund = requestedRefund(ctx, requests);
  const threshold = ctx.compiled.policy.thresholds.refundAmount;
  if (!refund || refund.amount < threshold) return null;
  return {
    evidence: toEvidence(requests, ctx.ticket),
    because: `refund of $${refund.amount.toFixed(2)} (${refund.how}) is $${threshold} or more`,
    values: { refundAmount: `$${refund.amount.toFixed(2)}` },
  };
};

const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

const PRIOR_COUNT = new RegExp(
  String.raw`\b(${COUNT_DIGITS}|two|three|four|five|six|seven|eight|nine|ten)\b`,
  'i',
);

/**
 * Refunds already processed, as a note or the customer says it: "3 prior refunds", "refunded
 * twice before" (2), "this would be her fourth refund" or "4th refund this year" (3 before it).
 */
function priorCount(phrase: string): number {
  const ordinal =
    /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:st|nd|rd|th))\b/i.exec(
      phrase,
    );
  if (ordinal) return (ordinal[2] ? Number(ordinal[2]) : ORDINALS[ordinal[1]!.toLowerCase()]!) - 1;
  const times = /\b(once|twice|thrice)\b/i.exec(phrase);
  if (times) return TIMES_WORDS[times[1]!.toLowerCase()]!;
  const count = PRIOR_COUNT.exec(phrase);
  return count ? (parseCount(count[1]!) ?? 0) : 0;
}

/** A refund asked for and never made is no refund processed: "asked three times, never processed". */
const NOT_PROCESSED =
  /\b(?:never|not|none|didn'?t|did not|wasn'?t|weren'?t|haven'?t|hasn'?t)\b[^.!?]{0,30}?\b(?:processed|issued|received|gone through|went through|came through|paid|refunded|arrived)\b|\b(?:my\s+)?first\s+(?:time|refund)\s+(?:ever\s+)?(?:asking|requesting|i'?ve asked|i have asked)\b/i;

/** A refund asked for several times is none made: "I asked for a refund three times in this thread". */
const ASKED_TIMES =
  /\b(?:asked|requested|begged|emailed|written|wrote|called|chased|messaged)\b(?:[^.!?]{0,25}\b(?:refund|money back|reimbursement)\b[^.!?]{0,10}\b(?:twice|(?:two|three|four|five|\d+) times)\b|[^.!?]{0,10}\b(?:twice|(?:two|three|four|five|\d+) times)\b[^.!?]{0,25}\b(?:refund|money back|reimbursement)\b)/i;

/** ...and never answered (asked three times "and I'm asking again" may count three made). */
const UNANSWERED =
  /\b(?:nobody|no one|noone|no answer|no reply|no response|still|yet|ignored|this thread|this chat|unanswered|nothing|never)\b/i;

/** Words of asking: "she wants one for the bars", "this will be her fifth refund". */
const ASKS =
  /\b(?:ask(?:s|ing|ed)? for|wants?|would like|i'?d like|need|can (?:i|you|we)|could (?:i|you|we)|another|one (?:for|on)|(?:will|would) be (?:her|his|my|their|the))\b/gi;

/** Whether a text asks for something, not under a negation ("I'm not asking for another"). */
function asksInText(text: string): boolean {
  ASKS.lastIndex = 0;
  for (let m = ASKS.exec(text); m; m = ASKS.exec(text)) if (!isNegated(text, m.index)) return true;
  return false;
}

/** Whether the sentence of a refund request asks for something ("I've had three, I'd like one more"). */
function asksInSentence(hit: Hit): boolean {
  const own = hit.source.text.slice(0, hit.source.end);
  const [from, to] = sentenceAround(own, hit.start, hit.end);
  return asksInText(own.slice(from, to));
}

/** Refunds already processed, and the words that say so (none when `customer.priorRefunds` is set). */
function priorRefundsRead(ctx: EvaluationContext): { count: number; hits: Hit[]; asks: Hit[] } {
  if (ctx.ticket.customer?.priorRefunds !== undefined)
    return { count: ctx.ticket.customer.priorRefunds, hits: [], asks: [] };
  let count = 0;
  const hits = findHits(ctx, signal(ctx.compiled, 'priorRefundsNote'), {
    keepNegated: true,
  }).filter((hit) => {
    const [from, to] = sentenceAround(hit.source.text, hit.start, hit.end);
    const sentence = hit.source.text.slice(from, to);
    return (
      !NOT_PROCESSED.test(sentence) && !(ASKED_TIMES.test(sentence) && UNANSWERED.test(sentence))
    );
  });
  for (const hit of hits) count = Math.max(count, priorCount(hit.text));
  // The same said in other words (prior-refunds.ts): "reimbursed in March, June and September".
  const asks: Hit[] = [];
  for (const source of ctx.texts)
    for (const said of priorRefundsSaid(source.text, source.end)) {
      count = Math.max(count, said.count);
      const hit = {
        start: said.start,
        end: said.end,
        text: source.text.slice(said.start, said.end),
        source,
      };
      hits.push(hit);
      if (said.asks) asks.push(hit);
    }
  return { count, hits, asks };
}

function priorRefunds(ctx: EvaluationContext): number {
  return priorRefundsRead(ctx).count;
}

const repeatRefunds: Detector = (ctx) => {
  const prior = priorRefundsRead(ctx);
  const threshold = ctx.compiled.policy.thresholds.priorRefunds;
  if (prior.count < threshold) return null;
  // The words that count the earlier refunds ask for none ("I've had three refunds, thanks!"); the
  // ask is elsewhere, or the same again ("you've given me my money back three times. Same again").
  const requests = [
    ...refundRequests(ctx).filter(
      (r) =>
        asksInSentence(r) ||
        !prior.hits.some((p) => p.source === r.source && p.start < r.end && r.start < p.end),
    ),
    ...findHits(ctx, signal(ctx.compiled, 'repeatAsk')),
    ...prior.asks,
  ];
  if (!requests.length) return null;
  return {
    evidence: toEvidence(requests, ctx.ticket),
    because: `${prior.count} refunds already processed and another is asked for`,
    values: { priorRefunds: String(prior.count) },
  };
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const SINCE_MONTH = new RegExp(
  String.raw`\b(?:since|going back to|dating back to|as far back as|all the way back to|(?:signed up|joined|subscribed)\s+(?:in|back in))\s+(?:(?:i|we|he|she|they)\s+(?:first\s+)?(?:signed up|joined|subscribed|started)\s+)?(?:(?:in|back in)\s+)?(${MONTH_NAMES.join('|')})\b`,
  'gi',
);

const THIS_YEAR =
  /\b(?:(?:every|all|each|everything)\b[^.!?]{0,40}\bthis year|(?:paid|spent|been charged|been billed)\b[^.!?]{0,20}\bthis year|this year'?s|(?:fees|charges|payments|billings) (?:for|from|of) this year)\b/i;
/** "since last winter", "since I stopped using it in the spring": a season's first month to now. */
const SINCE_SEASON =
  /\bsince\b[^.!?]{0,40}?\b(?:(?:in|last|this past|the)\s+)+(spring|summer|fall|autumn|winter)\b|\bsince\s+(spring|summer|fall|autumn|winter)\b/gi;
const SEASON_START: Record<string, number> = {
  spring: 2,
  summer: 5,
  fall: 8,
  autumn: 8,
  winter: 11,
};
/** Whole years of billings counted: "two years of charges", "3 years of membership fees". */
const YEARS_OF = new RegExp(
  String.raw`\b(${COUNT_WORD})\s+years?\s+(?:of|worth of)\s+(?:charges|payments|billings?|fees|membership|subscription|dues)\b`,
  'gi',
);
const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
/** Months named one by one: "August, September, October and November". */
const MONTH_LIST = new RegExp(
  String.raw`\b${MONTH_NAME}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)${MONTH_NAME})+\b`,
  'gi',
);

/** The most distinct months a message lists in one run (each a billing asked back). */
function listedMonths(text: string): number {
  let most = 0;
  MONTH_LIST.lastIndex = 0;
  for (let m = MONTH_LIST.exec(text); m; m = MONTH_LIST.exec(text)) {
    const names = new Set(m[0].toLowerCase().match(new RegExp(MONTH_NAME, 'g')) ?? []);
    most = Math.max(most, names.size);
  }
  return most;
}

/**
 * Months of billings asked back: "six charges", "11 payments", "12 x $24.99", "my last 5 billing
 * cycles", "the whole year", "every charge since March".
 */
function monthsAskedBack(text: string, now: Date): number {
  return countedMonthsAskedBack(text) || spanMonthsAskedBack(text, now);
}

const OFFERED = /\b(?:offered|offer of|proposed|suggested)\s+(?:her|him|them)?\s*[^.!?;]{0,30}/gi;

/** Billings counted or named: "six charges", "12 x $24.99", "June, July and August", "the whole year". */
function countedMonthsAskedBack(text: string): number {
  // Billings counted or named are what is asked ("refund my last three payments, I haven't used
  // it since August" asks three); a span to now counts only when nothing is counted.
  // Month lists and ranges ("June, July and August", "March to November") are read by
  // countedMonths, abbreviations included.
  // What the agent offered, in a note, is not what is asked: "Offered 1 month + cancellation".
  text = text.replace(OFFERED, (whole) => ' '.repeat(whole.length));
  let counted = Math.max(periodMonths(text), countedMonths(text));
  for (const { count } of countedInstallments(text)) counted = Math.max(counted, count);
  YEARS_OF.lastIndex = 0;
  for (let m = YEARS_OF.exec(text); m; m = YEARS_OF.exec(text))
    counted = Math.max(counted, 12 * (parseCount(m[1]!) ?? 1));
  return counted;
}

/** A span to now: "since March", "every charge this year", "since last winter". */
function spanMonthsAskedBack(spanText: string, now: Date): number {
  let months = spanMonths(spanText, now);
  // "every payment this year", "this year's fees": January to now.
  if (THIS_YEAR.test(spanText)) months = Math.max(months, now.getUTCMonth() + 1);
  SINCE_SEASON.lastIndex = 0;
  for (let m = SINCE_SEASON.exec(spanText); m; m = SINCE_SEASON.exec(spanText)) {
    const start = SEASON_START[(m[1] ?? m[2])!.toLowerCase()]!;
    months = Math.max(months, (now.getUTCMonth() - start + 12) % 12 || 12);
  }
  SINCE_MONTH.lastIndex = 0;
  for (let m = SINCE_MONTH.exec(spanText); m; m = SINCE_MONTH.exec(spanText)) {
    const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase());
    const diff = (now.getUTCMonth() - month + 12) % 12;
    months = Math.max(months, diff);
  }
  return months;
}

// Not "charging" alone: "my mixer bottle stopped charging" is a battery, not a billing.
const BILLING_WORD =
  /\b(?:charges?|charged|payments?|billings?|billed|debited|fees|(?:charging|billing|debiting) (?:me|us|my card|my account))\b/i;
/** Subscription deliveries counted back: "refund the last four boxes" names billings by itself. */
const COUNTED_DELIVERIES = new RegExp(
  String.raw`\b(?:last|past|previous|those|these)\s+(?:${COUNT_WORD})\s+(?:boxes|shipments|deliveries)\b`,
  'i',
);

function isBilling(source: ReadText, billing: Matcher): boolean {
  return (
    billing.test(source.text, 0, source.end) || BILLING_WORD.test(source.text.slice(0, source.end))
  );
}

const MEMBERSHIP =
  /\b(?:membership|membrship|memebership|member|subscription|subscribed|signed up|auto-?renew\w*|renewals?|renewed|monthly|every month|each month|a month|per month|the app|\d+(?:\.\d{2})? (?:1|a) month)\b/i;
const DUPLICATE_CHARGE =
  /\b(?:duplicate|double(?:d)?[- ]charge|charged twice|charged two times|second charge|extra charge)\b/i;

/** A chat customer's line just before this one ("been paying for like 8 months" / "want it refunded"). */
function previousCustomerLine(ctx: EvaluationContext, source: ReadText): string | undefined {
  const before = ctx.texts.find((t) => t.order === source.order - 1);
  return before && before.author === source.author ? before.text.slice(0, before.end) : undefined;
}

const subscriptionRefunds: Detector = (ctx) => {
  if (ctx.brand !== 'TSM') return null;
  const requests = refundRequests(ctx);
  if (!requests.length) return null;
  const limit = ctx.compiled.policy.thresholds.subscriptionMonths;
  const billing = signal(ctx.compiled, 'subscriptionBilling');
  // A billing word in any read text (the customer's or a note), read once for every request.
  const billedAnywhere = ctx.texts.some((t) => isBilling(t, billing));
  // The membership named anywhere makes the months its billings ("refund everything since spring").
  const member = ctx.texts.some((t) => MEMBERSHIP.test(t.text.slice(0, t.end)));
  for (const hit of requests) {
    const own = hit.source.text.slice(0, hit.source.end);
    // A duplicate charge asked back is a payment dispute: only its own sentence counts months
    // ("I've been a member since March and love it ... Please refund the duplicate charge").
    const [from, to] = sentenceAround(hit.source.text, hit.start, hit.end);
    const sentence = hit.source.text.slice(from, Math.min(to, hit.source.end));
    const read = DUPLICATE_CHARGE.test(sentence) ? sentence : own;
    const chat = previousCustomerLine(ctx, hit.source);
    const months = Math.max(
      monthsAskedBack(read, ctx.now),
      chat ? monthsAskedBack(chat, ctx.now) : 0,
    );
    // Months named one by one are billing periods by themselves ("refund June, July, August and
    // September"); a count needs a billing word beside it ("4 days" is no billing), in this
    // message or another of the customer's ("cancel my membership" / "i want the last 5 months back").
    // The membership named is billing enough for a span ("refund everything since spring"), not
    // for a bare count ("a member for 8 months ... a refund on the shaker").
    const billed =
      listedMonths(own) > limit ||
      billedAnywhere ||
      COUNTED_DELIVERIES.test(own) ||
      (member && !countedMonthsAskedBack(read));
    if (months > limit && billed)
      return {
        evidence: toEvidence([hit], ctx.ticket),
        because: `asks for ${months} months of subscription billings back (more than ${limit})`,
      };
  }
  const program = signal(ctx.compiled, 'programPurchase');
  const prior = priorRefunds(ctx);
  const programRequest = requests.find((h) => program.test(h.source.text, 0, h.source.end));
  // Several programs asked back at once: the fourth of them is a 4th+ program purchase refund.
  for (const hit of requests) {
    const programs = programsCounted(hit.source.text.slice(0, hit.source.end));
    if (programs > ctx.compiled.policy.thresholds.priorRefunds)
      return {
        evidence: toEvidence([hit], ctx.ticket),
        because: `${programs} program purchases asked back at once`,
      };
  }
  if (programRequest && prior >= ctx.compiled.policy.thresholds.priorRefunds)
    return {
      evidence: toEvidence([programRequest], ctx.ticket),
      because: `a program purchase refund after ${prior} earlier program refunds`,
    };
  return null;
};

// ---------------------------------------------------------------------------------------------
// Delivered, not received (SOP 004)

const FORTNIGHTS = /\b(over|more than)?\s*(a|one|two|three|1|2|3)\s+fortnights?\b/gi;

/**
 * Durations in days, adding what the shared reader leaves out: "a fortnight" is 14 days.
 * Remembered per text: the delivered-not-received and refund readers ask once per match.
 */
const statedDaysWithFortnights: (text: string) => readonly number[] = remembered(
  readStatedDaysWithFortnights,
);

function readStatedDaysWithFortnights(text: string): number[] {
  const days = [...statedDays(text)];
  // The pattern's optional lead makes it slow to rule out; most texts have no fortnight at all.
  if (!/fortnight/i.test(text)) return days;
  FORTNIGHTS.lastIndex = 0;
  for (let m = FORTNIGHTS.exec(text); m; m = FORTNIGHTS.exec(text)) {
    const count = m[2]!.toLowerCase() === 'a' ? 1 : (parseCount(m[2]!) ?? 1);
    days.push(count * 14 + (m[1] ? 1 : 0));
  }
  return days;
}

function daysSinceDelivered(ctx: EvaluationContext, dnrHits: Hit[]): number | undefined {
  if (ctx.facts.daysSinceDelivered !== undefined) return ctx.facts.daysSinceDelivered;
  let days: number | undefined;
  for (const order of ctx.ticket.orders ?? []) {
    if (!order.deliveredAt) continue;
    const at = Date.parse(order.deliveredAt);
    if (!Number.isNaN(at)) days = Math.max(days ?? 0, daysAgo(at, ctx.now));
  }
  // Each message once, however many of its phrases matched.
  const said = mostDaysSaid(ctx, [...new Set(dnrHits.map((hit) => hit.source))]);
  return days === undefined || said === undefined ? (days ?? said) : Math.max(days, said);
}

/** The most days the texts state ("10 days", "a fortnight") or date ("since Nov 3"), if any. */
export function mostDaysSaid(
  ctx: EvaluationContext,
  texts: readonly ReadText[],
): number | undefined {
  let most: number | undefined;
  for (const source of texts) {
    const own = source.text.slice(0, source.end);
    for (const date of findDates(own, ctx.now))
      most = Math.max(most ?? 0, daysAgo(date.at, ctx.now));
    for (const stated of statedDaysWithFortnights(own)) most = Math.max(most ?? 0, stated);
  }
  return most;
}

const REFUSAL = /^(?:refus|declin)/i;
const NEGATION_BEFORE = /\b(?:not|never)\s+$/i;

/** "I'm not refusing to contact UPS, I already did": a refusal negated is no refusal. */
function negatedRefusal(hit: Hit): boolean {
  const before = hit.source.text.slice(Math.max(0, hit.start - 12), hit.start);
  return REFUSAL.test(hit.text) && NEGATION_BEFORE.test(before);
}

/** The couriers and their people, as a regex alternation (the step and the refusal read both). */
const CARRIERS = String.raw`courier|carrier|ups|usps|fedex|dhl|post office|postal(?: service)?|royal mail|canada post|dpd|evri|ontrac|lasership|mail ?carrier|mailman|postman|delivery (?:company|service|driver)`;

/** An agent's reply asking the customer to take the courier step ("Could you contact USPS first?"). */
const COURIER_STEP = new RegExp(
  String.raw`\b(?:contact|call|reach out to|check with|get in touch with|speak (?:to|with)|talk to|ring|phone|open (?:a )?(?:claim|case|report)|file (?:a )?(?:claim|report|missing|lost)|report it to|missing[- ]package (?:claim|report))\b[^.!?]{0,60}?\b(?:${CARRIERS})\b|\b(?:courier|carrier|ups|usps|fedex|dhl|post office)\b[^.!?]{0,40}?\b(?:claim|investigat\w*|trace|locate|look into|find (?:it|the package))\b`,
  'i',
);

/** The agent's message just before this one, if it is an agent's. */
function agentJustBefore(ctx: EvaluationContext, source: ReadText) {
  const before = source.order > 0 ? ctx.ticket.messages[source.order - 1] : undefined;
  return before?.author === 'agent' ? before : undefined;
}

/**
 * The customer's answer to that step, refusing it in their own words: "nope not doing that, just
 * resend", "I'd rather not deal with DHL", "can't you call them?", "No, I'd prefer you handle it".
 * Only read as a refusal right after the agent asked, where "no" can mean nothing else.
 */
const REFUSES_STEP =
  /^\W*(?:no|nope|nah|naw|meh|honestly,? no|no thanks|no thank you|not doing (?:that|this|it))\b|\b(?:i'?d|i would|id) (?:rather not|prefer (?:you|if you|that you|not))\b|\b(?:can'?t|cant|cannot|could ?n'?t|why can'?t|why don'?t) (?:you|u|y'?all|you guys) (?:just )?(?:call|contact|ring|phone|chase|deal with|handle|sort|do|check with|reach out to)\b|\bi (?:really |just )?(?:don'?t|do not|dont) want to\b|\b(?:i|i'?m|im|i am) (?:not|no) (?:going to|gonna|calling|contacting|phoning|ringing|chasing|doing|filling|filing|driving|comfortable|able to)\b|\bnot (?:filling|filing|calling|contacting|chasing|doing) (?:out |in )?(?:any|a|an|the|that|this|anyone|anything|it)\b|\b(?:please )?(?:you|u) (?:do|call|contact|handle|chase) (?:it|them|that)\b|\bi no want\b/i;

/** Refusals of the courier step the agent just asked for, in the customer's next message. */
function refusedCourierStep(ctx: EvaluationContext): Hit[] {
  const hits: Hit[] = [];
  for (const source of ctx.texts) {
    if (source.author !== 'customer') continue;
    const before = agentJustBefore(ctx, source);
    if (!before || !COURIER_STEP.test(before.body)) continue;
    const own = source.text.slice(0, source.end);
    const m = REFUSES_STEP.exec(own);
    if (!m) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    hits.push({
      start,
      end: m.index + m[0].length,
      text: own.slice(start, m.index + m[0].length),
      source,
    });
  }
  return hits;
}

/** The courier, a claim with it, or its driver, named. */
const COURIER_WORD = new RegExp(
  String.raw`\b(?:${CARRIERS}|driver|claim|trace|tracking|delivered)\b`,
  'i',
);

/**
 * A refusal that says nothing of what is refused ("I'm not doing this again") declines the
 * courier step only where the courier is in view: named in the same message, asked for in the
 * agent's reply just before, or in a note (which logs the step offered). "i already sent pics and
 * nobody answered. i'm not doing this again" refuses to send photos again. The customer's line just
 * before counts too, for a chat split over lines.
 */
function aboutTheCourier(ctx: EvaluationContext, hit: Hit): boolean {
  const { source } = hit;
  if (source.author === 'note' || COURIER_WORD.test(source.text.slice(0, source.end))) return true;
  const before = agentJustBefore(ctx, source);
  if (before) return COURIER_STEP.test(before.body);
  // A chat split over lines: "says delivered. not here" / "no im not calling them".
  const line = previousCustomerLine(ctx, source);
  return line !== undefined && COURIER_WORD.test(line);
}

/** The customer says the parcel never came, in the words a reply to the courier step leans on. */
const NOT_RECEIVED =
  /\b(?:never (?:came|arrived|got here|showed up|turned up|received|got it)|not (?:here|received|arrived)|(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not|never) (?:get|got|gotten|receive|received|arrive|arrived|come|shown up|show up|turned up)|nothing (?:here|came|arrived|was there)|no (?:package|parcel|box)|(?:isn'?t|wasn'?t|its not|it'?s not) (?:here|there)|where is (?:it|my))\b/i;
/** It came after all: "I did get it eventually", "it turned up at a neighbour's". */
const RECEIVED_AFTER_ALL =
  /\b(?:(?:did|finally|eventually) (?:get|got|receive|received) it|it (?:did )?(?:arrived|came|showed up|turned up) (?:eventually|later|after all|in the end|finally|today|yesterday)|(?:found|got) it (?:eventually|after all|in the end|at last)|\b(?:it|the (?:package|parcel|box|order)) (?:has|have) (?:now |finally )?(?:turned|shown) up)\b/i;
/** A delivered status the customer says it never showed: "it never said delivered". */
const STATUS_DENIED = /\b(?:never|not|hasn'?t|didn'?t|doesn'?t|wasn'?t|isn'?t)\s+$/i;

const dnr: Detector = (ctx) => {
  // Read with negation kept ("never arrived" is the situation), but not in a condition: "if it
  // ever says delivered and doesn't show up, would I have to call the courier?".
  const situation = findHits(ctx, signal(ctx.compiled, 'dnrSituation'), {
    keepNegated: true,
  }).filter(
    (hit) =>
      !inCondition(hit) &&
      !STATUS_DENIED.test(hit.source.text.slice(Math.max(0, hit.start - 12), hit.start)),
  );
  const customerSays = (pattern: RegExp) =>
    ctx.texts.some((t) => t.author === 'customer' && pattern.test(t.text.slice(0, t.end)));
  // Read with negation kept ("not calling UPS" is the refusal), except a refusal itself negated.
  const declines = [
    ...findHits(ctx, signal(ctx.compiled, 'declinesCourier'), {
      keepNegated: true,
    }).filter((hit) => !negatedRefusal(hit) && aboutTheCourier(ctx, hit)),
    ...refusedCourierStep(ctx),
  ];
  // An order the helpdesk shows as delivered is the situation when the customer refuses the
  // courier step without repeating it ("Why would I call the courier? I paid YOU. Reship it.").
  const shownDelivered = (ctx.ticket.orders ?? []).some((o) => /^delivered$/i.test(o.status ?? ''));
  if (!situation.length && shownDelivered) situation.push(...declines.slice(0, 1));
  // The agent asked for the courier step on a parcel the customer says never came, and the
  // customer refused it: the status the agent saw is the situation ("Tracking shows delivered Nov
  // 28. Could you contact UPS?" / "I'm not going to chase UPS for you").
  const refusedStep = declines.find((hit) => hit.source.afterAgentReply);
  if (!situation.length && refusedStep && customerSays(NOT_RECEIVED)) situation.push(refusedStep);
  // The agent's fact that the customer declined the courier step confirms the situation: the
  // step is offered only on a parcel delivered and not received ("Offered courier-contact steps;
  // she isn't comfortable calling FedEx. Logged as declined.").
  const confirmed = ctx.facts.customerDeclinedCourier === true;
  if (!situation.length && confirmed) situation.push(...declines.slice(0, 1));
  // Read only once there is a situation to end: most tickets have none.
  if ((!situation.length && !confirmed) || customerSays(RECEIVED_AFTER_ALL)) return null;
  const { dnrUnits, dnrDays } = ctx.compiled.policy.thresholds;
  const reasons: string[] = [];
  const evidence: Hit[] = [...situation.slice(0, 1)];
  const orderUnits = (ctx.ticket.orders ?? []).map((o) =>
    (o.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 1), 0),
  );
  const units =
    ctx.facts.replacementUnits ??
    Math.max(0, ...orderUnits, ...ctx.texts.map((t) => maxUnits(t.text.slice(0, t.end))));
  if (units > dnrUnits) reasons.push(`${units} units to replace (more than ${dnrUnits})`);
  const declined = ctx.facts.customerDeclinedCourier ?? declines.length > 0;
  if (declined) {
    reasons.push(
      declines.length
        ? 'the customer declines to contact the courier'
        : 'the customer declines to contact the courier (the agent confirmed it)',
    );
    evidence.push(...declines.filter((hit) => hit !== evidence[0]));
  }
  const days = daysSinceDelivered(ctx, situation);
  if (days !== undefined && days > dnrDays)
    reasons.push(`missing ${days} days after the delivered status (more than ${dnrDays})`);
  if (!reasons.length) return null;
  return { evidence: toEvidence(evidence, ctx.ticket), because: reasons.join('; ') };
};

// ---------------------------------------------------------------------------------------------
// Supervisor requests (004): level 1 until one de-escalation attempt, or asked again later.

/**
 * A chat line that is the ask and nothing else: "MANAGER.", "supervisor", "mgr now pls". A phrase
 * cannot say "the whole message", and the word alone in a longer text is no ask ("my manager at
 * work said ...").
 */
const BARE_ASK =
  /^\W*(?:(?:a|the|your|ur|get|give me|get me)\s+)?(supervisor|supervisors|manager|managers|mgr|team lead|team leader|your boss|ur boss)(?:\W+(?:now|pls|please|plz|asap|immediately|today|thanks|thx))*\W*$/i;

function bareAsks(ctx: EvaluationContext): Hit[] {
  return ctx.texts.flatMap((source): Hit[] => {
    if (source.author !== 'customer') return [];
    const m = BARE_ASK.exec(source.text.slice(0, source.end));
    if (!m) return [];
    const start = m.index + m[0].indexOf(m[1]!);
    return [{ start, end: start + m[1]!.length, text: m[1]!, source }];
  });
}

const supervisor: Detector = (ctx, trigger) => {
  const hits = [...phraseHits(ctx, trigger)];
  for (const bare of bareAsks(ctx))
    if (!hits.some((h) => h.source === bare.source && h.start < bare.end && bare.start < h.end))
      hits.push(bare);
  if (!hits.length) return null;
  hits.sort((a, b) => a.source.order - b.source.order || a.start - b.start);
  const askedAgain = new Set(hits.map((h) => h.source.messageId)).size > 1;
  // The agent's note that one attempt was made, then the ask came again (read only when needed).
  const noted = () =>
    findHits(ctx, signal(ctx.compiled, 'deEscalationNote'), {
      only: ctx.texts.filter((t) => t.author === 'note'),
    }).length > 0;
  const deEscalated = ctx.facts.deEscalationAttempted === true || askedAgain || noted();
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: deEscalated
      ? 'asks for a supervisor after a de-escalation attempt'
      : 'asks for a supervisor: make one de-escalation attempt first',
    level: deEscalated ? 2 : 1,
  };
};

// ---------------------------------------------------------------------------------------------
// Banks, gateways, refunds not received

/**
 * A note that records a refund as processed ("Refund of $58.00 processed for #H-30877") dates it
 * by the note itself, once a later customer message says it has not arrived: the whole days
 * from the note to now. Undefined when the note has no date or the customer has not written since.
 */
function daysSinceNoted(ctx: EvaluationContext, note: ReadText): number | undefined {
  if (note.author !== 'note') return undefined;
  const at = ctx.ticket.messages.find((m) => m.id === note.messageId)?.at;
  const when = at ? Date.parse(at) : NaN;
  if (Number.isNaN(when)) return undefined;
  const arrived = signal(ctx.compiled, 'refundArrived');
  const missing = ctx.texts.some(
    (t) =>
      t.author === 'customer' &&
      t.order > note.order &&
      /\brefund/i.test(t.text.slice(0, t.end)) &&
      !arrived.test(t.text, 0, t.end),
  );
  return missing ? daysAgo(when, ctx.now) : undefined;
}

/** "a month ago", "over a month now", "two months": days the shared reader does not count. */
const MONTHS_AGO =
  /\b(?:(a|one|over a|more than a|about a|like a|nearly a|almost a)|(two|three|2|3))\s+months?\b(?=\s+(?:ago|back|now|later|since|and|already|at least)|\s*[.,!?]|\s*$)/gi;
function monthsAgoDays(text: string): number[] {
  return [...text.matchAll(MONTHS_AGO)].map((m) => (m[2] ? 30 * (parseCount(m[2]) ?? 2) : 30));
}

/** "mid-October", "back in early October": a month without its day, as days from now. */
const MONTH_ONLY =
  /\b(?:(early|mid|late)[- ]?)?(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*\d)/gi;
const PART_DAY: Record<string, number> = { early: 5, mid: 15, late: 25 };
function monthOnlyDates(sentence: string, now: Date): number[] {
  const days: number[] = [];
  for (const m of sentence.matchAll(MONTH_ONLY)) {
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase());
    const year = now.getUTCFullYear() - (month > now.getUTCMonth() ? 1 : 0);
    const at = Date.UTC(year, month, PART_DAY[(m[1] ?? 'mid').toLowerCase()] ?? 15);
    if (at < now.getTime()) days.push(daysAgo(at, now));
  }
  return days;
}

const bankGateway: Detector = (ctx, trigger) => {
  const hits = phraseHits(ctx, trigger);
  const limit = ctx.compiled.policy.thresholds.refundNotReceivedDays;
  const arrived = signal(ctx.compiled, 'refundArrived');
  for (const hit of findHits(ctx, signal(ctx.compiled, 'refundProcessed'), { keepNegated: true })) {
    const own = hit.source.text.slice(0, hit.source.end);
    // A refund that has arrived is no gateway matter, however long ago it was processed.
    // ("it has not appeared" and "it never landed" say the opposite).
    const arrivedHits = findHits(ctx, arrived, { only: [hit.source] });
    if (arrivedHits.some((h) => !/\b(?:not|never|no)\b|n't\b/i.test(h.text))) continue;
    const [from, to] = sentenceAround(own, hit.start, hit.end);
    // Whole calendar days, as the DNR reader counts them: Nov 9 to Nov 23 is 14, not 14.6.
    const dates = findDates(own.slice(from, to), ctx.now).map((d) => daysAgo(d.at, ctx.now));
    const stated = [
      ...statedDaysWithFortnights(own),
      ...monthsAgoDays(own),
      ...monthOnlyDates(own.slice(from, to), ctx.now),
    ];
    const noted = dates.length || stated.length ? undefined : daysSinceNoted(ctx, hit.source);
    const elapsed = Math.max(0, ...dates, ...stated, noted ?? 0);
    if (elapsed > limit) hits.push(hit);
  }
  if (!hits.length) return null;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: `said "${asWritten(hits[0]!, ctx.ticket)}"`,
  };
};

// ---------------------------------------------------------------------------------------------
// Unresolved complaints: a resolution offered and refused, or a complaint about an agent.

/**
 * The customer's last message, after the refusal, takes a resolution ("ok that works, thank you"):
 * the complaint that refusal voiced is settled, so it no longer counts as unresolved. Only the last
 * message counts, so "fine, thanks" followed by a new refusal stays unresolved.
 */
export function acceptedLater(ctx: EvaluationContext, refusal: ReadText): boolean {
  const customerTexts = ctx.texts.filter((t) => t.author === 'customer');
  const last = customerTexts[customerTexts.length - 1];
  if (!last || last.order <= refusal.order) return false;
  return findHits(ctx, signal(ctx.compiled, 'acceptsResolution'), { only: [last] }).length > 0;
}

/**
 * A refusal word inside a condition is a threat's premise, not a refusal: "if this isnt fixed by
 * friday im making a tiktok" says nothing about the answer given.
 */
function inCondition(hit: Hit): boolean {
  const [from] = sentenceAround(hit.source.text, hit.start, hit.end);
  return /\b(?:if|unless|until)\b[^.!?,;]*$/i.test(hit.source.text.slice(from, hit.start));
}

/** Staff in a shop or at a kiosk are retail (retail.negative_experience), not support agents. */
const STORE_STAFF =
  /\b(?:kiosk|mall|in-store|in store|at the counter|the store staff|store staff|shop staff|store employee|store clerk|shop assistant|sales assistant|cashier|at the display|the young man there|the young woman there)\b/i;

function aboutStoreStaff(hit: Hit): boolean {
  return STORE_STAFF.test(hit.source.text.slice(0, hit.source.end));
}

/** Reported speech before the match in its sentence: "He said the rep he spoke to hung up on him". */
const REPORTED =
  /\b(?:said|says|complained|complains|mentioned|reported|stated|claims|claimed|explained|told me|wants (?:it|that) noted)\b/i;

/** A note that reports the customer's complaint about an agent, not the agent describing the customer. */
function reportedInNote(hit: Hit): boolean {
  if (hit.source.author !== 'note') return false;
  const [from] = sentenceAround(hit.source.text, hit.start, hit.end);
  return REPORTED.test(hit.source.text.slice(from, hit.start));
}

/** A chat line that only says no ("nah", "no thanks"), or opens with a flat "No." before going on. */
const CURT_REFUSAL =
  /^\W*(?:(?:no|nah|nope|no thanks|no thank you|nah thanks|not interested|hard pass|no way)\W*$|(?:no|nope|nah)(?:\s*[.!,]\s|\s+(?:i'?d|i'?m|i want|i need|i just|thanks|thank you)\b))/i;
/**
 * A flat "No." or "Nope!" as a sentence of its own after a question (groups: the space after the
 * question mark and the refusal word), and what that question must name to weigh the offer. Two
 * steps, not one regex: a leading `[^.!?]*` would rescan each sentence from every position.
 */
const NO_AFTER_QUESTION = /\?(\s+)(no|nope|nah)[.!]+(?=\s|$)/gi;
const WEIGHED_OFFER = /\b(?:credit|coupon|code|discount|refund|voucher|replacement|reship|\d+%)/i;

/** The refusal word's span after a question that weighs the offer, or null. */
function weighedThenNo(own: string): { start: number; word: string } | null {
  NO_AFTER_QUESTION.lastIndex = 0;
  for (let m = NO_AFTER_QUESTION.exec(own); m; m = NO_AFTER_QUESTION.exec(own)) {
    const questionStart = Math.max(
      own.lastIndexOf('.', m.index - 1),
      own.lastIndexOf('!', m.index - 1),
      own.lastIndexOf('?', m.index - 1),
    );
    if (WEIGHED_OFFER.test(own.slice(questionStart + 1, m.index)))
      return { start: m.index + 1 + m[1]!.length, word: m[2]! };
  }
  return null;
}
/** An agent's reply that offered something to take or leave. */
const OFFER =
  /\b(?:refund|replacement|credit|discount|coupon|code|reship|voucher|partial|\d+% off|percent off|return label|prepaid label)\b/i;

/**
 * A customer's curt "nah" right after an agent's offer refuses it ("I can offer a 50% refund, or
 * swap it" / "nah"). The agent's words are read only to see that an offer was made.
 */
function curtRefusals(ctx: EvaluationContext): Hit[] {
  const messages = ctx.ticket.messages;
  return ctx.texts
    .filter((t) => t.author === 'customer')
    .filter((t) => {
      const at = messages.findIndex((m) => m.id === t.messageId);
      const before = at > 0 ? messages[at - 1] : undefined;
      return before?.author === 'agent' && OFFER.test(before.body);
    })
    .flatMap((t): Hit[] => {
      const own = t.text.slice(0, t.end);
      if (CURT_REFUSAL.test(own)) return [{ start: 0, end: t.end, text: own, source: t }];
      // A flat "No." as a sentence of its own, right after a question weighing the offer: "$15
      // credit for $50 of bars I never got? No. Send the bars."
      const no = weighedThenNo(own);
      if (!no) return [];
      return [{ start: no.start, end: no.start + no.word.length, text: no.word, source: t }];
    });
}

const unresolved: Detector = (ctx) => {
  // A refusal needs a resolution to refuse: an agent reply before it, a note of the call, or the
  // customer's own words for an offer made before this thread ("a 15% coupon is not a solution",
  // "the third time I've written in").
  const earlierResolution = signal(ctx.compiled, 'earlierResolution');
  const refusals = findHits(ctx, signal(ctx.compiled, 'unresolvedReply'), {
    keepNegated: true,
  })
    .filter(
      (h) =>
        h.source.afterAgentReply ||
        h.source.author === 'note' ||
        earlierResolution.test(h.source.text, 0, h.source.end),
    )
    .filter((h) => !acceptedLater(ctx, h.source) && !inCondition(h));
  refusals.push(...curtRefusals(ctx).filter((h) => !acceptedLater(ctx, h.source)));
  // A complaint about an agent's behaviour stands on its own, in any customer message (negated
  // ones dropped: "I'm not saying she was rude"); notes describe the customer, not the agent.
  const agentComplaints = findHits(ctx, signal(ctx.compiled, 'agentComplaint')).filter(
    (h) => (h.source.author === 'customer' || reportedInNote(h)) && !aboutStoreStaff(h),
  );
  const hits = [...agentComplaints, ...refusals];
  if (!hits.length) return null;
  return {
    evidence: toEvidence(hits, ctx.ticket),
    because: agentComplaints.length
      ? `complains about an agent: "${asWritten(agentComplaints[0]!, ctx.ticket)}"`
      : `refused the resolution: "${asWritten(hits[0]!, ctx.ticket)}"`,
  };
};

// ---------------------------------------------------------------------------------------------
// Adverse reaction with medical treatment

const medicalTreatment: Detector = (ctx, trigger) => {
  const reaction = signal(ctx.compiled, 'reaction');
  const treatment = signal(ctx.compiled, 'medicalTreatment');
  // One message, or a chat customer's lines in a row: "my bloodwork came back weird" / "my doctor
  // saw my liver numbers up and told me to stop".
  for (const run of runsOf(ctx.texts)) {
    const reactions = findHits(ctx, reaction, { only: run });
    if (!reactions.length) continue;
    const treatments = findHits(ctx, treatment, { only: run, exceptions: trigger.exceptions });
    if (reactions.length && treatments.length)
      return {
        evidence: toEvidence([reactions[0]!, treatments[0]!], ctx.ticket),
        because: 'an adverse reaction for which medical treatment was sought',
      };
  }
  return null;
};

// ---------------------------------------------------------------------------------------------
// Severe quality complaints (002): "highly irate over the quality of the product".

/**
 * The trigger's phrases, or anger and a quality complaint in the same message: a note says "very
 * angry (raised voice)" in one place and "the flavours taste chemical" in another.
 */
const severeQuality: Detector = (ctx, trigger) => {
  const found = byPhrases(ctx, trigger);
  if (found) return found;
  const irate = signal(ctx.compiled, 'irate');
  const complaint = signal(ctx.compiled, 'qualityComplaint');
  // One message, or a chat customer's lines in a row ("THEY ARE MELTED INTO ONE BLOB" / "honestly
  // unacceptable"): anger and the quality complaint may sit on different lines.
  for (const run of runsOf(ctx.texts)) {
    const anger = findHits(ctx, irate, { only: run });
    if (!anger.length) continue;
    const quality = findHits(ctx, complaint, { only: run });
    if (quality.length)
      return {
        evidence: toEvidence([anger[0]!, quality[0]!], ctx.ticket),
        because: 'highly irate about the quality of the product',
      };
  }
  return null;
};

// ---------------------------------------------------------------------------------------------
// Medical escalation (001): a physician asked for, or the medically safe answer not accepted.

/**
 * A reply that keeps asking or pushes back after the safe answer: a question, a demand for a
 * straight answer, the doctor unreachable or unaffordable, "you keep saying".
 */
const KEEPS_ASKING =
  /\?|\b(?:yes or no|answer (?:the|my) question|a (?:straight|real|clear|proper|definite|actual) answer|tell me (?:if|whether|yes|what|how)|escalate|someone (?:there|who|on your|at your)|nobody there|not helpful|unhelpful|cop[- ]?out|useless|ridiculous|unacceptable|i did,|i did and|already (?:asked|did|tried)|can'?t afford|booked (?:out|up)|co-?pay|you keep|keep saying|i'?m asking you|consulting you)\b/i;

/**
 * The customer's next message after an agent's medically safe answer ("please check with your
 * doctor") that does not take it: they keep asking or push back. The agent's words are read only
 * to see that the safe answer was given.
 */
function safeAnswerNotTaken(ctx: EvaluationContext): Hit | null {
  const safeAnswer = signal(ctx.compiled, 'safeMedicalAnswer');
  const accepts = signal(ctx.compiled, 'acceptsResolution');
  for (const source of ctx.texts) {
    if (source.author !== 'customer') continue;
    const before = agentJustBefore(ctx, source);
    if (!before || !safeAnswer.test(before.body, 0, before.body.length)) continue;
    const own = source.text.slice(0, source.end);
    if (TAKES_ANSWER.test(own) || accepts.test(source.text, 0, source.end)) continue;
    const pushback = KEEPS_ASKING.exec(own);
    if (pushback) return { start: 0, end: source.end, text: own, source };
  }
  return null;
}

/** A reply that takes the answer: opens by saying so ("fair enough"), or will ask the doctor. */
const TAKES_ANSWER =
  /^\W*(?:k|ok|okay|great|thanks|thank you|thx|perfect|cool|of course|sure|fair enough|makes sense|that makes sense|got it|understood|will do|sounds good|no problem)\b|\b(?:i'?ll|i will|i'?m going to|going to) (?:ask|check with|talk to|speak to|bring it to|run it by|see|call)\b/i;

const medicalAnswer: Detector = (ctx, trigger) => {
  const found = byPhrases(ctx, trigger);
  if (found) return found;
  const reply = safeAnswerNotTaken(ctx);
  if (!reply) return null;
  return {
    evidence: toEvidence([reply], ctx.ticket),
    because: 'did not accept the medically safe answer given',
  };
};

export const DETECTORS: Record<CompiledTrigger['rule']['detector'], Detector> = {
  phrases: byPhrases,
  profanity: abusive,
  refund_threshold: refundThreshold,
  dnr,
  repeat_refunds: repeatRefunds,
  subscription_refunds: subscriptionRefunds,
  supervisor,
  bank_gateway: bankGateway,
  unresolved,
  severe_quality: severeQuality,
  medical_treatment: medicalTreatment,
  medical_answer: medicalAnswer,
};

export type { ReadText };
