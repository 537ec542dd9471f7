/**
 * `policy sign POLICY_FILE KEY_FILE`: writes POLICY_FILE.sig, the detached Ed25519 signature of
 * the file's exact bytes. Publish it beside the policy (same URL + ".sig").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sign } from '../signature';

export async function run(args: string[]): Promise<number> {
  const [policyFile, keyFile] = args;
  if (!policyFile || !keyFile) {
    console.error('usage: policy sign POLICY_FILE KEY_FILE');
    return 2;
  }
  const data = new Uint8Array(readFileSync(policyFile));
  let signature: string;
  try {
    signature = await sign(data, readFileSync(keyFile, 'utf8'));
  } catch {
    console.error(`${keyFile} is not an Ed25519 private key made by "policy keygen"`);
    return 1;
  }
  writeFileSync(`${policyFile}.sig`, `${signature}\n`);
  console.log(`wrote ${policyFile}.sig`);
  return 0;
}
