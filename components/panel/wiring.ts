/**
 * Connects the panel's store to the extension: which tab it shows (the window's active tab, or
 * the one named by `?tabId=`), that tab's snapshots, the stored settings, policy and sync
 * status, and the per-ticket state (saved, and expired after TICKET_STATE_TTL_MS). With
 * copy.ts, the only modules of the panel that talk to browser APIs.
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
import { ticketKeyOf, usePanel } from './state';

/** Pages the content scripts read (the manifest's host permissions). */
const HELPDESK_URL = /^https:\/\/(secure\.helpscout\.net|[a-z0-9-]+\.gorgias\.com)\//;

/** Calls to showTab overtake each other; only the newest may write. */
let showing = 0;
/** How long a helpdesk page may take to send its first reading before the panel says so. */
export const PAGE_ANSWER_GRACE_MS = 4000;

async function showTab(tabId: number | null): Promise<void> {
  const call = ++showing;
  const current = () => call === showing;
  usePanel.setState({ tabId });
  if (tabId === null) return usePanel.getState().setSnapshot(null);
  // Without the "tabs" permission a tab's URL is visible only on the helpdesk hosts: no URL,
  // or another host, means this is not a helpdesk page.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!current()) return;
  if (!tab?.url || !HELPDESK_URL.test(tab.url)) return usePanel.getState().setSnapshot(null);
  const stored = (await snapshotsItem.getValue())[String(tabId)];
  if (!current()) return;
  // The remembered reading stands in while the page answers, if it is of the page now open.
  const known = stored?.url === tab.url;
  if (known) usePanel.getState().setSnapshot(stored);
  const request: ExtensionMessage = { type: 'request-snapshot' };
  try {
    const fresh = (await browser.tabs.sendMessage(tabId, request)) as TicketSnapshot | undefined;
    if (fresh?.url === tab.url && current()) usePanel.getState().setSnapshot(fresh);
  } catch {
    // No content script answers yet (the page is loading: it sends its first reading itself)
    // or any more (the extension was updated under an open page).
    if (!current() || known) return;
    usePanel.setState({ snapshot: null, page: 'loading' });
    setTimeout(() => {
      if (current() && usePanel.getState().page === 'loading')
        usePanel.setState({ page: 'unreachable' });
    }, PAGE_ANSWER_GRACE_MS);
  }
}

/**
 * The shown tab started loading a document. Another site: say so at once. A helpdesk page: its
 * content script reports the new reading itself (single-page navigations included); ask for one
 * only if none has come within the grace period.
 */
async function tabLoading(tabId: number): Promise<void> {
  const call = showing;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (call !== showing) return;
  if (!tab?.url || !HELPDESK_URL.test(tab.url)) return usePanel.getState().setSnapshot(null);
  const url = tab.url;
  setTimeout(() => {
    if (call === showing && usePanel.getState().snapshot?.url !== url) void showTab(tabId);
  }, PAGE_ANSWER_GRACE_MS);
}

/** Saves the open ticket's state and drops every expired one. */
export async function saveTicketState(key: string, state: TicketState): Promise<void> {
  const now = Date.now();
  const all = await ticketStatesItem.getValue();
  const kept = Object.fromEntries(
    Object.entries(all).filter(([, s]) => now - s.updatedAt < TICKET_STATE_TTL_MS),
  );
  await ticketStatesItem.setValue({ ...kept, [key]: state });
}

/** Changes the open ticket's state: at once on screen, then in storage. */
export function updateTicketState(change: Partial<TicketState>): void {
  const key = ticketKeyOf(usePanel.getState());
  const next = usePanel.getState().updateTicketState(change);
  if (key && next) void saveTicketState(key, next);
}

export function usePanelWiring(): void {
  useEffect(() => {
    const unwatch: (() => void)[] = [];
    const on = <A extends unknown[]>(
      event: {
        addListener(l: (...args: A) => unknown): void;
        removeListener(l: (...args: A) => unknown): void;
      },
      listener: (...args: A) => unknown,
    ) => {
      event.addListener(listener);
      unwatch.push(() => event.removeListener(listener));
    };

    on(browser.runtime.onMessage, (message: unknown, sender: { tab?: { id?: number } }) => {
      if (!isExtensionMessage(message)) return undefined;
      if (sender.tab?.id === undefined || sender.tab.id !== usePanel.getState().tabId)
        return undefined;
      if (message.type === 'snapshot') usePanel.getState().setSnapshot(message.snapshot);
      else if (message.type === 'draft') usePanel.getState().applyDraft(message);
      return undefined;
    });

    const fromQuery = new URLSearchParams(location.search).get('tabId');
    let windowId: number | undefined;
    if (fromQuery === null)
      // The side panel follows its window's active tab (never another window's).
      on(browser.tabs.onActivated, (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) void showTab(info.tabId);
      });
    // The shown tab loads another document: read it again, or say it is not a helpdesk page.
    // (Single-page navigation inside the helpdesk is the content script's to report.)
    on(browser.tabs.onUpdated, (tabId: number, change: { status?: string }) => {
      if (tabId === usePanel.getState().tabId && change.status === 'loading')
        void tabLoading(tabId);
    });

    unwatch.push(
      settingsItem.watch((settings) => usePanel.setState({ settings: completeSettings(settings) })),
      policyItem.watch((policyInForce) => usePanel.setState({ policyInForce })),
      syncStatusItem.watch((syncStatus) => usePanel.setState({ syncStatus })),
      ticketStatesItem.watch((savedStates) =>
        usePanel.setState({ savedStates: savedStates ?? {} }),
      ),
    );

    void (async () => {
      const [settings, policyInForce, syncStatus, savedStates] = await Promise.all([
        readSettings(),
        policyItem.getValue(),
        syncStatusItem.getValue(),
        ticketStatesItem.getValue(),
      ]);
      usePanel.setState({ settings, policyInForce, syncStatus, savedStates });
      if (fromQuery !== null) return showTab(Number(fromQuery));
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      await showTab(tab?.id ?? null);
    })();
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
