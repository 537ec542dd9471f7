/**
 * Compiles policy/default-policy.yaml (the readable source) into policy/default-policy.json (what
 * ships), after full validation, and its phrases into policy/default-policy.phrases.json (so a
 * fresh panel or service worker does not compile them again). `npm run policy:compile`; unit
 * tests fail when either differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { buildPhraseTable } from '../policy/engine/phrase-table';
import type { Policy } from '../policy/schema';
import { validatePolicy } from '../policy/validate';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, 'policy/default-policy.yaml');
const target = resolve(root, 'policy/default-policy.json');
const phrasesTarget = resolve(root, 'policy/default-policy.phrases.json');

export function compileDefaultPolicy(): string {
  const result = validatePolicy(parse(readFileSync(source, 'utf8')));
  if (!result.ok)
    throw new Error(`default-policy.yaml is invalid:\n  ${result.errors.join('\n  ')}`);
  return `${JSON.stringify(result.policy, null, 1)}\n`;
}

/** The phrase table of the compiled default policy, one phrase a line. */
export function compileDefaultPhrases(policyJson = compileDefaultPolicy()): string {
  const table = buildPhraseTable(JSON.parse(policyJson) as Policy);
  const lines = Object.entries(table).map(
    ([phrase, entry]) => `${JSON.stringify(phrase)}: ${JSON.stringify(entry)}`,
  );
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const policy = compileDefaultPolicy();
    writeFileSync(target, policy);
    writeFileSync(phrasesTarget, compileDefaultPhrases(policy));
    console.log(`wrote ${target} and ${phrasesTarget}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
