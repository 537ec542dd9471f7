/**
 * Decides whether a downloaded policy may replace the one in force. Fails closed: any doubt
 * keeps the last good policy, with the reason in words. Order matters: the signature is checked
 * on the raw bytes before anything parses them, so an unsigned file is never even read.
 */
import { parse as parseYaml } from 'yaml';
import { validatePolicy, type Policy } from '../../policy/index';
import { verifySignature } from '../../policy/signature';
import { SyncRejection } from './fetch-policy';
import { compareVersions } from './version';

/** Policy files are JSON (what `policy:compile` writes) or YAML (what the team lead edits). */
function parseText(text: string): unknown {
  try {
    return text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SyncRejection(`the file does not parse (${(error as Error).message.split('\n')[0]})`);
  }
}

function decodeUtf8(bytes: Uint8Array<ArrayBuffer>): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SyncRejection('the file does not parse (it is not UTF-8 text)');
  }
}

/** "version X" when the rejected file names one, so the agent knows which file it was. */
function nameOf(raw: object): string {
  const version = (raw as { version?: unknown }).version;
  return typeof version === 'string' && version.length <= 40 ? `version ${version}` : 'the policy';
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
  const raw = parseText(decodeUtf8(bytes));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SyncRejection('the file does not parse (it is not a policy object)');
  const result = validatePolicy(raw);
  if (!result.ok) {
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    throw new SyncRejection(
      `${nameOf(raw)} is invalid: ${result.errors.slice(0, 3).join('; ')}${more}`,
    );
  }
  if (compareVersions(result.policy.version, options.current.version) < 0)
    throw new SyncRejection(
      `version ${result.policy.version} is older than ${options.current.version}, the one in use`,
    );
  return result.policy;
}
