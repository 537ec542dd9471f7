/**
 * Profanity spans, by obscenity's English dataset (it handles obfuscated spellings), with an
 * exact fast path for the usual case of a text with no profanity at all.
 *
 * obscenity's `getAllMatches` transforms the text twice (confusables, leetspeak, case, repeated
 * letters), runs each of its ~120 term regexes over the result and checks a whitelist: about
 * 0.1 ms for a short message, the engine's costliest step. Every match it reports is a match of
 * one of those term regexes in the blacklist-transformed text. So the fast path transforms the
 * text with the very same transformer objects and tests ONE regex, the alternation of the same
 * term regexes: no match there means no term matches, and `getAllMatches` would return nothing.
 * Only a text where some term matches goes to `getAllMatches` for the real answer (whitelist
 * included). The property tests in test/unit/policy/profanity.test.ts hold the two equal.
 */
import {
  englishDataset,
  englishRecommendedTransformers,
  RegExpMatcher,
  type StatefulTransformer,
  type TransformerContainer,
} from 'obscenity';
import { remembered } from '../text';

export interface ProfanitySpan {
  start: number;
  end: number;
}

type Step = ((char: number) => number | undefined) | StatefulTransformer;

interface FastPath {
  /** Any term regex of the matcher, as one alternation. */
  anyTerm: RegExp;
  /** The transformers before the first stateful one, folded into one table for ASCII. */
  asciiTable: Int32Array;
  leading: ((char: number) => number | undefined)[];
  /** The remaining transformers, stateful ones as fresh instances (reset per text). */
  rest: Step[];
  stateful: StatefulTransformer[];
  /** When the rest is obscenity's duplicate collapser alone: its thresholds, to run it inline. */
  collapse: Collapse | null;
}

/** obscenity's CollapseDuplicatesTransformer's settings: a threshold per code point. */
interface Collapse {
  /** Thresholds of ASCII code points (a Map lookup per character costs more than the rest). */
  ascii: Int32Array;
  custom: Map<number, number>;
  defaultThreshold: number;
}

/** The settings of a duplicate collapser, if `step` has exactly that shape; else null. */
function collapseOf(step: Step): Collapse | null {
  if (typeof step === 'function') return null;
  // By its fields, not its class name (a minified build renames classes).
  const fields = step as unknown as Record<string, unknown>;
  const custom = fields.customThresholds;
  const defaultThreshold = fields.defaultThreshold;
  if (
    typeof fields.lastChar !== 'number' ||
    typeof fields.remaining !== 'number' ||
    typeof defaultThreshold !== 'number' ||
    !Number.isInteger(defaultThreshold) ||
    !(custom instanceof Map) ||
    ![...custom].every(([k, v]) => typeof k === 'number' && Number.isInteger(v))
  )
    return null;
  const thresholds = custom as Map<number, number>;
  const ascii = new Int32Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = thresholds.get(c) ?? defaultThreshold;
  return { ascii, custom: thresholds, defaultThreshold };
}

let matcher: RegExpMatcher | undefined;
let fastPath: FastPath | null | undefined;

function profanityMatcher(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

/** The transformed character, or undefined when the transformers drop it. */
function applyLeading(leading: FastPath['leading'], char: number | undefined): number | undefined {
  for (let i = 0; i < leading.length && char !== undefined; i++) char = leading[i]!(char);
  return char;
}

/**
 * Built from the matcher's own compiled term regexes (a field obscenity does not document): if
 * its shape is not the expected one, there is no fast path and every text goes to obscenity.
 */
function buildFastPath(): FastPath | null {
  const terms = (profanityMatcher() as unknown as { blacklistedTerms?: { regExp?: unknown }[] })
    .blacklistedTerms;
  if (!Array.isArray(terms) || terms.length === 0) return null;
  const regexes = terms.map((t) => t.regExp);
  if (!regexes.every((r): r is RegExp => r instanceof RegExp && r.flags === 'gs')) return null;
  // Back-references would change meaning once the terms are joined into one regex.
  if (regexes.some((r) => /\\[1-9]|\\k</.test(r.source))) return null;
  const anyTerm = new RegExp(regexes.map((r) => `(?:${r.source})`).join('|'), 's');

  const containers: readonly TransformerContainer[] =
    englishRecommendedTransformers.blacklistMatcherTransformers ?? [];
  const leading: FastPath['leading'] = [];
  const rest: Step[] = [];
  const stateful: StatefulTransformer[] = [];
  for (const container of containers) {
    if (container.type === 0 && rest.length === 0) leading.push(container.transform);
    else if (container.type === 0) rest.push(container.transform);
    else {
      const instance = container.factory();
      rest.push(instance);
      stateful.push(instance);
    }
  }
  const asciiTable = new Int32Array(128);
  for (let c = 0; c < 128; c++) {
    const mapped = applyLeading(leading, c);
    if (mapped !== undefined && !(Number.isInteger(mapped) && mapped >= 0 && mapped <= 0x10ffff))
      return null;
    asciiTable[c] = mapped ?? -1;
  }
  const collapse = rest.length === 1 ? collapseOf(rest[0]!) : null;
  return { anyTerm, asciiTable, leading, rest, stateful, collapse };
}

/** Output buffer for transform(), grown as needed (a transformed character is at most 2 units). */
let units = new Uint16Array(4096);

/**
 * The text as obscenity's blacklist transformers turn it (without its index map), or null when a
 * transformer returns something that is not a code point (obscenity would throw: let it).
 */
function transform(text: string, path: FastPath): string | null {
  const { asciiTable, leading, rest, stateful, collapse } = path;
  // The collapser's state, kept as CollapseDuplicatesTransformer keeps it (run inline).
  let lastChar = -1;
  let remaining = -1;
  for (const instance of stateful) instance.reset();
  if (units.length < text.length * 2) units = new Uint16Array(text.length * 2);
  let n = 0;
  let invalid = false;
  for (let i = 0; i < text.length; i++) {
    let char: number | undefined = text.charCodeAt(i);
    // Code points as obscenity's CharacterIterator reads them: surrogate pairs joined.
    if (char >= 0xd800 && char <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        char = (char - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        i++;
      }
    }
    if (char < 128) {
      const mapped = asciiTable[char]!;
      char = mapped < 0 ? undefined : mapped;
    } else char = applyLeading(leading, char);
    if (collapse) {
      if (char === undefined) continue;
      if (char === lastChar) {
        if (!(remaining-- > 0)) continue;
      } else {
        const threshold =
          char < 128
            ? collapse.ascii[char]!
            : (collapse.custom.get(char) ?? collapse.defaultThreshold);
        remaining = threshold - 1;
        lastChar = char;
        if (!(threshold > 0)) continue;
      }
    } else
      for (let k = 0; k < rest.length && char !== undefined; k++) {
        const step = rest[k]!;
        char = typeof step === 'function' ? step(char) : step.transform(char);
      }
    if (char === undefined) continue;
    if (char >= 0 && char < 0x10000 && Number.isInteger(char)) units[n++] = char;
    else if (char >= 0x10000 && char <= 0x10ffff && Number.isInteger(char)) {
      units[n++] = 0xd800 + ((char - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((char - 0x10000) & 0x3ff);
    } else invalid = true;
  }
  for (const instance of stateful) instance.reset();
  if (invalid) return null;
  let transformed = '';
  for (let i = 0; i < n; i += 4096)
    transformed += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(n, i + 4096)) as unknown as number[],
    );
  return transformed;
}

/** obscenity's own answer, as spans with an exclusive end. */
export function obscenitySpans(text: string): ProfanitySpan[] {
  return profanityMatcher()
    .getAllMatches(text, true)
    .map((m) => ({ start: m.startIndex, end: m.endIndex + 1 }));
}

/** False only when no blacklisted term can match the text (then obscenity finds nothing). */
export function mayHoldProfanity(text: string): boolean {
  if (fastPath === undefined) fastPath = buildFastPath();
  if (!fastPath) return true;
  const transformed = transform(text, fastPath);
  return transformed === null || fastPath.anyTerm.test(transformed);
}

/** Whether obscenity's duplicate collapser runs inline in the fast path (see `collapseOf`). */
export function collapsesInline(): boolean {
  if (fastPath === undefined) fastPath = buildFastPath();
  return fastPath?.collapse != null;
}

/** Whether the fast path is in use (false if obscenity's internals changed shape). */
export function hasFastPath(): boolean {
  if (fastPath === undefined) fastPath = buildFastPath();
  return fastPath !== null;
}

/**
 * Profanity spans of one text, remembered: the panel and the background re-evaluate the same
 * messages on every fact change or keystroke.
 */
export const profanitySpans: (text: string) => readonly ProfanitySpan[] = remembered(
  (text) => (mayHoldProfanity(text) ? obscenitySpans(text) : []),
  512,
);
