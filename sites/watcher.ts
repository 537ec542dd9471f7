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
import { FIELD_NAMES } from './dom/query';
import { flashElement } from './highlight';
import type { Site } from './site';
import { HOLD_MS, TicketTransition } from './transition';

/** Well inside the 300 ms the issue allows from a change to a fresh snapshot. */
const DEBOUNCE_MS = 120;
/** Bursts of mutations longer than this still produce a reading (debounce ceiling). */
const MAX_WAIT_MS = 250;
/** How soon to look again while the page still shows the previous ticket. */
const HOLD_RETRY_MS = 150;
/** How long a field must look broken before the console is told (a widget may be loading). */
const CONFIRM_MS = 1000;

/**
 * Runs a reading between User Timing marks, so the read time shows in DevTools' performance
 * panel and in benchmarks (`ea-read`). Only the newest entry is kept in the page's buffer.
 */
function timed<T>(read: () => T): T {
  performance.clearMeasures('ea-read');
  performance.mark('ea-read-start');
  try {
    return read();
  } finally {
    performance.measure('ea-read', 'ea-read-start');
    performance.clearMarks('ea-read-start');
  }
}

const warned = new Set<string>();
function warnOnce(error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (warned.has(text)) return;
  warned.add(text);
  console.warn('[Escalation Assist] could not read this page:', error);
}

/**
 * What the panel gets while the page has not caught up with its URL (`hold`), or never did
 * (`stale`): no ticket, rather than one ticket's data under another's address.
 */
function placeholder(
  verdict: 'hold' | 'stale',
): Pick<TicketSnapshot, 'status' | 'ticket' | 'ticketKey' | 'report'> {
  return {
    status: 'no-ticket',
    ticket: null,
    ticketKey: null,
    report: {
      found: [],
      missing: [],
      layoutChanged: [],
      notes: [
        verdict === 'hold'
          ? 'Waiting for the ticket to load'
          : 'The page still shows the previous ticket: waiting for it to load',
      ],
    },
  };
}

/** A new reading, and the background's answer to it (undefined when none came). */
export type SnapshotListener = (snapshot: TicketSnapshot, reply: Promise<unknown>) => void;

export function startTicketWatcher(
  ctx: ContentScriptContext,
  site: Site,
): { onSnapshot(l: SnapshotListener): void } {
  let seq = 0;
  let lastSent = '';
  let latest: { snapshot: TicketSnapshot; reply: Promise<unknown> } | null = null;
  const listeners: SnapshotListener[] = [];
  const selectors = new SelectorWatch(
    site.name,
    (field) => FIELD_NAMES[field] ?? field,
    CONFIRM_MS,
  );
  const transition = new TicketTransition(HOLD_MS);
  let recheck = 0;
  let retry = 0;

  const snapshot = (): TicketSnapshot => {
    const url = new URL(location.href);
    const reading = timed(() => site.read(document, url));
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

  /** The reading to send: a placeholder while the page has not caught up with its URL. */
  const settled = (next: TicketSnapshot): TicketSnapshot => {
    const verdict = transition.check(next, Date.now());
    if (verdict === 'hold' && !retry)
      retry = ctx.setTimeout(() => {
        retry = 0;
        send();
      }, HOLD_RETRY_MS);
    return verdict === 'ready' ? next : { ...next, ...placeholder(verdict) };
  };

  const send = () => {
    if (!ctx.isValid) return;
    try {
      const next = settled(snapshot());
      if (selectors.update(next.ticketKey, next.report.layoutChanged ?? [], Date.now()) && !recheck)
        recheck = ctx.setTimeout(() => {
          recheck = 0;
          send();
        }, CONFIRM_MS);
      // Nothing changed since the last message (an app re-render): stay quiet.
      const fingerprint = JSON.stringify([next.status, next.url, next.ticket, next.report]);
      if (fingerprint === lastSent) return;
      lastSent = fingerprint;
      transition.shown(next);
      const message: ExtensionMessage = { type: 'snapshot', snapshot: next };
      const reply = browser.runtime.sendMessage(message).catch(() => undefined);
      latest = { snapshot: next, reply };
      for (const listener of listeners) listener(next, reply);
    } catch (error) {
      // The extension was reloaded under us, or the page is in a state no reader expects: the
      // host page must not notice either way, and the console hears of each problem once.
      if (ctx.isValid) warnOnce(error);
    }
  };

  observePage(document.body, send, {
    signal: ctx.signal,
    debounceMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
  });

  const onMessage = (message: unknown) => {
    if (!isExtensionMessage(message)) return undefined;
    try {
      // While the page catches up with a new URL, the answer is the placeholder, as sent.
      if (message.type === 'request-snapshot') return Promise.resolve(settled(snapshot()));
      if (message.type === 'highlight-message') {
        const element = site.findMessage(document, message.messageId);
        if (element) flashElement(element, ctx.signal);
        return Promise.resolve(element !== null);
      }
    } catch (error) {
      warnOnce(error);
      return Promise.resolve(undefined);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  send();
  return {
    onSnapshot(listener) {
      listeners.push(listener);
      try {
        if (latest) listener(latest.snapshot, latest.reply);
      } catch (error) {
        warnOnce(error);
      }
    },
  };
}
