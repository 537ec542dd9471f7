/**
 * `policy keygen [OUT_PREFIX]`: an Ed25519 key pair for signing published policies.
 * Writes OUT_PREFIX.key (private, PKCS#8 base64: keep it secret) and OUT_PREFIX.pub (public,
 * raw base64: paste it into the extension's settings).
 */
import { writeFileSync } from 'node:fs';
import { generateKeyPair } from '../signature';

export async function run(args: string[]): Promise<number> {
  const prefix = args[0] ?? 'policy-signing';
  const { publicKey, privateKey } = await generateKeyPair();
  writeFileSync(`${prefix}.key`, `${privateKey}\n`, { mode: 0o600 });
  writeFileSync(`${prefix}.pub`, `${publicKey}\n`);
  console.log(`wrote ${prefix}.key (private: keep it secret) and ${prefix}.pub`);
  console.log(`public key for the extension's settings: ${publicKey}`);
  return 0;
}
