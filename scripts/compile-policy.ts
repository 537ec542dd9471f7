/**
 * Compiles policy/default-policy.yaml (the readable source) into policy/default-policy.json (what
 * ships), after full validation. `npm run policy:compile`; a unit test fails when they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { validatePolicy } from '../policy/validate';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, 'policy/default-policy.yaml');
const target = resolve(root, 'policy/default-policy.json');

export function compileDefaultPolicy(): string {
  const result = validatePolicy(parse(readFileSync(source, 'utf8')));
  if (!result.ok)
    throw new Error(`default-policy.yaml is invalid:\n  ${result.errors.join('\n  ')}`);
  return `${JSON.stringify(result.policy, null, 1)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    writeFileSync(target, compileDefaultPolicy());
    console.log(`wrote ${target}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
