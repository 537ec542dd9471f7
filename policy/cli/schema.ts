/** `policy schema`: the policy file's JSON Schema, for editor validation. */
import { policyJsonSchema } from '../schema';

export async function run(): Promise<number> {
  process.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  return 0;
}
