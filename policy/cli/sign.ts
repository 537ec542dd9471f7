/**
 * `policy sign POLICY_FILE KEY_FILE`: writes POLICY_FILE.sig, the detached Ed25519 signature of
 * the file's exact bytes (base64, one line). Publish it beside the policy: same URL with ".sig"
 * added. Sign the very file you upload: any later edit, even whitespace, breaks the signature.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { KeyFormatError, sign } from '../signature';

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

export async function run(args: string[]): Promise<number> {
  const [policyFile, keyFile] = args;
  if (!policyFile || !keyFile) {
    console.error('usage: policy sign POLICY_FILE KEY_FILE');
    return 2;
  }
  const data = new Uint8Array(read(policyFile));
  const key = read(keyFile).toString('utf8');
  let signature: string;
  try {
    signature = await sign(data, key);
  } catch (error) {
    const why = error instanceof KeyFormatError ? error.message : 'it cannot be used';
    console.error(
      `${keyFile} is not an Ed25519 private key (${why}); make one with "policy keygen"`,
    );
    return 1;
  }
  writeFileSync(`${policyFile}.sig`, `${signature}\n`);
  console.log(`wrote ${policyFile}.sig: publish it at the policy URL + ".sig"`);
  return 0;
}
