/**
 * `policy check [POLICY_FILE]`: validates a policy file (schema, phrases, linear-time patterns)
 * and runs the examples it carries. Defaults to the bundled policy source.
 */
import { resolve } from 'node:path';
import { validatePolicy } from '../validate';
import { readPolicySource } from './load';

export async function run(args: string[]): Promise<number> {
  const file = args[0] ?? resolve(import.meta.dirname, '../default-policy.yaml');
  const result = validatePolicy(readPolicySource(file));
  if (!result.ok) {
    console.error(`${file}: ${result.errors.length} problem(s)`);
    for (const error of result.errors) console.error(`  ${error}`);
    return 1;
  }
  const { policy } = result;
  console.log(
    `${file}: valid, version ${policy.version}: ${policy.categories.length} categories, ` +
      `${policy.triggers.length} triggers, ${policy.replyRules.length} reply rules, ` +
      `${policy.examples.length} examples passed`,
  );
  return 0;
}
