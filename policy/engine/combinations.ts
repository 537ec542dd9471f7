/**
 * Combinations: a trigger's phrase lists that mean it together, close to each other in what one
 * author wrote. "My brother practices consumer law. He will be drafting a letter." names a legal
 * actor in one sentence and what he will do in the next; "refund it or Visa gets involved" names
 * the card issuer and the consequence with words no single phrase lists in that order.
 *
 * Closeness is counted in sentences. A run of consecutive messages by one author with no reply
 * between them (a chat customer typing line after line) reads as one text, each message ending a
 * sentence, so "my cousin is a lawyer" / "he said to send you a letter" count as two sentences.
 */
import { clauseStart, endsSentenceAt, isWordCode, withoutNoChoice } from '../text';
import type { CompiledCombination } from './compiled';
import { findHits, type EvaluationContext, type Hit, type ReadText } from './context';
import type { Matcher } from './matcher';

/** Consecutive texts by one author, nobody else writing between them. */
export function runsOf(texts: readonly ReadText[]): ReadText[][] {
  const runs: ReadText[][] = [];
  let run: ReadText[] = [];
  for (const text of texts) {
    const last = run[run.length - 1];
    if (last && (text.author !== last.author || text.order !== last.order + 1)) {
      runs.push(run);
      run = [];
    }
    run.push(text);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Offsets just after each sentence end in the author's own text, ascending. A run of ends with no
 * word between them is one end: 'see you go!").' closes one sentence, not three.
 */
function sentenceEnds(source: ReadText): number[] {
  const ends: number[] = [];
  const { text, end } = source;
  let wordSince = false;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (endsSentenceAt(text, i)) {
      if (wordSince) ends.push(i + 1);
      wordSince = false;
    } else if (!wordSince && isWordCode(code)) wordSince = true;
  }
  return ends;
}

/** How many sentence ends come at or before `offset` (binary search). */
function sentencesBefore(ends: readonly number[], offset: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A negation in the clause before a part's match: "I don't have a lawyer", "without my bank".
 * The parts before the last name who acts; only a negation undoes them. A condition does not:
 * "if this isn't fixed, Amex will be hearing from me" names the issuer inside a threat, and the
 * last part (what will be done) is read with the trigger's full negation and hypothetical rules.
 */
const NEGATED_LEAD =
  /\b(?:not|never|no|without|nor|neither|don'?t|doesn'?t|didn'?t|won'?t|isn'?t|aren'?t|wasn'?t)\b|n't\b/i;

function negatedActor(hit: Hit): boolean {
  const { text } = hit.source;
  return NEGATED_LEAD.test(
    withoutNoChoice(text.slice(clauseStart(text, hit.start, 40), hit.start)),
  );
}

interface Placed {
  hit: Hit;
  /** The sentence's number within the run. */
  sentence: number;
}

/**
 * The first window of `within` sentences holding a hit of every part, as one hit per part (the
 * earliest in the window); null when there is none.
 */
function firstWindow(parts: readonly Placed[][], within: number): Hit[] | null {
  const starts = [...new Set(parts.flat().map((p) => p.sentence))].sort((a, b) => a - b);
  for (const first of starts) {
    const last = first + within - 1;
    const chosen: Hit[] = [];
    for (const placed of parts) {
      const inWindow = placed.find((p) => p.sentence >= first && p.sentence <= last);
      if (!inWindow) break;
      chosen.push(inWindow.hit);
    }
    if (chosen.length === parts.length)
      return chosen.sort((a, b) => a.source.order - b.source.order || a.start - b.start);
  }
  return null;
}

/** One combination in one run of texts. */
function inRun(
  ctx: EvaluationContext,
  combination: CompiledCombination,
  run: ReadText[],
  keep: (hit: Hit) => boolean,
  exceptions: Matcher,
): Hit[] | null {
  const lastPart = combination.parts.length - 1;
  const partHits: Hit[][] = [];
  for (const [i, part] of combination.parts.entries()) {
    const kept = i === lastPart ? keep : (hit: Hit) => !negatedActor(hit);
    const hits = findHits(ctx, part, { keepNegated: true, exceptions, only: run, keep: kept });
    if (!hits.length) return null;
    partHits.push(hits);
  }
  // Every part matched somewhere in the run: only now are its sentences counted.
  const firstSentence = new Map<ReadText, { first: number; ends: number[] }>();
  let sentences = 0;
  for (const source of run) {
    const ends = sentenceEnds(source);
    firstSentence.set(source, { first: sentences, ends });
    // A message ends a sentence even without a full stop.
    sentences += ends.length + 1;
  }
  const placed = partHits.map((hits) =>
    hits.map((hit): Placed => {
      const { first, ends } = firstSentence.get(hit.source)!;
      return { hit, sentence: first + sentencesBefore(ends, hit.start) };
    }),
  );
  return firstWindow(placed, combination.within);
}

/**
 * The hits of the trigger's first combination that holds anywhere, with the combination's
 * reason. The last part's hits are kept by `keep` (the trigger's own negation and hypothetical
 * reading), the others unless negated.
 */
export function combinationHits(
  ctx: EvaluationContext,
  combinations: readonly CompiledCombination[],
  exceptions: Matcher,
  keep: (hit: Hit) => boolean,
): { hits: Hit[]; why: string } | null {
  if (!combinations.length) return null;
  const runs = runsOf(ctx.texts);
  for (const combination of combinations)
    for (const run of runs) {
      const hits = inRun(ctx, combination, run, keep, exceptions);
      if (hits) return { hits, why: combination.why };
    }
  return null;
}
