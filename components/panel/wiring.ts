/**
 * Connects the panel's store to the extension: which tab it shows, that tab's snapshots, the
 * stored settings, policy and sync status, and the per-ticket facts (saved, and expired after
 * TICKET_STATE_TTL_MS). The only module of the panel that talks to browser APIs.
 */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import type { ExtensionMessage, TicketSnapshot } from '../../utils/messages';
import { isExtensionMessage } from '../../utils/messages';
import {
  completeSettings,
  policyItem,
  readSettings,
  settingsItem,
  snapshotsItem,
  syncStatusItem,
  TICKET_STATE_TTL_MS,
  ticketStatesItem,
  type TicketState,
} from '../../utils/storage';
import { EMPTY_TICKET_STATE, usePanel } from './state';

/** `?tabId=` when the panel page is opened in a tab of its own; else the window's active tab. */
async function initialTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function showTab(tabId: number | null): Promise<void> {
  usePanel.setState({ tabId });
  if (tabId === null) return usePanel.getState().setSnapshot(null);
  const stored = (await snapshotsItem.getValue())[String(tabId)] ?? null;
  usePanel.getState().setSnapshot(stored);
  const request: ExtensionMessage = { type: 'request-snapshot' };
  try {
    const fresh = (await browser.tabs.sendMessage(tabId, request)) as TicketSnapshot | undefined;
    if (fresh && usePanel.getState().tabId === tabId) usePanel.getState().setSnapshot(fresh);
  } catch {
    // No content script in that tab (not a helpdesk page): the stored snapshot, if any, stands.
    if (!stored) usePanel.getState().setSnapshot(null);
  }
}

function ticketKeyNow(): string | null {
  const { manual, snapshot } = usePanel.getState();
  return manual.active ? 'manual' : (snapshot?.ticketKey ?? null);
}

async function loadTicketState(): Promise<void> {
  const key = ticketKeyNow();
  const all = await ticketStatesItem.getValue();
  const saved = key ? all[key] : undefined;
  const fresh = saved && Date.now() - saved.updatedAt < TICKET_STATE_TTL_MS;
  if (key === ticketKeyNow())
    usePanel.getState().setTicketState(fresh ? saved : EMPTY_TICKET_STATE);
}

/** Saves one ticket's state and drops every expired one. */
export async function saveTicketState(state: TicketState): Promise<void> {
  const key = ticketKeyNow();
  if (!key) return;
  const now = Date.now();
  const all = await ticketStatesItem.getValue();
  const kept = Object.fromEntries(
    Object.entries(all).filter(([, s]) => now - s.updatedAt < TICKET_STATE_TTL_MS),
  );
  await ticketStatesItem.setValue({ ...kept, [key]: { ...state, updatedAt: now } });
}

export function usePanelWiring(): void {
  useEffect(() => {
    const unwatch: (() => void)[] = [];
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (!isExtensionMessage(message) || message.type !== 'snapshot') return undefined;
      if (sender.tab?.id !== undefined && sender.tab.id === usePanel.getState().tabId)
        usePanel.getState().setSnapshot(message.snapshot);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    unwatch.push(() => browser.runtime.onMessage.removeListener(onMessage));

    const bound = new URLSearchParams(location.search).has('tabId');
    if (!bound) {
      const onActivated = (info: { tabId: number }) => void showTab(info.tabId);
      browser.tabs.onActivated.addListener(onActivated);
      unwatch.push(() => browser.tabs.onActivated.removeListener(onActivated));
    }

    void (async () => {
      const [settings, policyInForce, syncStatus] = await Promise.all([
        readSettings(),
        policyItem.getValue(),
        syncStatusItem.getValue(),
      ]);
      usePanel.setState({ settings, policyInForce, syncStatus });
      await showTab(await initialTabId());
    })();
    unwatch.push(
      settingsItem.watch((settings) => usePanel.setState({ settings: completeSettings(settings) })),
    );
    unwatch.push(policyItem.watch((policyInForce) => usePanel.setState({ policyInForce })));
    unwatch.push(syncStatusItem.watch((syncStatus) => usePanel.setState({ syncStatus })));

    // Facts follow the ticket: load them whenever the ticket (or manual mode) changes.
    let lastKey: string | null = null;
    unwatch.push(
      usePanel.subscribe(() => {
        const key = ticketKeyNow();
        if (key !== lastKey) {
          lastKey = key;
          void loadTicketState();
        }
      }),
    );
    return () => unwatch.forEach((stop) => stop());
  }, []);
}

export function highlightMessage(messageId: string, start: number, end: number): void {
  const tabId = usePanel.getState().tabId;
  if (tabId === null) return;
  const message: ExtensionMessage = { type: 'highlight-message', messageId, start, end };
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export function requestSync(): Promise<unknown> {
  const message: ExtensionMessage = { type: 'sync-now' };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
