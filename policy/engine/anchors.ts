/**
 * An exact prefilter for phrase matchers. Most of the engine's ~360 phrases cannot match a given
 * message at all: "chargeback" is not in it, nor any word starting with "dispute". Instead of
 * scanning every message with every phrase, each phrase is given anchors, words the text must
 * contain for the phrase to match, and a text is read once into the set of anchors it holds. A
 * phrase with an absent anchor is left out of the scan: it could not have matched.
 *
 * Why that is exact: a compiled phrase puts each of its tokens between characters that are not
 * ASCII letters or digits (its lookarounds, or a separator `[^a-z0-9$']+`), and a case-insensitive
 * regex without the `u` flag matches an ASCII letter only with an ASCII letter (one of two cases).
 * So where a phrase requires the word `bank`, the text has a maximal run of ASCII letters and
 * digits equal to "bank" ignoring ASCII case; where it requires `dispute*`, a run starting with
 * "dispute". Only tokens that every match must contain give anchors: optional tokens and gaps do
 * not, a group gives the union of one anchor per alternative, and a part of a word that could be
 * glued to its neighbour (by an optional apostrophe: `don't` also matches "dont") gives only its
 * certain prefix. Anything not understood gives none, and a phrase without anchors is scanned on
 * every text.
 */
import { TextMemo } from '../memo';
import { NUMBER_WORDS, SHORT_FORMS, splitAlternatives, tokenize } from '../phrases';

/** One requirement of a phrase: the text holds one of these words, or a word with one of these stems. */
export interface Anchor {
  words: string[];
  stems: string[];
}

/** Words too common to tell texts apart; a phrase prefers any other word as its anchor. */
const COMMON = new Set(
  'i a an the to my me you your it is be and or of for in on at this that was have with not no do'.split(
    ' ',
  ),
);

/** A lower-case ASCII letter or a digit (phrases are lower-cased before they are read). */
function isAlnum(char: string | undefined): boolean {
  if (char === undefined || char.length !== 1) return false;
  const code = char.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** How well an anchor tells texts apart: its shortest alternative's length, common words last. */
function selectivity(anchor: Anchor): number {
  const all = [...anchor.words, ...anchor.stems];
  const shortest = Math.min(...all.map((w) => (COMMON.has(w) ? 0 : w.length)));
  return shortest * 100 - all.length;
}

function mostSelective(anchors: Anchor[]): Anchor | null {
  let best: Anchor | null = null;
  for (const anchor of anchors) if (!best || selectivity(anchor) > selectivity(best)) best = anchor;
  return best;
}

const DIGIT_STEMS = '0123456789'.split('');

/**
 * `{amount}` always holds a digit starting a run ("$ 250", "250 dollars"); `{n}` is a run of
 * digits or one of the number words (of "a couple of", "couple" is a whole word).
 */
const PLACEHOLDERS = new Map<string, Anchor>([
  ['{amount}', { words: [], stems: DIGIT_STEMS }],
  [
    '{n}',
    {
      words: NUMBER_WORDS.split('|').map((alternative) =>
        alternative.split(' ').reduce((a, b) => (COMMON.has(a) || b.length > a.length ? b : a)),
      ),
      stems: DIGIT_STEMS,
    },
  ],
]);

/**
 * Mirrors `compileWord`. A literal word's letters and digits are matched as written and any other
 * character literally, except that a non-stem word's apostrophes are optional. So a run of letters
 * and digits in the word with a hard boundary on each side (the word's ends, or a character like
 * `-`, `.`, `$`) is a whole run in the text: "knock-off" needs "knock" and "off". A run at the end
 * of a stem (`back-order*`) is only the start of one, as is a run followed by an optional
 * apostrophe (`don't` matches "don't" and "dont": a run starting with "don"). A run after an
 * optional apostrophe could be glued to the one before it, so it gives nothing.
 */
function wordAnchors(word: string): Anchor[] {
  // A Map, not an object: a word like "constructor" must not find Object's own properties.
  const placeholder = PLACEHOLDERS.get(word);
  if (placeholder) return [placeholder];
  if (/[{}~|()]/.test(word)) return [];
  const short = SHORT_FORMS.get(word);
  if (short) {
    // The word or one of its short forms: one anchor holding every form.
    const base = mostSelective(literalAnchors(word));
    return base ? [{ words: [...new Set([...base.words, ...short])], stems: base.stems }] : [];
  }
  return literalAnchors(word);
}

/** The anchors of a literal word or a stem as written (no short forms). */
function literalAnchors(word: string): Anchor[] {
  const isStem = word.endsWith('*');
  const body = isStem ? word.slice(0, -1) : word;
  if (!body || body.includes('*')) return [];
  const softApostrophe = !isStem;
  const anchors: Anchor[] = [];
  for (let start = 0; start < body.length;) {
    if (!isAlnum(body[start])) {
      start++;
      continue;
    }
    let end = start;
    while (isAlnum(body[end])) end++;
    let before = start - 1;
    while (softApostrophe && body[before] === "'") before--;
    let after = end;
    while (softApostrophe && body[after] === "'") after++;
    const startsRun = before < 0 || !isAlnum(body[before]);
    const endsRun = after >= body.length ? !isStem : !isAlnum(body[after]);
    const run = body.slice(start, end);
    if (startsRun)
      anchors.push(endsRun ? { words: [run], stems: [] } : { words: [], stems: [run] });
    start = end;
  }
  return anchors;
}

/** Mirrors `compileToken`: optional tokens and gaps are never required, so they give none. */
function tokenAnchors(raw: string): Anchor[] {
  if (/^~\d?$/.test(raw)) return [];
  if (raw.endsWith('?') && raw.length > 1) return [];
  if (!raw.startsWith('(')) return wordAnchors(raw);
  if (!raw.endsWith(')')) return [];
  const perAlternative = splitAlternatives(raw.slice(1, -1)).map((alternative) =>
    mostSelective(sequenceAnchors(alternative)),
  );
  if (perAlternative.some((a) => a === null)) return [];
  return [
    {
      words: [...new Set(perAlternative.flatMap((a) => a!.words))],
      stems: [...new Set(perAlternative.flatMap((a) => a!.stems))],
    },
  ];
}

/** Every required token of a sequence must be present, so all their anchors hold. */
function sequenceAnchors(sequence: string): Anchor[] {
  return tokenize(sequence).flatMap(tokenAnchors);
}

/**
 * The anchors of a phrase as `compilePhrase` compiles it (lower-cased first), most selective
 * first, each of which a text must hold for the phrase to match; null if none is certain.
 */
export function phraseAnchors(phrase: string): Anchor[] | null {
  let anchors: Anchor[];
  try {
    anchors = sequenceAnchors(phrase.toLowerCase());
  } catch {
    return null;
  }
  if (!anchors.length) return null;
  const ranked = anchors.map((anchor) => ({ anchor, rank: selectivity(anchor) }));
  // Stable, as sorting the anchors by their selectivity directly would be.
  return ranked.sort((a, b) => b.rank - a.rank).map((r) => r.anchor);
}

/** ASCII letters (either case) and digits to 0..35; everything else to -1. */
const SYMBOLS = 36;
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = c;
  SYMBOL[65 + c] = c;
}
for (let d = 0; d < 10; d++) SYMBOL[48 + d] = 26 + d;

function symbolAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? SYMBOL[code]! : -1;
}

interface Trie {
  /** next[node * 36 + symbol]: the child node, or 0 (the root is nobody's child). */
  next: Int32Array;
  /** Key id of the word ending at this node, or -1. */
  word: Int32Array;
  /** Key id of the stem ending at this node, or -1. */
  stem: Int32Array;
  /** Postings of key k: postings[offsets[k] .. offsets[k + 1]), the phrases it is a first anchor of. */
  offsets: Int32Array;
  postings: Int32Array;
}

const CACHED_TEXTS = 2048;
/** Anchors kept per phrase (its most selective ones). */
const MAX_ANCHORS = 3;

/** Scratch arrays of an index, sized once per policy (typed arrays are costly to make). */
interface Scratch {
  /** Per phrase: already looked at for the text being read (zero between reads). */
  touched: Uint8Array;
  /** Per key: present in the text being read (zero between reads). */
  present: Uint8Array;
}

/**
 * What one text holds: the phrases all of whose anchors it has, by id, ascending. A list's
 * phrases have consecutive ids (see `addPhrase`), so what a list holds is a range of this array.
 * One answer per text read, so switching between the messages of a ticket (every matcher reads
 * every message) costs nothing.
 */
export class HeldPhrases {
  constructor(readonly ids: readonly number[]) {}

  /** The index of the first held id at or after `phrase`. */
  lowerBound(phrase: number): number {
    const ids = this.ids;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ids[mid]! < phrase) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

const NOTHING_HELD = new HeldPhrases([]);

/** Insertion sort, in place: the held phrases of a text are few and mostly in order already. */
function sortAscending(ids: number[]): number[] {
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i]!;
    let j = i - 1;
    while (j >= 0 && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = id;
  }
  return ids;
}

/**
 * The anchors of one compiled policy: every word and stem its phrases need, numbered, in a trie
 * walked once per text. A text is read once into what it holds (the phrases all of whose anchors
 * it has), remembered for the last texts seen (keyed by the text itself, so it cannot go stale),
 * as the panel re-evaluates the same messages and every matcher reads every message.
 */
export class AnchorIndex {
  private readonly keys = new Map<string, number>();
  /**
   * Per key id, the phrases whose first (most selective) anchor it is one of. Only those are
   * looked at when a text holds the key: a text holding a common word ("my") does not touch every
   * phrase that also needs it.
   */
  private readonly keyPostings: number[][] = [];
  /** Per phrase: its list, and the key ids of each of its other anchors (one of each must hold). */
  private readonly phraseList: number[] = [];
  private readonly phraseRest: number[][][] = [];
  private lists = 0;
  private trie: Trie | null = null;
  private scratch: Scratch | null = null;
  /** Per text read (whole), what it holds; the oldest forgotten first. */
  private readonly seen = new TextMemo<HeldPhrases>(CACHED_TEXTS);
  private lastText: string | null = null;
  private lastHeld = NOTHING_HELD;

  /** A new list of phrases; its id. */
  addList(): number {
    this.invalidate();
    return this.lists++;
  }

  /**
   * Registers a phrase of the newest list with its anchors (most selective first); its phrase id.
   * Ids are given in order, so a list's phrases are a range of ids.
   */
  addPhrase(list: number, anchors: readonly Anchor[]): number {
    if (list !== this.lists - 1) throw new Error('phrases are added to the newest list only');
    this.invalidate();
    const phrase = this.phraseList.length;
    const [first, ...rest] = anchors.slice(0, MAX_ANCHORS).map((anchor) => this.keyIds(anchor));
    for (const id of first!) this.keyPostings[id]!.push(phrase);
    this.phraseList.push(list);
    this.phraseRest.push(rest);
    return phrase;
  }

  /** The key ids of an anchor's words and stems, numbered on first sight. */
  private keyIds(anchor: Anchor): number[] {
    const keys = new Set([
      ...anchor.words.map((w) => `w${w}`),
      ...anchor.stems.map((s) => `s${s}`),
    ]);
    return [...keys].map((key) => {
      let id = this.keys.get(key);
      if (id === undefined) {
        id = this.keys.size;
        this.keys.set(key, id);
        this.keyPostings.push([]);
      }
      return id;
    });
  }

  private invalidate(): void {
    this.trie = null;
    this.scratch = null;
    this.seen.clear();
    this.lastText = null;
  }

  private build(): Trie {
    let size = 1;
    const next: number[] = new Array(SYMBOLS).fill(0);
    const word: number[] = [-1];
    const stem: number[] = [-1];
    for (const [key, id] of this.keys) {
      let node = 0;
      for (let i = 1; i < key.length; i++) {
        const slot = node * SYMBOLS + symbolAt(key, i);
        if (!next[slot]) {
          next[slot] = size++;
          for (let s = 0; s < SYMBOLS; s++) next.push(0);
          word.push(-1);
          stem.push(-1);
        }
        node = next[slot]!;
      }
      (key[0] === 'w' ? word : stem)[node] = id;
    }
    const offsets = new Int32Array(this.keyPostings.length + 1);
    this.keyPostings.forEach((p, k) => (offsets[k + 1] = offsets[k]! + p.length));
    const phrases = this.phraseList.length;
    this.scratch = { touched: new Uint8Array(phrases), present: new Uint8Array(this.keys.size) };
    return {
      next: Int32Array.from(next),
      word: Int32Array.from(word),
      stem: Int32Array.from(stem),
      offsets,
      postings: Int32Array.from(this.keyPostings.flat()),
    };
  }

  /** The ids of the keys text[from, to) holds, each run of letters and digits clipped to it. */
  private mark(trie: Trie, text: string, from: number, to: number): number[] {
    const { next, word, stem } = trie;
    const found: number[] = [];
    let node = -1; // -1: between runs, or in a run no key starts
    let inRun = false;
    for (let i = from; i < to; i++) {
      const symbol = symbolAt(text, i);
      if (symbol < 0) {
        if (node > 0 && word[node]! >= 0) found.push(word[node]!);
        inRun = false;
        node = -1;
        continue;
      }
      if (!inRun) {
        inRun = true;
        node = 0;
      }
      if (node < 0) continue;
      node = next[node * SYMBOLS + symbol]! || -1;
      if (node > 0 && stem[node]! >= 0) found.push(stem[node]!);
    }
    if (node > 0 && word[node]! >= 0) found.push(word[node]!);
    return found;
  }

  /** What text[from, to) holds: the phrases all of whose anchors it has. */
  private read(text: string, from: number, to: number): HeldPhrases {
    const trie = (this.trie ??= this.build());
    const { touched, present } = this.scratch!;
    // Each key once: a word a text repeats ("my", "refund") would walk its postings again.
    const found: number[] = [];
    for (const key of this.mark(trie, text, from, to)) {
      if (present[key]) continue;
      present[key] = 1;
      found.push(key);
    }
    const looked: number[] = [];
    const held: number[] = [];
    for (const key of found) {
      for (let p = trie.offsets[key]!; p < trie.offsets[key + 1]!; p++) {
        const phrase = trie.postings[p]!;
        if (touched[phrase]) continue;
        touched[phrase] = 1;
        looked.push(phrase);
        if (this.holdsRest(phrase, present)) held.push(phrase);
      }
    }
    for (const phrase of looked) touched[phrase] = 0;
    for (const key of found) present[key] = 0;
    return held.length ? new HeldPhrases(sortAscending(held)) : NOTHING_HELD;
  }

  /** Whether each of a phrase's other anchors has one of its keys present. */
  private holdsRest(phrase: number, present: Uint8Array): boolean {
    const rest = this.phraseRest[phrase]!;
    for (let a = 0; a < rest.length; a++) {
      const anchor = rest[a]!;
      let k = 0;
      while (k < anchor.length && !present[anchor[k]!]) k++;
      if (k === anchor.length) return false;
    }
    return true;
  }

  /** A slice that cuts a run of letters and digits holds a clipped word the whole text lacks. */
  private cutsRun(text: string, from: number, to: number): boolean {
    return (
      (from > 0 && symbolAt(text, from - 1) >= 0 && symbolAt(text, from) >= 0) ||
      (to < text.length && symbolAt(text, to - 1) >= 0 && symbolAt(text, to) >= 0)
    );
  }

  /**
   * What text[from, to) holds. Reading more than the slice is safe (it only skips less), so a
   * slice that keeps every run whole is answered for the whole text, remembered.
   */
  select(text: string, from: number, to: number): HeldPhrases {
    if (this.cutsRun(text, from, to)) return this.read(text, from, to);
    // The same text as last time (the same string, mostly): no lookup.
    if (text === this.lastText) return this.lastHeld;
    let held = this.seen.get(text);
    if (!held) {
      held = this.read(text, 0, text.length);
      this.seen.set(text, held);
    }
    this.lastText = text;
    this.lastHeld = held;
    return held;
  }
}
