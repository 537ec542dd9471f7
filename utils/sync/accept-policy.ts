/**
 * Decides whether a downloaded policy may replace the one in force. Fails closed: any doubt
 * keeps the last good policy, with the reason in words.
 */
import { parse as parseYaml } from 'yaml';
import { validatePolicy, type Policy } from '../../policy/index';
import { verifySignature } from '../../policy/signature';
import { SyncRejection } from './fetch-policy';
import { compareVersions } from './version';

function parseText(text: string): unknown {
  const trimmed = text.trimStart();
  try {
    return trimmed.startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SyncRejection(`the file does not parse (${(error as Error).message.split('\n')[0]})`);
  }
}

export async function acceptPolicy(
  bytes: Uint8Array<ArrayBuffer>,
  options: { current: Policy; publicKey: string; signature?: string },
): Promise<Policy> {
  if (options.publicKey) {
    if (!options.signature)
      throw new SyncRejection('the policy is not signed, and a signing key is set');
    const ok = await verifySignature(bytes, options.signature, options.publicKey).catch(
      () => false,
    );
    if (!ok) throw new SyncRejection('the signature does not match the policy and the signing key');
  }
  const raw = parseText(new TextDecoder().decode(bytes));
  const result = validatePolicy(raw);
  if (!result.ok) {
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    throw new SyncRejection(
      `the policy is invalid: ${result.errors.slice(0, 3).join('; ')}${more}`,
    );
  }
  if (compareVersions(result.policy.version, options.current.version) < 0)
    throw new SyncRejection(
      `version ${result.policy.version} is older than ${options.current.version}, the one in use`,
    );
  return result.policy;
}
