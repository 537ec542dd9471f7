/**
 * What every detector reads: the customer's and notes' own words (quoted history cut off,
 * normalized without moving offsets), the facts, the time, and the compiled policy.
 */
import type { Evidence, NormalizedTicket, TicketFacts } from '../contract';
import { normalize, ownTextLength } from '../text';
import type { CompiledPolicy } from './compiled';
import type { Matcher, Span } from './matcher';
import { isNegatedOrHypothetical, sentenceAround } from '../text';

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

/** Customer messages and internal notes, never agent replies; quoted history removed. */
export function readTexts(ticket: NormalizedTicket): ReadText[] {
  const texts: ReadText[] = [];
  let agentReplied = false;
  ticket.messages.forEach((message, order) => {
    if (message.author === 'agent') {
      agentReplied = true;
      return;
    }
    const text = normalize(message.body);
    texts.push({
      messageId: message.id,
      author: message.author,
      order,
      text,
      end: ownTextLength(text),
      afterAgentReply: agentReplied,
    });
  });
  return texts;
}

export interface Hit extends Span {
  source: ReadText;
}

/** Matches in every read text; negated or hypothetical ones dropped unless `keepNegated`. */
export function findHits(
  ctx: EvaluationContext,
  matcher: Matcher,
  options: { keepNegated?: boolean; exceptions?: Matcher; only?: ReadText[] } = {},
): Hit[] {
  const hits: Hit[] = [];
  for (const source of options.only ?? ctx.texts) {
    for (const span of matcher.all(source.text, 0, source.end)) {
      if (!options.keepNegated && isNegatedOrHypothetical(source.text, span.start)) continue;
      if (options.exceptions && !options.exceptions.empty) {
        const [from, to] = sentenceAround(source.text, span.start, span.end);
        if (options.exceptions.test(source.text, from, Math.min(to, source.end))) continue;
      }
      hits.push({ ...span, source });
    }
  }
  return hits;
}

export function toEvidence(hits: readonly Hit[], ticket: NormalizedTicket): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const hit of hits) {
    const key = `${hit.source.messageId}:${hit.start}:${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const body = ticket.messages[hit.source.order]?.body ?? hit.source.text;
    evidence.push({
      messageId: hit.source.messageId,
      start: hit.start,
      end: hit.end,
      text: body.slice(hit.start, hit.end),
    });
  }
  return evidence.slice(0, 5);
}
