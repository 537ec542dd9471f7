/**
 * Runs a site reader on the live page: on start, on every single-page navigation and on DOM
 * changes (debounced), and sends each new snapshot to the extension. When the only changes since
 * the last reading are inside the reply editor (the agent typing), only the draft is read and
 * sent (a `draft` message the receivers apply to the tab's last snapshot), not the whole ticket.
 * Answers the panel's requests (a fresh snapshot, highlight a message). Never lets an exception
 * escape into the host page, and goes quiet when the extension is updated or reloaded (context
 * invalidated).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftMessage, ExtensionMessage, TicketSnapshot } from '../utils/messages';
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

/** User Timing names of a full reading of the ticket and of a draft-only one (see the bench). */
const READ_MEASURE = 'ea-read';
const DRAFT_MEASURE = 'ea-read-draft';

/**
 * Runs a reading between User Timing marks, so the read time shows in DevTools' performance
 * panel and in benchmarks. Only the newest entry is kept in the page's buffer.
 */
function timed<T>(name: string, read: () => T): T {
  performance.clearMeasures(name);
  performance.mark(`${name}-start`);
  try {
    return read();
  } finally {
    performance.measure(name, `${name}-start`);
    performance.clearMarks(`${name}-start`);
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
  /**
   * The next reading's number: one more than the last, and never behind the clock, so the first
   * reading after a reload is newer than every reading of the page before it (the receivers keep
   * the tab's newest reading per URL, and a reload keeps the URL).
   */
  const nextSeq = () => (seq = Math.max(seq + 1, Date.now()));
  /** The last snapshot sent, its draft left out (`fingerprint`). */
  let lastSent = '';
  let latest: { snapshot: TicketSnapshot; reply: Promise<unknown> } | null = null;
  /** The draft the receivers have: the last snapshot's, or the last draft message's. */
  let sentDraft = '';
  /** The reply editor at the last full reading: changes only inside it are the draft's. */
  let editor: Node | null = null;
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
    const reading = timed(READ_MEASURE, () => site.read(document, url));
    const id = reading.ticket?.id;
    return {
      ...reading,
      url: url.href,
      ticketKey:
        reading.site && id
          ? `${reading.site.startsWith('helpscout') ? 'helpscout' : reading.site}:${id}`
          : null,
      seq: nextSeq(),
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

  /** The draft alone, to the panel and the background, when it is not the one they have. */
  const sendDraft = (ticketKey: string, url: string, draft: string, draftSeq: number) => {
    if (draft === sentDraft) return;
    sentDraft = draft;
    const message: DraftMessage = {
      type: 'draft',
      ticketKey,
      url,
      seq: draftSeq,
      readAt: Date.now(),
      draft,
    };
    void browser.runtime.sendMessage(message).catch(() => undefined);
  };

  /** A full reading of the ticket, sent unless it is what was sent last. */
  const send = () => {
    if (!ctx.isValid) return;
    try {
      const next = settled(snapshot());
      editor = site.findReplyEditor(document)?.element ?? null;
      if (selectors.update(next.ticketKey, next.report.layoutChanged ?? [], Date.now()) && !recheck)
        recheck = ctx.setTimeout(() => {
          recheck = 0;
          send();
        }, CONFIRM_MS);
      // Nothing but the draft changed since the last message (an app re-render, a toolbar
      // reacting to the typing): at most the draft is sent.
      const { draft = '', ...ticket } = next.ticket ?? {};
      const fingerprint = JSON.stringify([
        next.status,
        next.url,
        next.ticket && ticket,
        next.report,
      ]);
      if (fingerprint === lastSent) {
        if (next.ticketKey && next.status === 'ticket')
          sendDraft(next.ticketKey, next.url, draft, next.seq);
        return;
      }
      lastSent = fingerprint;
      sentDraft = draft;
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

  /**
   * Only the reply editor changed: its draft is read and sent alone, against the ticket last
   * sent. Anything else (no ticket shown, a placeholder, another URL) takes a full reading.
   */
  const sendDraftOnly = () => {
    if (!ctx.isValid) return;
    const shown = latest?.snapshot;
    if (shown?.status !== 'ticket' || !shown.ticketKey || shown.url !== location.href)
      return send();
    try {
      const draft = timed(DRAFT_MEASURE, () => site.readDraft(document));
      sendDraft(shown.ticketKey, shown.url, draft, nextSeq());
    } catch (error) {
      if (ctx.isValid) warnOnce(error);
    }
  };

  observePage(document.body, ({ outside }) => (outside ? send() : sendDraftOnly()), {
    signal: ctx.signal,
    debounceMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    inside: () => editor,
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
