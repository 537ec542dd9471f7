/**
 * One policy sync, start to end: fetch (conditional), verify, validate, compare versions, then
 * either put the new policy in force or keep the last good one and record why. State lives in
 * storage only, so a restarted service worker carries on where it was.
 */
import { DEFAULT_POLICY } from '../../policy/index';
import { policyItem, readSettings, syncStatusItem, type SyncStatus } from '../storage';
import { acceptPolicy } from './accept-policy';
import { fetchPolicy, SyncRejection } from './fetch-policy';

export type SyncOutcome =
  | { kind: 'no-url' }
  | { kind: 'unchanged' }
  | { kind: 'updated'; version: string }
  | { kind: 'rejected'; reason: string };

/** Only https, or plain http to this machine for testing. */
export function isAllowedPolicyUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return (
      parsed.protocol === 'http:' &&
      (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost')
    );
  } catch {
    return false;
  }
}

export async function syncPolicy(now = Date.now()): Promise<SyncOutcome> {
  const settings = await readSettings();
  const url = settings.policyUrl.trim();
  if (!url) return { kind: 'no-url' };
  const status = await syncStatusItem.getValue();
  const inForce = await policyItem.getValue();
  const attempt: SyncStatus = { ...status, lastAttemptAt: now };
  try {
    if (!isAllowedPolicyUrl(url))
      throw new SyncRejection('the policy URL must be https (or http://127.0.0.1 for testing)');
    const sameUrl = inForce?.source === 'synced' && inForce.url === url;
    const result = await fetchPolicy(
      url,
      sameUrl ? { etag: inForce.etag, lastModified: inForce.lastModified } : {},
      {
        wantSignature: Boolean(settings.publicKey.trim()),
      },
    );
    if (result.kind === 'not-modified') {
      await syncStatusItem.setValue({ ...attempt, lastSuccessAt: now, consecutiveFailures: 0 });
      return { kind: 'unchanged' };
    }
    const current = inForce?.policy ?? DEFAULT_POLICY;
    const policy = await acceptPolicy(result.bytes, {
      current,
      publicKey: settings.publicKey.trim(),
      signature: result.signature,
    });
    await policyItem.setValue({
      policy,
      source: 'synced',
      url,
      syncedAt: now,
      etag: result.etag,
      lastModified: result.lastModified,
    });
    await syncStatusItem.setValue({ ...attempt, lastSuccessAt: now, consecutiveFailures: 0 });
    return policy.version === current.version && sameUrl
      ? { kind: 'unchanged' }
      : { kind: 'updated', version: policy.version };
  } catch (error) {
    const reason =
      error instanceof SyncRejection
        ? error.message
        : `unexpected error (${(error as Error).message})`;
    await syncStatusItem.setValue({
      ...attempt,
      lastError: { at: now, url, reason },
      consecutiveFailures: status.consecutiveFailures + 1,
    });
    return { kind: 'rejected', reason };
  }
}
