/**
 * Runs a site reader on the live page: on start, on every single-page navigation and on DOM
 * changes (debounced), and sends each new snapshot to the extension. Never lets an exception
 * escape into the host page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtensionMessage, TicketSnapshot } from '../utils/messages';
import { isExtensionMessage } from '../utils/messages';
import type { Site } from './site';

const DEBOUNCE_MS = 120;

export function startTicketWatcher(ctx: ContentScriptContext, site: Site): void {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const snapshot = (): TicketSnapshot => {
    const url = new URL(location.href);
    const reading = site.read(document, url);
    const id = reading.ticket?.id;
    return {
      ...reading,
      url: url.href,
      ticketKey: reading.site && id ? `${reading.site}:${id}` : null,
      seq: ++seq,
      readAt: Date.now(),
    };
  };

  const send = () => {
    if (!ctx.isValid) return;
    try {
      const message: ExtensionMessage = { type: 'snapshot', snapshot: snapshot() };
      browser.runtime.sendMessage(message).catch(() => undefined);
    } catch (error) {
      console.warn('[Escalation Assist] could not read this page:', error);
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(send, DEBOUNCE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isExtensionMessage(message) || message.type !== 'request-snapshot') return undefined;
    return Promise.resolve(snapshot());
  });

  send();
}
