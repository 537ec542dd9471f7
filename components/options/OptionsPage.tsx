/**
 * Settings: who the agent is (name, level, default brand, inline warnings) and where the team's
 * policy comes from (URL, with its host permission asked at run time; sync interval; signing
 * key), then what is in force and how the last sync went.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { ExtensionMessage } from '../../utils/messages';
import {
  DEFAULT_SETTINGS,
  policyItem,
  readSettings,
  settingsItem,
  SYNC_INTERVAL_LIMITS,
  syncStatusItem,
  type Settings,
} from '../../utils/storage';
import type { SyncOutcome } from '../../utils/sync/sync-policy';
import { hasOriginAccess, releaseOriginAccess, requestOriginAccess } from './permissions';
import { PolicyStatus, type Access } from './PolicyStatus';
import {
  draftErrors,
  draftOf,
  FIELD_ORDER,
  sameSettings,
  settingsOf,
  type DraftErrors,
  type SettingsDraft,
} from './settings-form';

const LEVELS = [
  [1, 'Level 1 — CallCare Agent'],
  [2, 'Level 2 — CallCare Lead'],
  [3, 'Level 3 — Escalations Agent'],
  [4, 'Level 4 — Escalations Leadership'],
] as const;

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { timeStyle: 'short' });

/** A label, the control, its hint and its error, tied together for screen readers. */
function Field(props: {
  id: keyof SettingsDraft;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const ids = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field" data-field={props.id}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children({
        'aria-describedby': ids || undefined,
        'aria-invalid': props.error ? true : undefined,
      })}
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="error" id={`${props.id}-error`} data-testid={`error-${props.id}`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function describeOutcome(outcome: SyncOutcome | null): string {
  if (!outcome) return 'The sync could not start; reload this page and try again.';
  switch (outcome.kind) {
    case 'updated':
      return `Policy ${outcome.version} is now in force.`;
    case 'unchanged':
      return 'The policy in force is current.';
    case 'no-url':
      return 'Set a policy URL and save first.';
    case 'rejected':
      return `Rejected: ${outcome.reason}. The last good policy stays in force.`;
  }
}

export function OptionsPage() {
  const [saved, setSaved] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<SettingsDraft>(draftOf(DEFAULT_SETTINGS));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notice, setNotice] = useState('');
  const [syncNotice, setSyncNotice] = useState('');
  const [syncing, setSyncing] = useState(false);
  const [access, setAccess] = useState<Access>('none');
  const [policy, setPolicy] = useState<Awaited<ReturnType<typeof policyItem.getValue>>>(null);
  const [status, setStatus] = useState<Awaited<ReturnType<typeof syncStatusItem.getValue>>>({
    consecutiveFailures: 0,
  });
  const formRef = useRef<HTMLFormElement>(null);

  const refreshAccess = async (url: string) =>
    setAccess(!url ? 'none' : (await hasOriginAccess(url)) ? 'granted' : 'missing');

  useEffect(() => {
    void readSettings().then((settings) => {
      setSaved(settings);
      setDraft(draftOf(settings));
      void refreshAccess(settings.policyUrl);
    });
    void policyItem.getValue().then(setPolicy);
    void syncStatusItem.getValue().then(setStatus);
    const stops = [policyItem.watch(setPolicy), syncStatusItem.watch(setStatus)];
    return () => stops.forEach((stop) => stop());
  }, []);

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setNotice('');
  };
  const dirty = !sameSettings(settingsOf(draft), saved);

  const syncNow = async () => {
    setSyncing(true);
    setSyncNotice('Checking the policy…');
    const request: ExtensionMessage = { type: 'sync-now' };
    const outcome = (await browser.runtime
      .sendMessage(request)
      .catch(() => null)) as SyncOutcome | null;
    setSyncing(false);
    setSyncNotice(describeOutcome(outcome));
  };

  /** After the host permission was asked for: say how it went; with access, sync at once. */
  const afterPermission = async (url: string, granted: boolean) => {
    setAccess(granted ? 'granted' : 'missing');
    if (granted) await syncNow();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftErrors(draft);
    setErrors(found);
    const first = FIELD_ORDER.find((key) => found[key]);
    if (first) {
      setNotice('Not saved: fix the fields marked below.');
      formRef.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const next = settingsOf(draft);
    // Asked for before anything is awaited: the browser grants it only within the click.
    const permission =
      next.policyUrl && next.policyUrl !== saved.policyUrl
        ? requestOriginAccess(next.policyUrl)
        : null;
    void (async () => {
      await settingsItem.setValue(next);
      await releaseOriginAccess(saved.policyUrl, next.policyUrl);
      setSaved(next);
      setDraft(draftOf(next));
      setNotice(`Saved at ${time(Date.now())}.`);
      if (permission) {
        setAccess('asking');
        await afterPermission(next.policyUrl, await permission);
      } else await refreshAccess(next.policyUrl);
    })();
  };

  const grantAccess = () => {
    const url = saved.policyUrl;
    if (!url) return;
    const permission = requestOriginAccess(url);
    setAccess('asking');
    void permission.then((granted) => afterPermission(url, granted));
  };

  return (
    <main className="options">
      <header>
        <h1>Escalation Assist settings</h1>
        <p className="lede">These settings are kept in this browser only.</p>
      </header>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-describedby="form-notice">
        <fieldset>
          <legend>You</legend>
          <Field
            id="agentName"
            label="Your name"
            hint="Signs the escalation notes you copy from the side panel."
            error={errors.agentName}
          >
            {(aria) => (
              <input
                id="agentName"
                value={draft.agentName}
                onChange={(e) => set('agentName', e.target.value)}
                autoComplete="name"
                {...aria}
              />
            )}
          </Field>
          <Field
            id="agentLevel"
            label="Your level"
            hint="The side panel tells you whether each ticket is yours to handle or to pass on."
            error={errors.agentLevel}
          >
            {(aria) => (
              <select
                id="agentLevel"
                value={draft.agentLevel}
                onChange={(e) => set('agentLevel', e.target.value)}
                {...aria}
              >
                {LEVELS.map(([level, name]) => (
                  <option key={level} value={String(level)}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="defaultBrand"
            label="Default brand"
            hint="Used when the ticket does not say which brand it is for."
            error={errors.defaultBrand}
          >
            {(aria) => (
              <select
                id="defaultBrand"
                value={draft.defaultBrand}
                onChange={(e) => set('defaultBrand', e.target.value)}
                {...aria}
              >
                <option value="">None: ask me</option>
                <option value="TSM">TSM</option>
                <option value="HB">HB</option>
              </select>
            )}
          </Field>
          <div className="check">
            <input
              id="inlineWarnings"
              type="checkbox"
              checked={draft.inlineWarnings}
              onChange={(e) => set('inlineWarnings', e.target.checked)}
              aria-describedby="inlineWarnings-hint"
            />
            <label htmlFor="inlineWarnings">Mark risky promises in the reply editor</label>
            <p className="hint" id="inlineWarnings-hint">
              Refund or replacement promises that need approval are underlined as you type.
            </p>
          </div>
        </fieldset>
        <fieldset>
          <legend>Team policy</legend>
          <Field
            id="policyUrl"
            label="Policy URL"
            hint={
              <>
                Where your team lead publishes the policy file. <code>https://</code> only (
                <code>http://127.0.0.1</code> or <code>http://localhost</code> for testing). Leave
                it empty to use the policy bundled with the extension. Saving asks your permission
                to reach that one site.
              </>
            }
            error={errors.policyUrl}
          >
            {(aria) => (
              <input
                id="policyUrl"
                type="url"
                inputMode="url"
                placeholder="https://example.com/team/policy.json"
                spellCheck={false}
                value={draft.policyUrl}
                onChange={(e) => set('policyUrl', e.target.value)}
                {...aria}
              />
            )}
          </Field>
          <Field
            id="syncIntervalMinutes"
            label="Check for changes every (minutes)"
            hint={`From ${SYNC_INTERVAL_LIMITS.min} to ${SYNC_INTERVAL_LIMITS.max}. The policy is also checked when the browser starts and when you press Sync now.`}
            error={errors.syncIntervalMinutes}
          >
            {(aria) => (
              <input
                id="syncIntervalMinutes"
                type="number"
                inputMode="numeric"
                min={SYNC_INTERVAL_LIMITS.min}
                max={SYNC_INTERVAL_LIMITS.max}
                step={1}
                value={draft.syncIntervalMinutes}
                onChange={(e) => set('syncIntervalMinutes', e.target.value)}
                {...aria}
              />
            )}
          </Field>
          <Field
            id="publicKey"
            label="Signing key (optional)"
            hint={
              <>
                The Ed25519 public key your team lead made with <code>policy keygen</code> (the .pub
                file, or a PEM public key). When set, only policies signed with the matching private
                key are accepted.
              </>
            }
            error={errors.publicKey}
          >
            {(aria) => (
              <textarea
                id="publicKey"
                rows={2}
                spellCheck={false}
                autoCapitalize="off"
                value={draft.publicKey}
                onChange={(e) => set('publicKey', e.target.value)}
                {...aria}
              />
            )}
          </Field>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            Save
          </button>
          <p id="form-notice" role="status" aria-live="polite" data-testid="options-message">
            {notice || (dirty ? 'Unsaved changes.' : '')}
          </p>
        </div>
      </form>
      <PolicyStatus
        policy={policy}
        status={status}
        policyUrl={saved.policyUrl}
        access={access}
        syncing={syncing}
        syncNotice={syncNotice}
        onSyncNow={() => void syncNow()}
        onGrantAccess={grantAccess}
      />
    </main>
  );
}
