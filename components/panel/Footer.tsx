import type { PolicyInForce, SyncStatus } from '../../utils/storage';

function when(ms: number | undefined): string {
  return ms
    ? new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
    : 'never';
}

/** The policy version in force and where it came from; a failed sync says what and why. */
export function Footer({
  version,
  policyInForce,
  syncStatus,
  onSync,
  onSettings,
}: {
  version: string;
  policyInForce: PolicyInForce | null;
  syncStatus: SyncStatus;
  onSync: () => void;
  onSettings: () => void;
}) {
  const source =
    policyInForce?.source === 'synced'
      ? `synced ${when(policyInForce.syncedAt)}`
      : 'bundled with the extension';
  const failed = syncStatus.lastError && (syncStatus.lastSuccessAt ?? 0) < syncStatus.lastError.at;
  return (
    <footer className="footer" data-testid="footer">
      <p>
        Policy <strong data-testid="policy-version">{version}</strong>, {source}
        {failed ? ' (last good)' : ''}
      </p>
      {failed && syncStatus.lastError ? (
        <p className="sync-error" role="status" data-testid="sync-error">
          Sync at {when(syncStatus.lastError.at)} was rejected: {syncStatus.lastError.reason}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="link" onClick={onSync}>
          Sync now
        </button>
        <button type="button" className="link" onClick={onSettings}>
          Settings
        </button>
      </div>
    </footer>
  );
}
