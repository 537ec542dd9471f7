/**
 * Refunds already processed, counted in the sentence that says they were, in the forms the
 * policy's `priorRefundsNote` phrases leave out: other words for a refund ("reimbursed", "credited
 * back", "gave me my money back"), the refunds listed by month or date ("refunded Feb, May, Jul,
 * Oct", "credits back issued in March, June and September"), by order number ("#44010, #44388,
 * #44901") or counted with what they were for ("three reimbursements this quarter", "refunded for
 * three bundles", "the 3 before it", "3x before"), and the next one numbered ("money back number
 * four", "reimbursement #4", "the 4th"). Pure text reading, no judgment: the detector decides
 * whether it is enough, and whether another is asked for.
 */
import { COUNT_DIGITS } from '../phrases';
import { parseCount, remembered, sentenceAround } from '../text';
import { MONTH as MONTH_NAME } from './months';

const COUNT = String.raw`(?:${COUNT_DIGITS}|two|three|four|five|six|seven|eight|nine|ten)`;
/** A month, with its day when one follows ("Jul 2", "Aug 19th"). */
const MONTH = String.raw`\b${MONTH_NAME}\b\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?`;
/** Two or more months (or dates) in a list: "Feb, May, Jul, Oct", "Jul 2, Aug 19 and Oct 30". */
const MONTH_LIST = new RegExp(
  String.raw`${MONTH}(?:\s*(?:,|and|&|\/)\s*(?:and\s+)?${MONTH})+`,
  'gi',
);
const MONTH_ONE = new RegExp(MONTH, 'gi');

/** A refund made, in any words; a plain "refund" is left to the phrases (it is mostly asked for). */
const PROCESSED = new RegExp(
  [
    String.raw`\b(?:refunded|reimbursed|credited(?: back)?|refunds|reimbursements|credits(?: back)?|paid (?:me|us|her|him|them) back)\b`,
    String.raw`\b(?:gave|given|giving|got|gotten|received|had|returned)\b[^.!?]{0,20}?\b(?:money back|refund|reimbursement|credit)\b`,
    String.raw`\b(?:reimbursement|refund|money back|credit)s? (?:request )?(?:number|#|no\.?)\s*(?:${COUNT_DIGITS}|four|five|six|seven|eight)\b`,
    String.raw`\b(?:4th|5th|6th|fourth|fifth|sixth) (?:\w+ )?(?:refund|reimbursement|credit|money back)`,
    String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:refund|reimbursement|credit) (?:was|has been|got|is) (?:processed|issued|approved|done)\b`,
    String.raw`\b(?:previous|prior|earlier|other) (?:${COUNT}) (?:were |have been |all )?(?:processed|approved|issued|refunded|reimbursed|credited)\b`,
    String.raw`\b(?:reimbursements|refunds|credits)\s*[:=]\s*(?:${COUNT})\b`,
    // The refunds done before, by month: "send my money back same as Sept, Oct and Nov".
    String.raw`\b(?:same as|just like|like|as with|as in)\s+(?:in\s+)?(?=${MONTH}\s*(?:,|and))`,
    // The money sent back in other words (probes-l): "you reversed the charge for me", "put money
    // back on my card", "sending my money back", "sent me back my money", "ended in a refund",
    // "three payouts", "money return 3 times".
    String.raw`\breversed\b|\bpayouts?\b|\bmoney\s+(?:going\s+)?(?:back|return(?:ed)?)\b|\bended\s+(?:in|with)\s+(?:a\s+)?refunds?\b`,
    String.raw`\b(?:put|putting|sent|sending|send|gave|given|paid)\s+(?:me\s+)?(?:back\s+)?(?:my\s+|the\s+)?money\b`,
  ].join('|'),
  'gi',
);
/** The next refund numbered is asked for, not made: "requests reimbursement #4" says 3 were. */
const NUMBERED_ASK = new RegExp(
  String.raw`\b(?:reimbursement|refund|money back|credit)s? (?:request )?(?:number|#|no\.?)|\b(?:4th|5th|6th|fourth|fifth|sixth) (?:\w+ )?(?:refund|reimbursement|credit|money back)`,
  'i',
);

/** Asked for, not made: "I want refunds for March, June and September". */
const ASKED_FOR =
  /\b(?:want|wants|need|needs|like|asking for|ask for|request|requesting|could i get|can i get|please)\b[^.!?]{0,15}$/i;

/** Never made: "asked for three refunds, none processed". */
const NOT_MADE =
  /\b(?:never|none|not|didn'?t|did not|wasn'?t|weren'?t|haven'?t|hasn'?t)\b[^.!?]{0,30}?\b(?:processed|issued|received|gone through|went through|came through|paid|refunded|arrived|reimbursed|credited|shown up|show up|showed up|posted|landed|cleared|hit)\b|\bhow many\b|\bif\b|\b(?:asked|asking|requested|begged|emailed|called|written|wrote|messaged|contacted)\b[^.!?]{0,30}\b(?:times|occasions)\b|\bfirst\s+(?:time|refund)\b/i;

/** Two or more order numbers in a list: "#44010, #44388, #44901". */
const ORDER_LIST = /#\s?[a-z]?-?\d{3,}(?:\s*(?:,|and|&)\s*(?:and\s+)?#\s?[a-z]?-?\d{3,})+/gi;
const ORDER_ONE = /#\s?[a-z]?-?\d{3,}/gi;

/**
 * A count of what was refunded, a few words from the refund: "three reimbursements", "refunded
 * for three bundles", "my last 4 orders", "three occasions", "the 3 before it", "3x", "(3 I think)".
 * Not a span of time, an amount or a quantity in one order ("3 days", "$3", "3 bottles").
 */
const COUNTED = new RegExp(
  String.raw`\b(${COUNT}|half a dozen|thrice)(?:x\b|(?<=thrice)\b|\s+(?:other\s+times|separate\s+occasions|(?:other\s+)?(?:deliveries|payouts)|(?:previous|prior|earlier|past|other|separate|different|processed|approved|full|times?|occasions|before|already|so far|reimbursements|refunds|credits|i think|i believe|(?:earlier|previous|prior|other|last|of (?:my|your|her|his|the))\s+(?:\w+\s+)?(?:orders|purchases|boxes|bundles|shipments|deliveries|programs|tickets))\b|(?:orders|purchases|bundles|boxes|shipments|programs)\b))`,
  'gi',
);
/** The next refund numbered: "number four", "#4", "the 4th", "fourth request". */
const NUMBERED =
  /(?:\bnumber|#|\bno\.?)\s*(4|5|6|7|8|four|five|six|seven|eight)\b|\b(?:(4|5|6|7|8)(?:th)|(fourth|fifth|sixth|seventh|eighth))\s+(?:\w+\s+)?(?:refund|reimbursement|credit|money back|request|time|one)\b/i;
/** A refund made, numbered: "third reimbursement was processed Nov 1" (three made). */
const NUMBERED_MADE =
  /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:refund|reimbursement|credit)\s+(?:was|has been|got|is)\s+(?:processed|issued|approved|done)\b/i;
const MADE_ORDINAL: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
/** Counted after the word: "prior reimbursements: 3". */
const COUNT_AFTER = new RegExp(
  String.raw`\b(?:reimbursements|refunds|credits|refunded|reimbursed)\s*[:=]\s*(${COUNT})\b|\bat least (${COUNT})\b|\brefunds? (?:one|1),\s*(?:two|2),?\s*and\s*(three|3)\b`,
  'i',
);
const ORDINAL: Record<string, number> = { fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8 };

/** How many refunds a sentence says were made: the largest count any reading gives, else 0. */
function countIn(sentence: string): number {
  let count = 0;
  for (const list of sentence.match(MONTH_LIST) ?? [])
    count = Math.max(count, list.match(MONTH_ONE)?.length ?? 0);
  for (const list of sentence.match(ORDER_LIST) ?? [])
    count = Math.max(count, list.match(ORDER_ONE)?.length ?? 0);
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(sentence); m; m = COUNTED.exec(sentence)) {
    const word = m[1]!.toLowerCase();
    const n = word === 'half a dozen' ? 6 : word === 'thrice' ? 3 : parseCount(word);
    if (n !== undefined && n <= 20) count = Math.max(count, n);
  }
  const made = NUMBERED_MADE.exec(sentence);
  if (made) {
    const word = made[1]!.toLowerCase();
    count = Math.max(count, MADE_ORDINAL[word] ?? Number.parseInt(word, 10));
  }
  const after = COUNT_AFTER.exec(sentence);
  if (after) count = Math.max(count, parseCount((after[1] ?? after[2] ?? after[3])!) ?? 0);
  const numbered = NUMBERED.exec(sentence);
  if (numbered) {
    const word = (numbered[1] ?? numbered[2] ?? numbered[3])!.toLowerCase();
    count = Math.max(count, (ORDINAL[word] ?? parseCount(word) ?? 1) - 1);
  }
  return count;
}

export interface PriorRefundsSaid {
  /** The words that say a refund was made. */
  start: number;
  end: number;
  count: number;
  /** The words number the next refund, so they ask for it too ("requests reimbursement #4"). */
  asks: boolean;
}

/** Any word for a refund, in the message. */
const REFUND_TALK = /\b(?:refund\w*|reimburs\w*|money back|credit(?:s|ed)?(?: back)?)\b/i;
/**
 * The refunds before this one counted without a refund word in the sentence, in a message that
 * talks of refunds: "That makes four", "this makes 5 total", "Three before this", "the 3 before it".
 */
const BEFORE_THIS = new RegExp(
  String.raw`\b(?:(?:that|this|which) makes (?:it )?(${COUNT})(?=\s+(?:total|now|in total|altogether|for me|but|and|so|lol|already)\b|[.,!?)]|$)|(?:the )?(${COUNT}) before (?:this|it|that)(?: one)?\b)`,
  'gi',
);

/**
 * Each sentence of `text` (up to `end`) that says refunds were made, with how many. Remembered
 * per text: the panel judges the same messages again on every fact change.
 */
export function priorRefundsSaid(text: string, end: number): readonly PriorRefundsSaid[] {
  return saidIn(end === text.length ? text : text.slice(0, end));
}

const saidIn = remembered(readPriorRefundsSaid, 512);

function readPriorRefundsSaid(own: string): PriorRefundsSaid[] {
  const found: PriorRefundsSaid[] = [];
  let lastSentence = -1;
  PROCESSED.lastIndex = 0;
  for (let m = PROCESSED.exec(own); m; m = PROCESSED.exec(own)) {
    const [from, to] = sentenceAround(own, m.index, m.index + m[0].length);
    if (from === lastSentence) continue;
    const lead = own.slice(Math.max(from, m.index - 30), m.index);
    const numbered = NUMBERED_ASK.test(m[0]);
    if (ASKED_FOR.test(lead) && !numbered) continue;
    const sentence = own.slice(from, to);
    if (NOT_MADE.test(sentence)) continue;
    const count = countIn(sentence);
    if (count === 0) continue;
    lastSentence = from;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      count,
      asks: numbered,
    });
  }
  if (!REFUND_TALK.test(own)) return found;
  BEFORE_THIS.lastIndex = 0;
  for (let m = BEFORE_THIS.exec(own); m; m = BEFORE_THIS.exec(own)) {
    // "makes four" counts this one too.
    const count = m[1] ? (parseCount(m[1]) ?? 1) - 1 : (parseCount(m[2]!) ?? 0);
    if (count > 0 && count <= 20)
      found.push({ start: m.index, end: m.index + m[0].length, count, asks: false });
  }
  return found;
}
