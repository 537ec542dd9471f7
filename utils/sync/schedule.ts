/**
 * When to sync: on install, on browser start, every `syncIntervalMinutes` (an alarm, which wakes
 * the service worker), on "Sync now", when the URL or key changes, and sooner after a failure
 * with exponential back-off (1, 2, 4 … minutes, until that reaches the regular interval).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_POLICY, validatePolicy } from '../../policy/index';
import {
  completeSettings,
  policyItem,
  readSettings,
  settingsItem,
  syncStatusItem,
} from '../storage';
import { syncPolicy, type SyncOutcome } from './sync-policy';
import { compareVersions } from './version';

export const PERIODIC_ALARM = 'policy-sync';
export const RETRY_ALARM = 'policy-sync-retry';

/**
 * Minutes to wait before retrying after `failures` failures in a row, or null when the regular
 * timer comes as soon: a failing server is asked less and less often, never more than usual.
 */
export function backoffMinutes(failures: number, intervalMinutes: number): number | null {
  const delay = 2 ** Math.max(0, failures - 1);
  return delay < intervalMinutes ? delay : null;
}

/** The periodic alarm exists (and has the right period) exactly when a policy URL is set. */
export async function ensurePeriodicSync(): Promise<void> {
  const { policyUrl, syncIntervalMinutes } = await readSettings();
  if (!policyUrl) {
    await Promise.all([browser.alarms.clear(PERIODIC_ALARM), browser.alarms.clear(RETRY_ALARM)]);
    return;
  }
  const alarm = await browser.alarms.get(PERIODIC_ALARM);
  if (alarm?.periodInMinutes === syncIntervalMinutes) return;
  await browser.alarms.create(PERIODIC_ALARM, {
    delayInMinutes: syncIntervalMinutes,
    periodInMinutes: syncIntervalMinutes,
  });
}

async function rescheduleAfter(outcome: SyncOutcome): Promise<void> {
  if (outcome.kind !== 'rejected') {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  const [{ consecutiveFailures }, { syncIntervalMinutes }] = await Promise.all([
    syncStatusItem.getValue(),
    readSettings(),
  ]);
  const delay = backoffMinutes(consecutiveFailures, syncIntervalMinutes);
  if (delay === null) await browser.alarms.clear(RETRY_ALARM);
  else await browser.alarms.create(RETRY_ALARM, { delayInMinutes: delay });
}

let running: Promise<SyncOutcome> | null = null;
let queued: Promise<SyncOutcome> | null = null;

/**
 * One sync, then the retry alarm set or cleared. A call during a sync gets one more run after
 * it (the settings may just have changed); any further calls meanwhile share that run.
 */
export function syncAndReschedule(): Promise<SyncOutcome> {
  if (running) {
    queued ??= running.then(() => {
      queued = null;
      return syncAndReschedule();
    });
    return queued;
  }
  running = (async () => {
    const outcome = await syncPolicy();
    await rescheduleAfter(outcome);
    return outcome;
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * After an install or update: the bundled policy is the floor. A synced policy older than the
 * one this build bundles, or one this build's checks now reject, gives way to it.
 */
export async function reconcileStoredPolicy(now = Date.now()): Promise<void> {
  const inForce = await policyItem.getValue();
  if (inForce?.source !== 'synced') return;
  const result = validatePolicy(inForce.policy);
  if (result.ok && compareVersions(result.policy.version, DEFAULT_POLICY.version) >= 0) return;
  await policyItem.setValue(null);
  if (result.ok) return; // Simply superseded by the bundled policy: nothing went wrong.
  const status = await syncStatusItem.getValue();
  await syncStatusItem.setValue({
    ...status,
    lastError: {
      at: now,
      url: inForce.url ?? '',
      reason: `the synced version ${inForce.policy.version} fails this release's checks (${result.errors[0]}); the bundled policy is in force until a valid one syncs`,
    },
  });
}

export function registerPolicySync(): void {
  browser.runtime.onInstalled.addListener(() => {
    void (async () => {
      await reconcileStoredPolicy();
      await ensurePeriodicSync();
      await syncAndReschedule();
    })();
  });
  browser.runtime.onStartup.addListener(() => {
    void ensurePeriodicSync().then(() => syncAndReschedule());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) void syncAndReschedule();
  });
  // A new URL, key or interval takes effect at once.
  settingsItem.watch((nextValue, previousValue) => {
    const [next, previous] = [completeSettings(nextValue), completeSettings(previousValue)];
    if (
      next.syncIntervalMinutes !== previous.syncIntervalMinutes ||
      next.policyUrl !== previous.policyUrl
    )
      void ensurePeriodicSync();
    if (next.policyUrl !== previous.policyUrl || next.publicKey !== previous.publicKey)
      void syncAndReschedule();
  });
  // Alarms are not guaranteed to outlive a browser restart (Firefox drops them): every start of
  // the worker makes sure the timer exists.
  void ensurePeriodicSync();
}
