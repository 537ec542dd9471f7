/**
 * One policy sync, start to end: fetch (conditional), verify, validate, compare versions, then
 * either put the new policy in force or keep the last good one and record why. State lives in
 * storage only, so a restarted service worker (or background page) carries on where it was.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_POLICY } from '../../policy/index';
import { publicKeyProblem } from '../../policy/signature';
import {
  policyItem,
  readSettings,
  syncStatusItem,
  type PolicyInForce,
  type SyncStatus,
} from '../storage';
import { acceptPolicy } from './accept-policy';
import { fetchPolicy, originPattern, policyUrlProblem, SyncRejection } from './fetch-policy';

export { isAllowedPolicyUrl, originPattern, policyUrlProblem } from './fetch-policy';

export type SyncOutcome =
  | { kind: 'no-url' }
  | { kind: 'unchanged' }
  | { kind: 'updated'; version: string }
  | { kind: 'rejected'; reason: string };

/** Without the host permission a fetch works only if the server allows CORS; say so. */
async function withPermissionHint(reason: string, url: string): Promise<string> {
  if (!/could not be reached/.test(reason)) return reason;
  let granted = true;
  try {
    granted = await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    // Cannot tell: say nothing more than the failure itself.
  }
  return granted
    ? reason
    : `${reason}; the extension has no access to ${new URL(url).origin} (open Settings and save to grant it), or that server does not allow cross-origin requests`;
}

/** Conditional headers only for the same URL and the same signing key as the policy in force. */
function validatorsFor(inForce: PolicyInForce | null, url: string, publicKey: string) {
  const same =
    inForce?.source === 'synced' && inForce.url === url && (inForce.publicKey ?? '') === publicKey;
  return same ? { etag: inForce.etag, lastModified: inForce.lastModified } : {};
}

export async function syncPolicy(now = Date.now()): Promise<SyncOutcome> {
  const settings = await readSettings();
  const url = settings.policyUrl.trim();
  const publicKey = settings.publicKey.trim();
  if (!url) return { kind: 'no-url' };
  const status = await syncStatusItem.getValue();
  const inForce = await policyItem.getValue();
  const attempt: SyncStatus = { ...status, lastAttemptAt: now };
  try {
    const problem = policyUrlProblem(url);
    if (problem) throw new SyncRejection(problem);
    const keyProblem = publicKey ? publicKeyProblem(publicKey) : null;
    if (keyProblem)
      throw new SyncRejection(`the signing key in Settings cannot be used: ${keyProblem}`);
    const validators = validatorsFor(inForce, url, publicKey);
    const result = await fetchPolicy(url, validators, { wantSignature: Boolean(publicKey) });
    if (result.kind === 'not-modified') {
      await syncStatusItem.setValue({ ...attempt, lastSuccessAt: now, consecutiveFailures: 0 });
      return { kind: 'unchanged' };
    }
    const current = inForce?.policy ?? DEFAULT_POLICY;
    const policy = await acceptPolicy(result.bytes, {
      current,
      publicKey,
      signature: result.signature,
    });
    await policyItem.setValue({
      policy,
      source: 'synced',
      url,
      syncedAt: now,
      etag: result.etag,
      lastModified: result.lastModified,
      publicKey,
    });
    await syncStatusItem.setValue({ ...attempt, lastSuccessAt: now, consecutiveFailures: 0 });
    const same =
      inForce?.source === 'synced' && inForce.url === url && policy.version === current.version;
    return same ? { kind: 'unchanged' } : { kind: 'updated', version: policy.version };
  } catch (error) {
    const reason =
      error instanceof SyncRejection
        ? await withPermissionHint(error.message, url)
        : `unexpected error (${(error as Error).message})`;
    await syncStatusItem.setValue({
      ...attempt,
      lastError: { at: now, url, reason },
      consecutiveFailures: status.consecutiveFailures + 1,
    });
    return { kind: 'rejected', reason };
  }
}
