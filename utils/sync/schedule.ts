/**
 * When to sync: on install, on browser start, every `syncIntervalMinutes` (alarms survive the
 * service worker), and sooner after a failure with exponential back-off (1, 2, 4 … 60 minutes).
 */
import { browser } from 'wxt/browser';
import { readSettings, settingsItem, syncStatusItem } from '../storage';
import { syncPolicy, type SyncOutcome } from './sync-policy';

const PERIODIC = 'policy-sync';
const RETRY = 'policy-sync-retry';

export function backoffMinutes(failures: number): number {
  return Math.min(60, 2 ** Math.max(0, failures - 1));
}

export async function schedulePeriodicSync(): Promise<void> {
  const { syncIntervalMinutes } = await readSettings();
  await browser.alarms.create(PERIODIC, { periodInMinutes: Math.max(5, syncIntervalMinutes) });
}

/** One sync, then a retry alarm if it failed. Concurrent calls share one run. */
let running: Promise<SyncOutcome> | null = null;
export function syncAndReschedule(): Promise<SyncOutcome> {
  running ??= (async () => {
    try {
      const outcome = await syncPolicy();
      if (outcome.kind === 'rejected') {
        const { consecutiveFailures } = await syncStatusItem.getValue();
        await browser.alarms.create(RETRY, { delayInMinutes: backoffMinutes(consecutiveFailures) });
      } else await browser.alarms.clear(RETRY);
      return outcome;
    } finally {
      running = null;
    }
  })();
  return running;
}

export function registerPolicySync(): void {
  browser.runtime.onInstalled.addListener(() => {
    void schedulePeriodicSync();
    void syncAndReschedule();
  });
  browser.runtime.onStartup.addListener(() => void syncAndReschedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === RETRY) void syncAndReschedule();
  });
  // A new URL, key or interval takes effect at once.
  settingsItem.watch((next, previous) => {
    if (next.syncIntervalMinutes !== previous?.syncIntervalMinutes) void schedulePeriodicSync();
    if (next.policyUrl !== previous?.policyUrl || next.publicKey !== previous?.publicKey)
      void syncAndReschedule();
  });
}
