/**
 * `policy keygen [OUT_PREFIX]`: an Ed25519 key pair for signing published policies.
 * Writes OUT_PREFIX.key (private, PKCS#8 base64, readable by you only: keep it secret) and
 * OUT_PREFIX.pub (public, raw base64: paste it into each agent's extension settings). Never
 * overwrites an existing key: a lost private key means every agent must paste a new public one.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { generateKeyPair } from '../signature';

export async function run(args: string[]): Promise<number> {
  const prefix = args[0] ?? 'policy-signing';
  const existing = [`${prefix}.key`, `${prefix}.pub`].filter((file) => existsSync(file));
  if (existing.length) {
    console.error(`${existing.join(' and ')} already exist(s); choose another prefix`);
    return 1;
  }
  const { publicKey, privateKey } = await generateKeyPair();
  writeFileSync(`${prefix}.key`, `${privateKey}\n`, { mode: 0o600 });
  writeFileSync(`${prefix}.pub`, `${publicKey}\n`);
  console.log(`wrote ${prefix}.key (private: keep it secret) and ${prefix}.pub`);
  console.log(`public key for the extension's settings: ${publicKey}`);
  return 0;
}
