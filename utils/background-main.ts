/**
 * The service worker: remembers each tab's newest snapshot (so a panel opened later, or a
 * restarted worker, finds it), answers it with the reply rules in force for inline warnings, and
 * opens the side panel from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { isExtensionMessage } from './messages';
import { snapshotsItem } from './storage';
import { answerReplyRules, registerDraftRules } from './draft-rules-background';
import { registerPolicySync, syncAndReschedule } from './sync/schedule';

export function startBackground(): void {
  registerDraftRules();
  registerPolicySync();
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'sync-now') return syncAndReschedule();
    if (message.type === 'snapshot' && sender.tab?.id !== undefined) {
      const tabId = String(sender.tab.id);
      void snapshotsItem.getValue().then((all) => {
        const previous = all[tabId];
        if (
          previous &&
          previous.seq > message.snapshot.seq &&
          previous.url === message.snapshot.url
        )
          return;
        return snapshotsItem.setValue({ ...all, [tabId]: message.snapshot });
      });
    }
    // The content script's inline warnings need the reply rules for what it just read.
    return answerReplyRules(message, sender.tab?.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void snapshotsItem.getValue().then((all) => {
      if (!(String(tabId) in all)) return;
      const { [String(tabId)]: _removed, ...rest } = all;
      return snapshotsItem.setValue(rest);
    });
  });

  openPanelFromToolbarButton();
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
