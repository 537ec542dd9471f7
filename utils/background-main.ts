/**
 * The service worker: remembers each tab's newest snapshot (so a panel opened later, or a
 * restarted worker, finds it), with the drafts typed since applied to it, answers it with the
 * reply rules in force for inline warnings, and opens the side panel from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { isExtensionMessage, withDraft, type TicketSnapshot } from './messages';
import { snapshotsItem } from './storage';
import { answerReplyRules, registerDraftRules } from './draft-rules-background';
import { registerPolicySync, syncAndReschedule } from './sync/schedule';

export function startBackground(): void {
  registerDraftRules();
  registerPolicySync();
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'sync-now') return syncAndReschedule();
    const tabId = sender.tab?.id === undefined ? undefined : String(sender.tab.id);
    if (message.type === 'snapshot' && tabId !== undefined) {
      const { snapshot } = message;
      void updateSnapshots((all) => {
        const previous = all[tabId];
        if (previous && previous.seq > snapshot.seq && previous.url === snapshot.url) return;
        return { ...all, [tabId]: snapshot };
      });
    }
    // Only the draft changed: into the tab's snapshot, if it is still the one it was read on.
    // Nothing to answer (the reply rules do not depend on the draft).
    if (message.type === 'draft') {
      if (tabId !== undefined)
        void updateSnapshots((all) => {
          const next = withDraft(all[tabId], message);
          return next ? { ...all, [tabId]: next } : undefined;
        });
      return undefined;
    }
    // The content script's inline warnings need the reply rules for what it just read.
    return answerReplyRules(message, sender.tab?.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void updateSnapshots((all) => {
      if (!(String(tabId) in all)) return;
      const { [String(tabId)]: _removed, ...rest } = all;
      return rest;
    });
  });

  openPanelFromToolbarButton();
}

/** The stored snapshots' read-modify-writes, queued. */
let snapshotWrites: Promise<unknown> = Promise.resolve();

/**
 * Changes the stored snapshots (`change` returns the new record, or undefined for no write), one
 * change after another: a draft applied while the snapshot before it is still being written
 * would otherwise write the older ticket back over it.
 */
export function updateSnapshots(
  change: (all: Record<string, TicketSnapshot>) => Record<string, TicketSnapshot> | undefined,
): Promise<void> {
  const run = snapshotWrites.then(async () => {
    const next = change(await snapshotsItem.getValue());
    if (next) await snapshotsItem.setValue(next);
  });
  snapshotWrites = run.catch(() => undefined);
  return run;
}

/** The toolbar button opens the panel: Chrome's side panel, or Firefox's sidebar. */
function openPanelFromToolbarButton(): void {
  const api = browser as unknown as {
    sidePanel?: { setPanelBehavior(o: object): Promise<void> };
    sidebarAction?: { toggle(): Promise<void> };
    browserAction?: { onClicked: { addListener(listener: () => void): void } };
  };
  if (api.sidePanel) {
    void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  // Firefox (Manifest V2): toggle() must run inside the click's handler, nothing awaited first.
  const sidebar = api.sidebarAction;
  if (sidebar)
    api.browserAction?.onClicked.addListener(() => void sidebar.toggle().catch(() => undefined));
}
