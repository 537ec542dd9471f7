/**
 * What is in force and how syncing goes: the policy version and where it came from, when the
 * server last confirmed it, the last rejected file and why, and whether the extension may reach
 * the policy host. Updates live as the background syncs.
 */
// The version only: the bundled policy itself stays out of this page's bundle.
import { version as bundledVersion } from '../../policy/default-policy.json';
import type { PolicyInForce, SyncStatus } from '../../utils/storage';

/** Host permission for the saved policy URL: none needed, granted, asking now, or missing. */
export type Access = 'none' | 'granted' | 'asking' | 'missing';

const when = (ms: number | undefined) =>
  ms ? new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : 'never';

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export function PolicyStatus(props: {
  policy: PolicyInForce | null;
  status: SyncStatus;
  policyUrl: string;
  access: Access;
  syncing: boolean;
  syncNotice: string;
  onSyncNow: () => void;
  onGrantAccess: () => void;
}) {
  const { policy, status, policyUrl, access } = props;
  const failed = status.lastError && (status.lastSuccessAt ?? 0) < status.lastError.at;
  return (
    <section className="status" aria-labelledby="status-title">
      <h2 id="status-title">Policy in force</h2>
      <p data-testid="options-policy">
        {policy?.source === 'synced' ? (
          <>
            Version <strong>{policy.policy.version}</strong>, from {policy.url}. Accepted{' '}
            {when(policy.syncedAt)}; last confirmed by the server {when(status.lastSuccessAt)}.
          </>
        ) : (
          <>
            Version <strong>{bundledVersion}</strong>, bundled with the extension
            {policyUrl ? '; nothing has synced yet' : ''}.
          </>
        )}
      </p>
      {failed && status.lastError ? (
        <p className="sync-error" data-testid="options-sync-error">
          The sync at {when(status.lastError.at)} was rejected: {status.lastError.reason}. The
          policy above stays in force.
        </p>
      ) : null}
      {policyUrl && access === 'missing' ? (
        <p className="warning" data-testid="options-access">
          The extension may not reach {originOf(policyUrl)} yet: the policy syncs only if that
          server allows cross-origin requests.{' '}
          <button type="button" onClick={props.onGrantAccess}>
            Allow access to {originOf(policyUrl)}
          </button>
        </p>
      ) : null}
      {policyUrl && access === 'asking' ? (
        <p className="hint" data-testid="options-access">
          Waiting for you to allow access to {originOf(policyUrl)} in the browser’s prompt.
        </p>
      ) : null}
      {policyUrl && access === 'granted' ? (
        <p className="hint" data-testid="options-access">
          Access to {originOf(policyUrl)} allowed.
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          onClick={props.onSyncNow}
          disabled={props.syncing || !policyUrl}
          aria-describedby="sync-notice"
        >
          {props.syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <p id="sync-notice" role="status" aria-live="polite" data-testid="options-sync-message">
          {props.syncNotice}
        </p>
      </div>
    </section>
  );
}
