/**
 * Settings: the team's policy URL (with its host permission asked at run time), sync interval,
 * signing key, default brand, the agent's name and level, inline warnings.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { isAllowedPolicyUrl } from '../../utils/sync/sync-policy';
import {
  DEFAULT_SETTINGS,
  policyItem,
  readSettings,
  settingsItem,
  syncStatusItem,
  type PolicyInForce,
  type Settings,
  type SyncStatus,
} from '../../utils/storage';
import type { ExtensionMessage } from '../../utils/messages';

/** Asks for the policy origin only (optional host permission); CORS-enabled hosts work without it. */
async function requestOrigin(url: string): Promise<boolean> {
  const origin = `${new URL(url).origin}/*`;
  try {
    if (await browser.permissions.contains({ origins: [origin] })) return true;
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}

export function OptionsPage() {
  const [form, setForm] = useState<Settings>(DEFAULT_SETTINGS);
  const [message, setMessage] = useState('');
  const [policy, setPolicy] = useState<PolicyInForce | null>(null);
  const [status, setStatus] = useState<SyncStatus>({ consecutiveFailures: 0 });
  useEffect(() => {
    void readSettings().then(setForm);
    void policyItem.getValue().then(setPolicy);
    void syncStatusItem.getValue().then(setStatus);
    const stops = [policyItem.watch(setPolicy), syncStatusItem.watch(setStatus)];
    return () => stops.forEach((stop) => stop());
  }, []);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setForm({ ...form, [key]: value });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const url = form.policyUrl.trim();
    if (url && !isAllowedPolicyUrl(url)) {
      setMessage(
        'The policy URL must start with https:// (http://127.0.0.1 or http://localhost for testing).',
      );
      return;
    }
    const permitted = url ? await requestOrigin(url) : true;
    await settingsItem.setValue({
      ...form,
      policyUrl: url,
      publicKey: form.publicKey.trim(),
      agentName: form.agentName.trim(),
    });
    setMessage(
      permitted
        ? 'Saved. The policy syncs now and then every interval.'
        : `Saved. Access to ${url ? new URL(url).origin : 'the policy host'} was not granted; sync works only if that server allows cross-origin requests.`,
    );
  };
  const syncNow = async () => {
    const request: ExtensionMessage = { type: 'sync-now' };
    const outcome = (await browser.runtime.sendMessage(request).catch(() => null)) as {
      kind: string;
      reason?: string;
      version?: string;
    } | null;
    setMessage(
      !outcome
        ? 'Sync could not start.'
        : outcome.kind === 'updated'
          ? `Policy ${outcome.version} is now in force.`
          : outcome.kind === 'unchanged'
            ? 'The policy in force is current.'
            : outcome.kind === 'no-url'
              ? 'Set a policy URL first.'
              : `Rejected: ${outcome.reason}. The last good policy stays in force.`,
    );
  };

  return (
    <main className="options">
      <h1>Escalation Assist settings</h1>
      <form onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>You</legend>
          <label htmlFor="agentName">Your name (signs escalation notes)</label>
          <input
            id="agentName"
            value={form.agentName}
            onChange={(e) => set('agentName', e.target.value)}
            autoComplete="name"
          />
          <label htmlFor="agentLevel">Your level</label>
          <select
            id="agentLevel"
            value={form.agentLevel}
            onChange={(e) => set('agentLevel', Number(e.target.value) as Settings['agentLevel'])}
          >
            <option value={1}>Level 1 — CallCare Agent</option>
            <option value={2}>Level 2 — CallCare Lead</option>
            <option value={3}>Level 3 — Escalations Agent</option>
            <option value={4}>Level 4 — Escalations Leadership</option>
          </select>
          <label htmlFor="defaultBrand">Default brand (when the page names none)</label>
          <select
            id="defaultBrand"
            value={form.defaultBrand}
            onChange={(e) => set('defaultBrand', e.target.value)}
          >
            <option value="">None</option>
            <option value="TSM">TSM</option>
            <option value="HB">HB</option>
          </select>
          <div className="check">
            <input
              id="inlineWarnings"
              type="checkbox"
              checked={form.inlineWarnings}
              onChange={(e) => set('inlineWarnings', e.target.checked)}
            />
            <label htmlFor="inlineWarnings">Mark risky promises in the reply editor</label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Team policy</legend>
          <label htmlFor="policyUrl">Policy URL</label>
          <input
            id="policyUrl"
            type="url"
            inputMode="url"
            placeholder="https://…/policy.json"
            value={form.policyUrl}
            onChange={(e) => set('policyUrl', e.target.value)}
          />
          <label htmlFor="syncInterval">Check for changes every (minutes)</label>
          <input
            id="syncInterval"
            type="number"
            min={5}
            max={1440}
            value={form.syncIntervalMinutes}
            onChange={(e) => set('syncIntervalMinutes', Math.max(5, Number(e.target.value) || 60))}
          />
          <label htmlFor="publicKey">Signing key (Ed25519 public key, base64; optional)</label>
          <input
            id="publicKey"
            value={form.publicKey}
            onChange={(e) => set('publicKey', e.target.value)}
            spellCheck={false}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => void syncNow()}>
            Sync now
          </button>
        </div>
        <p role="status" aria-live="polite" data-testid="options-message">
          {message}
        </p>
      </form>
      <section aria-labelledby="policy-title">
        <h2 id="policy-title">Policy in force</h2>
        <p data-testid="options-policy">
          {policy?.source === 'synced'
            ? `Version ${policy.policy.version}, synced from ${policy.url} on ${new Date(policy.syncedAt ?? 0).toLocaleString()}`
            : 'The bundled policy (nothing synced yet).'}
        </p>
        {status.lastError ? (
          <p className="sync-error">Last rejected sync: {status.lastError.reason}</p>
        ) : null}
      </section>
    </main>
  );
}
