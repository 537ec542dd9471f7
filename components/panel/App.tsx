import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TicketSnapshot } from '../../utils/messages';
import { isExtensionMessage } from '../../utils/messages';
import { snapshotsItem } from '../../utils/storage';

/** The tab this panel shows: `?tabId=` when opened in a tab of its own, else the active tab. */
async function boundTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Placeholder panel: shows the subject of the open ticket. */
export function App() {
  const [snapshot, setSnapshot] = useState<TicketSnapshot | null>(null);
  useEffect(() => {
    let tabId: number | undefined;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isExtensionMessage(message) && message.type === 'snapshot' && sender.tab?.id === tabId)
        setSnapshot(message.snapshot);
    };
    browser.runtime.onMessage.addListener(listener);
    void boundTabId().then(async (id) => {
      tabId = id;
      if (id === undefined) return;
      const stored = (await snapshotsItem.getValue())[String(id)];
      if (stored) setSnapshot(stored);
    });
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return (
    <main>
      <h1>Escalation Assist</h1>
      <p data-testid="subject">{snapshot?.ticket?.subject ?? 'No ticket open'}</p>
    </main>
  );
}
