/**
 * Compiled phrases, shipped with the bundled policy. Compiling a phrase (its regex source and its
 * anchors) is pure, but ~900 phrases compiled in a fresh panel or service worker take a few
 * hundred milliseconds of cold JavaScript. `npm run policy:compile` writes every bundled phrase's
 * result to `default-policy.phrases.json`; a phrase found there is not compiled again. Keyed by
 * the phrase text, so a synced policy finds its unchanged phrases too and compiles only the new
 * ones. A unit test holds the table equal to what the compiler makes now.
 */
import type { Policy } from '../schema';
import { compilePhrase } from '../phrases';
import { phraseAnchors, type Anchor } from './anchors';
import shipped from '../default-policy.phrases.json';

/** Per phrase: its regex source and its anchors as [words, stems] pairs (null: none certain). */
export type PhraseTable = Record<string, [string, [string[], string[]][] | null]>;

export interface CompiledPhrase {
  source: string;
  anchors: Anchor[] | null;
}

const table = shipped as unknown as PhraseTable;

/** A phrase's regex source and anchors: from the shipped table, else compiled now. */
export function compiledPhrase(phrase: string): CompiledPhrase {
  const entry = Object.hasOwn(table, phrase) ? table[phrase] : undefined;
  if (entry)
    return {
      source: entry[0],
      anchors: entry[1] && entry[1].map(([words, stems]) => ({ words, stems })),
    };
  return { source: compilePhrase(phrase), anchors: phraseAnchors(phrase) };
}

/** Every phrase a policy's matchers compile (not the reply rules': the draft check's own). */
export function policyPhrases(policy: Policy): string[] {
  return [
    ...policy.triggers.flatMap((t) => [
      ...t.phrases,
      ...t.exceptions,
      ...t.combinations.flatMap((c) => c.all.flat()),
    ]),
    ...policy.categories.flatMap((c) => c.phrases),
    ...Object.values(policy.signals).flat(),
  ];
}

/** The table for a policy, compiled afresh (for `npm run policy:compile` and its test). */
export function buildPhraseTable(policy: Policy): PhraseTable {
  const built: PhraseTable = {};
  for (const phrase of [...new Set(policyPhrases(policy))].sort()) {
    const anchors = phraseAnchors(phrase);
    built[phrase] = [
      compilePhrase(phrase),
      anchors && anchors.map((a): [string[], string[]] => [a.words, a.stems]),
    ];
  }
  return built;
}
