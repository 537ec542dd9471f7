/**
 * A compiled phrase list: one linear-time regex per list, built once per policy object.
 *
 * With an AnchorIndex, each phrase also has its own regex and its anchors (anchors.ts), and a
 * text is scanned only with the phrases whose anchors it holds. That finds exactly what the
 * list's regex finds: the list's regex is the alternation of its phrases, and an alternative that
 * matches nowhere in the text never takes part in any match, so leaving it out changes nothing.
 * When more than one phrase remains, their matches are merged as the alternation would choose
 * them: the leftmost match, and at equal positions the phrase listed first.
 */
import type { AnchorIndex } from './anchors';
import { TextMemo } from '../memo';
import { compiledPhrase } from './phrase-table';

export interface Span {
  start: number;
  end: number;
  text: string;
}

interface Alternative {
  /** This alternative alone, as a list of one regex. */
  only: readonly RegExp[];
  /** Its phrase id in the index; -1: no anchors, always scanned. */
  phrase: number;
}

const NONE: readonly RegExp[] = [];
const NONE_FOUND: readonly Span[] = [];
/** Texts whose matches a matcher remembers (a ticket's messages, and a few tickets more). */
const SCANNED_TEXTS = 256;

/**
 * The matches the alternation of `regexes` makes in `slice`, in order, as spans offset by
 * `offset` pushed onto `spans`; with no `spans`, only whether there is one. Empty matches are
 * stepped over, as the list's regex loop does.
 */
function scan(
  regexes: readonly RegExp[],
  slice: string,
  offset: number,
  spans: Span[] | null,
): boolean {
  let found = false;
  if (regexes.length === 1) {
    const regex = regexes[0]!;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      found = true;
      if (!spans) return true;
      spans.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    }
    return found;
  }
  // Each regex's next match at or after `at`: still its next one while it starts at or after `at`.
  const next: (RegExpExecArray | null)[] = regexes.map((regex) => {
    regex.lastIndex = 0;
    return regex.exec(slice);
  });
  for (;;) {
    let best = -1;
    for (let i = 0; i < next.length; i++) {
      const m = next[i];
      if (m && (best < 0 || m.index < next[best]!.index)) best = i;
    }
    if (best < 0) return found;
    const m = next[best]!;
    const empty = m[0].length === 0;
    const at = empty ? m.index + 1 : m.index + m[0].length;
    if (!empty) {
      found = true;
      if (!spans) return true;
      spans.push({ start: offset + m.index, end: offset + at, text: m[0] });
    }
    for (let i = 0; i < next.length; i++) {
      const stale = next[i];
      if (stale && stale.index < at) {
        const regex = regexes[i]!;
        regex.lastIndex = at;
        next[i] = at <= slice.length ? regex.exec(slice) : null;
      }
    }
  }
}

export class Matcher {
  private readonly regex: RegExp | null;
  private readonly whole: readonly RegExp[] = NONE;
  private readonly alternatives: Alternative[] = [];
  /** Alternatives without anchors, scanned on every text. */
  private readonly unanchored: number = 0;
  /** Its anchored phrases' ids in the index: [firstPhrase, endPhrase), in the list's order. */
  private readonly firstPhrase: number = 0;
  private readonly endPhrase: number = 0;
  /** The alternative of each anchored phrase, by id - firstPhrase. */
  private readonly anchoredAlternatives: Alternative[] = [];

  constructor(
    phrases: readonly string[],
    patterns: readonly string[] = [],
    private readonly index?: AnchorIndex,
  ) {
    const compiled = phrases.map(compiledPhrase);
    const sources = compiled.map((c) => c.source);
    const all = [...sources, ...patterns];
    this.regex = all.length ? new RegExp(all.join('|'), 'gi') : null;
    if (!this.regex) return;
    this.whole = [this.regex];
    if (!index) return;
    const list = index.addList();
    compiled.forEach(({ source, anchors }) => {
      const alternative: Alternative = {
        only: [new RegExp(source, 'gi')],
        phrase: anchors ? index.addPhrase(list, anchors) : -1,
      };
      this.alternatives.push(alternative);
      if (alternative.phrase >= 0) this.anchoredAlternatives.push(alternative);
    });
    if (this.anchoredAlternatives.length) {
      this.firstPhrase = this.anchoredAlternatives[0]!.phrase;
      this.endPhrase = this.firstPhrase + this.anchoredAlternatives.length;
    }
    // Raw patterns come last and are never skipped: one alternative, as in the list's regex.
    if (patterns.length)
      this.alternatives.push({ only: [new RegExp(patterns.join('|'), 'gi')], phrase: -1 });
    this.unanchored = this.alternatives.filter((a) => a.phrase < 0).length;
  }

  get empty(): boolean {
    return this.regex === null;
  }

  /** The regexes that can match in text[from, to), in the list's order (all: the list's regex). */
  private regexesFor(text: string, from: number, to: number): readonly RegExp[] {
    const index = this.index;
    if (!index) return this.whole;
    const held = index.select(text, from, to);
    const begin = held.lowerBound(this.firstPhrase);
    const anchored = held.lowerBound(this.endPhrase) - begin;
    const alternatives = this.alternatives;
    const candidates = anchored + this.unanchored;
    if (candidates === 0) return NONE;
    if (candidates === alternatives.length)
      return alternatives.length > 1 ? this.whole : alternatives[0]!.only;
    const ids = held.ids;
    if (candidates === 1 && anchored === 1)
      return this.anchoredAlternatives[ids[begin]! - this.firstPhrase]!.only;
    const regexes: RegExp[] = [];
    if (this.unanchored === 0) {
      // Only anchored phrases: the held ids, in order, are the list's candidates in order.
      const end = begin + anchored;
      for (let k = begin; k < end; k++)
        regexes.push(this.anchoredAlternatives[ids[k]! - this.firstPhrase]!.only[0]!);
      return regexes;
    }
    // Both in the list's order: walk the held ids beside the alternatives.
    let next = begin;
    for (const alternative of alternatives) {
      if (alternative.phrase >= 0) {
        if (ids[next] !== alternative.phrase) continue;
        next++;
      }
      regexes.push(alternative.only[0]!);
    }
    return regexes;
  }

  /**
   * The matches of texts read from their start, remembered by text: the panel judges the open
   * ticket again on every fact change, and each message's matches stay the same. Made only for
   * texts the anchors let through, so most matchers never fill it.
   */
  private scanned: TextMemo<{ to: number; spans: readonly Span[] }> | null = null;

  /** Every non-overlapping match in text[from, to); callers do not change the list. */
  all(text: string, from = 0, to = text.length): readonly Span[] {
    if (!this.regex || from >= to) return NONE_FOUND;
    const regexes = this.regexesFor(text, from, to);
    if (!regexes.length) return NONE_FOUND;
    if (from !== 0) return this.scanAll(regexes, text, from, to);
    this.scanned ??= new TextMemo(SCANNED_TEXTS);
    const known = this.scanned.get(text);
    if (known && known.to === to) return known.spans;
    const spans = this.scanAll(regexes, text, 0, to);
    this.scanned.set(text, { to, spans });
    return spans;
  }

  private scanAll(regexes: readonly RegExp[], text: string, from: number, to: number): Span[] {
    const spans: Span[] = [];
    scan(regexes, from === 0 && to === text.length ? text : text.slice(from, to), from, spans);
    return spans;
  }

  /** The last test of a text from its start, and its answer. */
  private lastTested: string | null = null;
  private lastTestedTo = -1;
  private lastTestedAnswer = false;

  /**
   * Whether all() would find anything; stops at the first match. A text tested from its start
   * again (detectors ask once per match they found in it) gets the last answer: without it, a
   * long message with many matches would be scanned once per match, in quadratic time.
   */
  test(text: string, from = 0, to = text.length): boolean {
    if (!this.regex || from >= to) return false;
    if (from === 0 && to === this.lastTestedTo && text === this.lastTested)
      return this.lastTestedAnswer;
    const answer = this.scanTest(text, from, to);
    if (from === 0) {
      this.lastTested = text;
      this.lastTestedTo = to;
      this.lastTestedAnswer = answer;
    }
    return answer;
  }

  private scanTest(text: string, from: number, to: number): boolean {
    const regexes = this.regexesFor(text, from, to);
    if (!regexes.length) return false;
    return scan(regexes, from === 0 && to === text.length ? text : text.slice(from, to), 0, null);
  }
}
