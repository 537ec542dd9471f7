// @vitest-environment happy-dom
/**
 * The watcher on a live (happy-dom) page: single-page navigation between saved tickets, new
 * messages, list pages, a changed layout said once, a ticket without an order widget said
 * nothing about, and the host page left alone when the reader fails or the extension goes away.
 * Timers are faked, so "within 300 ms" is a statement about the watcher's schedule, not about
 * this machine's speed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gorgiasSite } from '../../../sites/gorgias/index';
import { helpscoutSite } from '../../../sites/helpscout/index';
import type { Site } from '../../../sites/site';
import { startTicketWatcher } from '../../../sites/watcher';
import type { DraftMessage, ExtensionMessage, TicketSnapshot } from '../../../utils/messages';
import { withDraft } from '../../../utils/messages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const HELPSCOUT = 'https://secure.helpscout.net';

/** Puts a saved page's title and body into the live document, as the app's renderer would. */
function render(file: string): void {
  const saved = new DOMParser().parseFromString(
    readFileSync(resolve(FIXTURES, file), 'utf8'),
    'text/html',
  );
  document.title = saved.title;
  document.body.replaceChildren(
    ...Array.from(saved.body.childNodes).map((n) => document.importNode(n, true)),
  );
}

let sent: TicketSnapshot[];
let drafts: DraftMessage[];
let warn: ReturnType<typeof vi.spyOn>;
let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  sent = [];
  drafts = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    const m = message as ExtensionMessage;
    if (m.type === 'snapshot') sent.push(m.snapshot);
    if (m.type === 'draft') drafts.push(m);
    return Promise.resolve(undefined);
  });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function start(url: string, file: string, site: Site = helpscoutSite) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  render(file);
  return startTicketWatcher(ctx, site);
}

/** Lets the page's mutation records reach the observer, then moves the clock. */
async function after(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

const last = () => sent[sent.length - 1]!;
const threadIds = (s: TicketSnapshot) => s.ticket?.messages.map((m) => m.id) ?? [];

/** A new customer message, "Any news?", arriving in the demo ticket's thread as thread-9005. */
function appendCustomerMessage(): void {
  const item = document.createElement('li');
  item.id = 'thread-9005';
  item.className = 'is-customer';
  item.append(document.createElement('hr'), 'Any news?');
  document.querySelector('ol[aria-label="Thread Items"]')!.append(item);
}

test('the open ticket is read at once; a new message gives a fresh snapshot within 300 ms', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  expect(last().ticketKey).toBe('helpscout:1042');
  expect(threadIds(last())).toEqual(['9001', '9002', '9003', '9004']);

  appendCustomerMessage();
  await after(300);
  expect(threadIds(last())).toEqual(['9001', '9002', '9003', '9004', '9005']);
  expect(last().ticket?.messages[4]?.body).toBe('Any news?');
});

test('a burst of re-renders costs one snapshot, and an unchanged page sends nothing', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  const before = sent.length;
  const list = document.querySelector('ol[aria-label="Thread Items"]')!;
  // The app re-renders the same thread again and again (a clock ticking, say).
  for (let i = 0; i < 20; i++) {
    list.setAttribute('class', `tick-${i}`);
    await after(20);
  }
  await after(300);
  expect(sent.length).toBe(before);
});

test('moving to another ticket: URL first, thread later; the old thread never shows under the new key', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  history.pushState({}, '', '/conversation/2002/1043');
  // The router has changed the URL; the new conversation's data is still on its way.
  await after(400);
  render('helpscout/second-ticket.html');
  await after(300);

  expect(last().ticketKey).toBe('helpscout:1043');
  expect(threadIds(last())).toEqual(['9101']);
  for (const snapshot of sent) {
    if (snapshot.url.includes('/1043')) expect(threadIds(snapshot)).not.toContain('9001');
    if (snapshot.ticketKey === 'helpscout:1043') expect(threadIds(snapshot)).toEqual(['9101']);
  }
  // What the panel got meanwhile: no ticket, and why.
  const waiting = sent.find((s) => s.url.includes('/1043') && s.status === 'no-ticket');
  expect(waiting?.report.notes).toEqual(['Waiting for the ticket to load']);
});

test('thread first, URL later: the new thread never shows under the old key', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  render('helpscout/second-ticket.html');
  await after(300);
  history.pushState({}, '', '/conversation/2002/1043');
  await after(500);
  expect(last().ticketKey).toBe('helpscout:1043');
  for (const snapshot of sent)
    if (snapshot.ticketKey === 'helpscout:1042') expect(threadIds(snapshot)).toContain('9001');
});

test('a page that never catches up with its URL shows no ticket, not the previous one', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  history.pushState({}, '', '/conversation/2002/1043');
  await after(3000);
  expect(last()).toMatchObject({ status: 'no-ticket', ticket: null, ticketKey: null });
  expect(last().report.notes).toEqual([
    'The page still shows the previous ticket: waiting for it to load',
  ]);
  render('helpscout/second-ticket.html');
  await after(300);
  expect(last().ticketKey).toBe('helpscout:1043');
});

test('a ticket without an order widget is not taken for a changed layout', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  expect(last().ticket?.orders).toHaveLength(1);
  history.pushState({}, '', '/conversation/2002/1043');
  render('helpscout/second-ticket.html');
  await after(5000);
  history.pushState({}, '', '/conversation/2001/1042');
  render('helpscout/demo-ticket.html');
  await after(5000);

  expect(warn).not.toHaveBeenCalled();
  const second = sent.find((s) => s.ticketKey === 'helpscout:1043')!;
  expect(second.report.missing).toContain('orders');
  expect(second.report.layoutChanged).toEqual([]);
  expect(second.report.notes).toEqual([
    "Couldn't read the customer's orders (no order widget on the page)",
  ]);
});

test('an order widget that is still loading is not taken for a changed layout', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  const widget = document.querySelector('[data-cy="Sidebar.Orders"]')!;
  const rows = Array.from(widget.children);
  widget.replaceChildren('Loading…');
  await after(3000);
  widget.replaceChildren(...rows);
  await after(300);
  expect(warn).not.toHaveBeenCalled();
  expect(last().ticket?.orders).toHaveLength(1);
});

test('a widget showing orders that no selector reads is said once, on the console and in the report', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  // A new app version renders the rows without the attribute the selectors know.
  document.querySelector('[data-order-id]')!.removeAttribute('data-order-id');
  for (let i = 0; i < 30; i++) {
    document.querySelector('ol[aria-label="Thread Items"]')!.setAttribute('class', `tick-${i}`);
    await after(200);
  }
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toMatch(/HelpScout: the orders could not be found/);
  expect(last().report.layoutChanged).toEqual(['orders']);
  expect(last().report.notes).toContain(
    "Couldn't read the orders although the order widget is on the page: its layout may have changed",
  );

  // The same change on the next ticket is not said again.
  history.pushState({}, '', '/conversation/2001/1042?folderId=2');
  await after(3000);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('list pages and the new-ticket form say "no ticket open"', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  history.pushState({}, '', '/inboxes/1a2b/views/1');
  render('helpscout/inbox.html');
  await after(300);
  expect(last()).toMatchObject({ status: 'no-ticket', ticket: null, ticketKey: null });
});

test('Gorgias: ticket to ticket through the views route, list page after', async () => {
  start('https://acme.gorgias.com/app/ticket/31000', 'gorgias/ticket.html', gorgiasSite);
  expect(last().ticketKey).toBe('gorgias:31000');
  history.pushState({}, '', '/app/views/12/32000');
  render('gorgias/second-ticket.html');
  await after(300);
  expect(last().ticketKey).toBe('gorgias:32000');
  expect(last().ticket?.customer?.name).toBe('Jo Kim');
  history.pushState({}, '', '/app/ticket/new');
  await after(300);
  expect(last().status).toBe('no-ticket');
});

test('the panel asking for a reading gets the page as it is now', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'request-snapshot' },
    {},
    () => undefined,
  );
  const answer = (await answers.find(Boolean)) as TicketSnapshot;
  expect(answer.ticketKey).toBe('helpscout:1042');
  expect(answer.ticket?.subject).toBe('Box arrived crushed');
});

const replyBox = () =>
  document.querySelector<HTMLElement>('[data-cy="ReplyEditor"] [role="textbox"]')!;

test('typing in the reply editor sends only the draft, against the ticket last sent', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  const count = sent.length;
  const read = vi.spyOn(helpscoutSite, 'read');
  replyBox().append('Hi Dana');
  await after(300);
  replyBox().append(document.createElement('br'), "You'll receive a full refund.");
  await after(300);
  expect(sent.length).toBe(count);
  expect(read).not.toHaveBeenCalled();
  expect(drafts.map((d) => d.draft)).toEqual(['Hi Dana', "Hi Dana\nYou'll receive a full refund."]);
  expect(drafts[0]).toMatchObject({ ticketKey: 'helpscout:1042', url: last().url });
  expect(drafts[0]!.seq).toBeGreaterThan(last().seq);
  expect(drafts[1]!.seq).toBeGreaterThan(drafts[0]!.seq);
  // Applied to the last snapshot, the drafts give what a full reading of the page gives.
  const applied = drafts.reduce<TicketSnapshot | null>((s, d) => withDraft(s, d), last());
  expect(applied?.ticket).toEqual(helpscoutSite.read(document, new URL(location.href)).ticket);

  // The editor re-rendered with the same text: nothing to say. Cleared: the empty draft.
  replyBox().replaceChildren(
    'Hi Dana',
    document.createElement('br'),
    "You'll receive a full refund.",
  );
  await after(300);
  expect(drafts).toHaveLength(2);
  replyBox().replaceChildren();
  await after(300);
  expect(drafts.map((d) => d.draft)).toEqual([
    'Hi Dana',
    "Hi Dana\nYou'll receive a full refund.",
    '',
  ]);
  expect(sent.length).toBe(count);
});

test('a change outside the editor while the agent types gets the full reading, draft included', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  replyBox().append('Hi Dana');
  await after(300);
  expect(drafts).toHaveLength(1);
  // The next keystroke and a new message in the thread, in one burst.
  replyBox().append(', sorry');
  appendCustomerMessage();
  await after(300);
  expect(drafts).toHaveLength(1);
  expect(threadIds(last())).toContain('9005');
  expect(last().ticket?.draft).toBe('Hi Dana, sorry');
  expect(last().seq).toBeGreaterThan(drafts[0]!.seq);
  // Typing on after it: drafts again, against the new snapshot.
  replyBox().append('!');
  await after(300);
  expect(drafts[1]).toMatchObject({ draft: 'Hi Dana, sorry!' });
  expect(drafts[1]!.seq).toBeGreaterThan(last().seq);
});

test('a composer opened after the reading, and one switched to a note, are read in full first', async () => {
  start(`${HELPSCOUT}/conversation/2002/1043`, 'helpscout/second-ticket.html');
  const wrapper = document.createElement('div');
  wrapper.setAttribute('data-cy', 'ReplyEditor');
  const box = document.createElement('div');
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  wrapper.append(box);
  document.querySelector('main')!.append(wrapper);
  await after(300);
  box.append('Hi Omar');
  await after(300);
  expect(drafts.map((d) => d.draft)).toEqual(['Hi Omar']);
  // The app switches the composer to an internal note (around the editor): a full reading. Only
  // the draft differs from the ticket sent (notes are not the reply): it goes alone, emptied.
  const count = sent.length;
  const read = vi.spyOn(helpscoutSite, 'read');
  wrapper.setAttribute('data-cy', 'NoteEditor');
  wrapper.className = 'is-note';
  await after(300);
  expect(read).toHaveBeenCalledTimes(1);
  expect(sent.length).toBe(count);
  expect(drafts.map((d) => d.draft)).toEqual(['Hi Omar', '']);
  box.append(' (note)');
  await after(300);
  expect(drafts.map((d) => d.draft)).toEqual(['Hi Omar', '']);
});

test('after a reload, the new page’s readings are newer than every reading of the old one', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  for (let i = 0; i < 5; i++) {
    replyBox().append(`${i}`);
    await after(300);
  }
  const old = Math.max(...sent.map((s) => s.seq), ...drafts.map((d) => d.seq));
  // The agent reloads the tab: a new content script, counting afresh, on the same URL.
  ctx.abort();
  await after(1000);
  ctx = new ContentScriptContext('test');
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  expect(last().seq).toBeGreaterThan(old);
});

test('a reader that throws never reaches the page, and is reported once', async () => {
  const broken: Site = {
    ...helpscoutSite,
    read() {
      throw new TypeError('unexpected markup');
    },
  };
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html', broken);
  for (let i = 0; i < 5; i++) {
    document.body.setAttribute('class', `x${i}`);
    await after(300);
  }
  expect(sent).toEqual([]);
  expect(warn).toHaveBeenCalledTimes(1);
});

test('after the extension is updated (context invalidated) the watcher goes quiet', async () => {
  start(`${HELPSCOUT}/conversation/2001/1042`, 'helpscout/demo-ticket.html');
  const count = sent.length;
  // What Chrome does to an orphaned content script: the runtime is gone, calls throw.
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
  vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const observe = vi.spyOn(MutationObserver.prototype, 'disconnect');
  document.querySelector('h1')!.textContent = 'Changed';
  await after(300);
  document.querySelector('h1')!.textContent = 'Changed again';
  await after(300);
  expect(sent.length).toBe(count);
  expect(ctx.signal.aborted).toBe(true);
  expect(observe).toHaveBeenCalled();
  expect(warn).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
});
