import { useState } from 'react';
import type { PolicyInForce, SyncStatus } from '../../utils/storage';

export function when(ms: number | undefined): string {
  return ms
    ? new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
    : 'never';
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}

/** Where the policy in force came from, and whether the newest sync failed. */
export function policySource(
  policyInForce: PolicyInForce | null,
  syncStatus: SyncStatus,
): { source: string; failed: boolean } {
  const failed = Boolean(
    syncStatus.lastError && (syncStatus.lastSuccessAt ?? 0) < syncStatus.lastError.at,
  );
  if (policyInForce?.source === 'synced') {
    const host = hostOf(policyInForce.url);
    const synced = `synced${host ? ` from ${host}` : ''} ${when(policyInForce.syncedAt)}`;
    return { source: failed ? `last good, ${synced}` : synced, failed };
  }
  return {
    source: failed
      ? 'bundled with the extension (last good: no team policy accepted yet)'
      : 'bundled with the extension',
    failed,
  };
}

/** What "Sync now" did, when the footer does not already show it. */
function outcomeWords(result: unknown): string {
  const kind = (result as { kind?: string } | undefined)?.kind;
  if (kind === 'no-url') return 'No team policy URL is set: the bundled policy is in force.';
  if (kind === 'unchanged') return 'The policy is up to date.';
  return '';
}

/** The policy version in force and where it came from; a failed sync says what and why. */
export function Footer({
  version,
  policyInForce,
  syncStatus,
  onSync,
  onSettings,
  onManual,
}: {
  version: string;
  policyInForce: PolicyInForce | null;
  syncStatus: SyncStatus;
  onSync: () => Promise<unknown>;
  onSettings: () => void;
  /** Offered when a ticket is shown: evaluate a pasted message instead. */
  onManual?: () => void;
}) {
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const { source, failed } = policySource(policyInForce, syncStatus);
  const sync = () => {
    setSyncing(true);
    setOutcome('');
    void onSync()
      .then((result) => setOutcome(outcomeWords(result)))
      .finally(() => setSyncing(false));
  };
  return (
    <footer className="footer" data-testid="footer">
      <p>
        Policy <strong data-testid="policy-version">{version}</strong>,{' '}
        <span data-testid="policy-source">{source}</span>
      </p>
      {failed && syncStatus.lastError ? (
        <p className="sync-error" role="status" data-testid="sync-error">
          Sync {when(syncStatus.lastError.at)} failed: {syncStatus.lastError.reason}. The policy
          above stays in force.
        </p>
      ) : null}
      <p className="small" role="status" data-testid="sync-outcome">
        {outcome}
      </p>
      <div className="actions">
        <button type="button" className="link" onClick={sync} disabled={syncing}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" className="link" onClick={onSettings}>
          Settings
        </button>
        {onManual ? (
          <button type="button" className="link" onClick={onManual}>
            Paste a message
          </button>
        ) : null}
      </div>
    </footer>
  );
}
