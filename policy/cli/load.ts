/** Reads a policy file (JSON or YAML) for the CLI, or the bundled one; errors name the file. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_POLICY, type Policy } from '../index';
import { validatePolicy } from '../validate';

export function readPolicySource(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    return /\.ya?ml$/i.test(file) ? parse(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} does not parse: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function loadPolicyFile(file?: string): Policy {
  if (!file) return DEFAULT_POLICY;
  const result = validatePolicy(readPolicySource(file));
  if (!result.ok)
    throw new Error(`${file} is not a valid policy:\n  ${result.errors.join('\n  ')}`);
  return result.policy;
}
