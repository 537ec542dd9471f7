/**
 * The phrase language policy authors write instead of regular expressions, and its compiler.
 *
 * A phrase is words separated by spaces, matched as whole words, case-insensitively, with any
 * run of spaces or punctuation between them:
 *
 *   charge*            a word and its inflections (charge, charged, charges, chargeback)
 *   (bank|card issuer) one of several alternatives; each may be several words
 *   my?  (the card)?   an optional word or group
 *   ~   ~3            a gap of up to 2 (or N, at most 6) other words
 *   {amount}           an amount of money ($1,250.00, 250 dollars)
 *   {n}                a number, in digits or words (3, three)
 *
 * A literal word also matches its chat short forms (SHORT_FORMS: you/u, with/w, people/ppl).
 *
 * Every construct compiles to a bounded, unnested quantifier over disjoint character classes, so
 * a compiled phrase runs in time linear in the text: no author can write a pattern that hangs a
 * page. Raw regular expressions are accepted only through `checkRegexSafety`.
 *
 * This module is tiny and dependency-free: the content script bundles it for the draft check.
 */

const SEP = "[^a-z0-9$']+";
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several';
const AMOUNT = String.raw`(?:\$\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars?|usd|bucks))`;
/**
 * Digits that count, not a piece of an amount, a decimal or a date: "$24.99 x 7" counts 7, never
 * 24 or 99; "two $63.40 charges" never 40; "her Nov 15 renewal" never 15. Shared by `{n}` and the
 * engine's counters.
 */
export const COUNT_DIGITS = String.raw`(?<![$.,\d])(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s{1,2})\d+(?![.,]\d)`;
const NUMBER = `(?:${COUNT_DIGITS}|${NUMBER_WORDS})`;
const MAX_GAP = 6;

export class PhraseError extends Error {}

/**
 * How customers type a word in chats and texts: a phrase's `you` also matches "u", `with` also
 * "w" (and "w/"), `people` "ppl". Only literal words (not stems) and only short forms that stand
 * for nothing else in a support message. The anchor reader (engine/anchors.ts) mirrors this.
 */
export const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['you', ['u', 'ya', 'yu']],
  ['your', ['ur', 'yr']],
  ["you're", ['ur', 'ure']],
  ['are', ['r']],
  ['with', ['w']],
  ['people', ['ppl']],
  ['please', ['pls', 'plz']],
  ['because', ['bc', 'cuz', 'coz', 'bcuz']],
  ['though', ['tho']],
  ['through', ['thru']],
  ['account', ['acct']],
  ['manager', ['mgr']],
  ['message', ['msg']],
  ['before', ['b4']],
  ['tonight', ['tonite']],
]);

function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One word: literal, `word*`, a placeholder, or a gap. Returns the regex source. */
function compileWord(word: string): string {
  if (word === '{amount}') return AMOUNT;
  if (word === '{n}') return NUMBER;
  if (word.endsWith('*')) {
    const stem = word.slice(0, -1);
    if (!stem || /[*~{}]/.test(stem)) throw new PhraseError(`"${word}": * must follow a word`);
    return `${escapeLiteral(stem)}[a-z0-9']*`;
  }
  if (/[{}~|()]/.test(word)) throw new PhraseError(`"${word}" is not a word, placeholder or gap`);
  const literal = escapeLiteral(word).replace(/'/g, "'?");
  const short = SHORT_FORMS.get(word);
  return short ? `(?:${literal}|${short.join('|')})` : literal;
}

interface Token {
  source: string;
  optional: boolean;
  gap?: number;
}

/** Whether a UTF-16 code unit is whitespace, exactly as `\s` in a regex (a phrase's word breaks). */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Splits a phrase into top-level tokens: words, gaps and parenthesised groups. */
export function tokenize(phrase: string): string[] {
  const text = phrase.trim();
  const tokens: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && --depth < 0) throw new PhraseError('unbalanced ")"');
    else if (depth === 0 && isSpace(code)) {
      if (i > start) tokens.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw new PhraseError('unbalanced "("');
  if (text.length > start) tokens.push(text.slice(start));
  return tokens;
}

function compileToken(raw: string): Token {
  const gap = /^~(\d)?$/.exec(raw);
  if (gap) {
    const size = gap[1] ? Number(gap[1]) : 2;
    if (size < 1 || size > MAX_GAP) throw new PhraseError(`gap ~${size}: 1 to ${MAX_GAP} words`);
    return { source: '', optional: false, gap: size };
  }
  const optional = raw.endsWith('?') && raw.length > 1;
  const body = optional ? raw.slice(0, -1) : raw;
  if (body.startsWith('(')) {
    if (!body.endsWith(')')) throw new PhraseError(`"${raw}": a group ends with ")"`);
    const alternatives = splitAlternatives(body.slice(1, -1)).map(compileSequence);
    return { source: `(?:${alternatives.join('|')})`, optional };
  }
  return { source: compileWord(body), optional };
}

/** The alternatives of a group's inside (`a|b c` of `(a|b c)`), split at its top level. */
export function splitAlternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  if (parts.some((p) => !p.trim())) throw new PhraseError(`empty alternative in "(${inner})"`);
  return parts;
}

const gapSource = (size: number) => `(?:${SEP}[a-z0-9$']+){0,${size}}?`;

/**
 * A sequence of tokens joined by separators. An optional token after the first required one
 * carries the separator before it (`bank (account)?`). One before it carries the separator after
 * it, with any gap that follows it (`my? bank` is `(?:my SEP)?bank`, `(the|my)? ~2 bank` is
 * `(?:(the|my) GAP SEP)?bank`), so the phrase also matches without it, as "bank" alone. A phrase
 * of optional tokens only keeps the plain form (it matches its words where they occur).
 */
function compileSequence(phrase: string): string {
  const tokens = tokenize(phrase).map(compileToken);
  if (tokens.length === 0) throw new PhraseError('empty phrase');
  if (tokens[0]?.gap || tokens[tokens.length - 1]?.gap)
    throw new PhraseError('a phrase cannot start or end with a gap');
  const required = tokens.findIndex((token) => !token.optional && !token.gap);
  const firstRequired = required < 0 ? 0 : required;
  let source = '';
  let leading = '';
  tokens.forEach((token, index) => {
    if (index < firstRequired) {
      // Before the first required word: each optional token, with the gaps after it, is one
      // optional group ending in its separator.
      if (token.gap) leading += gapSource(token.gap);
      else {
        if (leading) source += `(?:${leading}${SEP})?`;
        leading = token.source;
      }
      return;
    }
    if (index === firstRequired && leading) source += `(?:${leading}${SEP})?`;
    if (token.gap) source += gapSource(token.gap);
    else if (index === firstRequired)
      source += token.optional ? `(?:${token.source})?` : token.source;
    else source += token.optional ? `(?:${SEP}${token.source})?` : `${SEP}${token.source}`;
  });
  return source;
}

/** Compiles one phrase to the source of a regex matching it between word boundaries. */
export function compilePhrase(phrase: string): string {
  return `(?<![a-z0-9])(?:${compileSequence(phrase.toLowerCase())})(?![a-z0-9])`;
}

const cache = new Map<string, RegExp>();

/** One global, case-insensitive regex matching any of the phrases (compiled once, cached). */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let regex = cache.get(key);
  if (!regex) {
    regex = new RegExp(phrases.map(compilePhrase).join('|'), 'gi');
    if (cache.size > 500) cache.clear();
    cache.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/** Every non-overlapping match of any phrase in the text. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseMatch[] {
  if (phrases.length === 0 || text.length === 0) return [];
  const regex = phraseRegex(phrases);
  const matches: PhraseMatch[] = [];
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return matches;
}

/**
 * Checks a raw regular expression for the shapes that backtrack catastrophically: a quantified
 * group that itself contains a quantifier or an alternation (star height > 1, `(a|a)*`), and
 * backreferences. Returns the reason it is unsafe, or null when it is safe to run on any text.
 */
export function checkRegexSafety(source: string): string | null {
  try {
    new RegExp(source);
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences can take exponential time';
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  const closed: { quantified: boolean; alternation: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      continue;
    }
    if (char === '(') stack.push({ quantified: false, alternation: false });
    else if (char === '|' && stack.length) stack[stack.length - 1]!.alternation = true;
    else if (char === ')') {
      const group = stack.pop();
      if (!group) continue;
      const next = source[i + 1];
      const groupQuantified = next === '*' || next === '+' || next === '{';
      if (groupQuantified && (group.quantified || group.alternation))
        return 'a repeated group contains a repetition or alternatives (nested quantifier)';
      if (stack.length) {
        const parent = stack[stack.length - 1]!;
        parent.quantified ||= group.quantified || groupQuantified;
      }
      closed.push(group);
    } else if ((char === '*' || char === '+' || char === '{') && stack.length) {
      stack[stack.length - 1]!.quantified = true;
    }
  }
  return null;
}
