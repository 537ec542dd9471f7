/**
 * Runs a site reader on the live page: on start, on every single-page navigation and on DOM
 * changes (debounced), and sends each new snapshot to the extension. Answers the panel's
 * requests (a fresh snapshot, highlight a message). Never lets an exception escape into the host
 * page, and goes quiet when the extension is updated or reloaded (context invalidated).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtensionMessage, TicketSnapshot } from '../utils/messages';
import { isExtensionMessage } from '../utils/messages';
import { observePage, SelectorWatch } from './dom/observe';
import { flashElement } from './highlight';
import type { Site } from './site';

/** Well inside the 300 ms the issue allows from a change to a fresh snapshot. */
const DEBOUNCE_MS = 120;

type SnapshotListener = (snapshot: TicketSnapshot) => void;

export function startTicketWatcher(
  ctx: ContentScriptContext,
  site: Site,
): { onSnapshot(l: SnapshotListener): void } {
  let seq = 0;
  let lastSent = '';
  const listeners: SnapshotListener[] = [];
  const selectors = new SelectorWatch(site.name);

  const snapshot = (): TicketSnapshot => {
    const url = new URL(location.href);
    const reading = site.read(document, url);
    const lost = selectors.update(reading.report.found, reading.report.missing);
    if (lost.length)
      reading.report.notes.push(
        `The page layout changed: ${lost.join(', ')} can no longer be read.`,
      );
    const id = reading.ticket?.id;
    return {
      ...reading,
      url: url.href,
      ticketKey:
        reading.site && id
          ? `${reading.site.startsWith('helpscout') ? 'helpscout' : reading.site}:${id}`
          : null,
      seq: ++seq,
      readAt: Date.now(),
    };
  };

  const send = () => {
    if (!ctx.isValid) return;
    try {
      const next = snapshot();
      // Nothing changed since the last message (an app re-render): stay quiet.
      const fingerprint = JSON.stringify([next.status, next.url, next.ticket, next.report]);
      if (fingerprint === lastSent) return;
      lastSent = fingerprint;
      for (const listener of listeners) listener(next);
      const message: ExtensionMessage = { type: 'snapshot', snapshot: next };
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch (error) {
      // The extension was reloaded under us, or the page is in a state no reader expects: the
      // host page must not notice either way.
      if (ctx.isValid) console.warn('[Escalation Assist] could not read this page:', error);
    }
  };

  observePage(document.body, send, { signal: ctx.signal, debounceMs: DEBOUNCE_MS });

  const onMessage = (message: unknown) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'request-snapshot') return Promise.resolve(snapshot());
    if (message.type === 'highlight-message') {
      const element = site.findMessage(document, message.messageId);
      if (element) flashElement(element, ctx.signal);
      return Promise.resolve(element !== null);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  send();
  return { onSnapshot: (listener) => void listeners.push(listener) };
}
