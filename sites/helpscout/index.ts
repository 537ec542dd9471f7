/**
 * HelpScout: conversation pages in the new UI and the legacy UI. The id is the number agents see
 * (`/conversation/{id}/{number}`); everything else comes from the page.
 */
import type { NormalizedTicket, TicketMessage } from '../../policy/contract';
import { draftOf, findComposer } from '../dom/editor';
import { all, first, has, ReadingLog } from '../dom/query';
import { messageText, plainText } from '../dom/text';
import {
  EMAIL_LIKE,
  noTicket,
  parseCount,
  readOrders,
  report,
  shows,
  unknownLayout,
  withoutUndefined,
} from '../shared-read';
import type { PageReading, ReplyEditor, Site } from '../site';
import { LEGACY_UI, NEW_UI, NEW_UI_THREAD, ORDER_ROW } from './selectors';

const CONVERSATION = /^\/conversations?\/(\d+)(?:\/(\d+))?/;

/** `#1042 Box arrived crushed - Dana Reyes` → subject and customer name. */
export function parseTitle(title: string): {
  number?: string;
  subject?: string;
  customer?: string;
} {
  const match = /^#(\d+)\s+(.*?)(?:\s+-\s+([^-]+))?$/.exec(title.trim());
  if (!match) return {};
  return { number: match[1], subject: match[2], customer: match[3]?.trim() };
}

function authorOf(item: Element): TicketMessage['author'] {
  if (has(item, NEW_UI_THREAD.note)) return 'note';
  if (NEW_UI_THREAD.customer.selectors.some((s) => item.matches(s))) return 'customer';
  return 'agent';
}

/** New UI: the body is what follows the <hr> between a thread's header and its text. */
function newUiBody(item: Element): { text: string; found: boolean } {
  const rule = first(item, NEW_UI_THREAD.bodyStart);
  if (!rule) return { text: messageText(item), found: false };
  const nodes: Node[] = [];
  for (let node = rule.nextSibling; node; node = node.nextSibling) nodes.push(node);
  return { text: messageText(nodes), found: true };
}

function threadId(item: Element, index: number): string {
  return item.id.replace(/^thread-/, '') || `m${index + 1}`;
}

function isLineItem(item: Element, legacy: boolean): boolean {
  const list = legacy ? LEGACY_UI.lineItem : NEW_UI.lineItem;
  return list.selectors.some((s) => item.matches(s));
}

/** Every message of the thread, oldest first; `bodiesFound` false when some body was not found. */
function readMessages(
  doc: Document,
  legacy: boolean,
): {
  messages: TicketMessage[];
  bodiesFound: boolean;
} {
  let bodiesFound = true;
  const items = all(doc, legacy ? LEGACY_UI.thread : NEW_UI.thread).filter(
    (item) =>
      !isLineItem(item, legacy) &&
      !has(item, legacy ? LEGACY_UI.collapsedThreads : NEW_UI.collapsedThreads),
  );
  const messages = items.map((item, index): TicketMessage => {
    const at =
      first(item, legacy ? LEGACY_UI.time : NEW_UI_THREAD.time)?.getAttribute('datetime') ??
      undefined;
    let body: string;
    if (legacy) {
      const element = first(item, LEGACY_UI.body);
      body = element ? messageText(element) : '';
      if (!element) bodiesFound = false;
    } else {
      const read = newUiBody(item);
      body = read.text;
      if (!read.found) bodiesFound = false;
    }
    const author: TicketMessage['author'] = legacy
      ? item.classList.contains('note')
        ? 'note'
        : item.classList.contains('customer')
          ? 'customer'
          : 'agent'
      : authorOf(item);
    return { id: threadId(item, index), author, ...(at ? { at } : {}), body };
  });
  return { messages, bodiesFound };
}

/** "Show 12 earlier messages" on the page: a note, since those messages are not read. */
function collapsedNote(doc: Document, legacy: boolean): string[] {
  const control = first(doc, legacy ? LEGACY_UI.collapsedThreads : NEW_UI.collapsedThreads);
  if (!control) return [];
  const count = parseCount(plainText(control));
  const what = count
    ? `${count} earlier message${count === 1 ? ' is' : 's are'}`
    : 'Some earlier messages are';
  return [`${what} collapsed in the thread and not read: expand the thread to include them`];
}

function replyEditor(doc: Document, legacy: boolean): ReplyEditor | null {
  const ui = legacy ? LEGACY_UI : NEW_UI;
  return findComposer(doc, ui.replyEditor, ui.noteMode);
}

/** The composer on a page of either UI (the legacy UI has no new-UI thread). */
function openEditor(doc: Document): ReplyEditor | null {
  return replyEditor(doc, first(doc, NEW_UI.thread) === null);
}

function readCustomer(
  doc: Document,
  legacy: boolean,
  title: ReturnType<typeof parseTitle>,
  log: ReadingLog,
) {
  const ui = legacy ? LEGACY_UI : NEW_UI;
  const sidebar = first(doc, ui.sidebar) !== null;
  const name = log.value(
    'customer.name',
    plainText(first(doc, ui.customerName)) || title.customer,
    sidebar,
  );
  const email = log.value(
    'customer.email',
    plainText(first(doc, ui.customerEmail)),
    shows(first(doc, ui.customerEmailPlace), EMAIL_LIKE),
  );
  const previous = first(doc, ui.previousConversations);
  const previousTickets = log.value(
    'customer.previousTickets',
    previous ? parseCount(plainText(previous)) : undefined,
    previous !== null,
  );
  const issues = first(doc, ui.orderIssues);
  const priorOrderIssues = issues ? parseCount(plainText(issues)) : undefined;
  // Few teams show this count: a note only when it is shown and cannot be read.
  if (issues) log.value('customer.priorOrderIssues', priorOrderIssues, true);
  const customer = withoutUndefined({ name, email, priorOrderIssues, previousTickets });
  return Object.keys(customer).length ? customer : undefined;
}

function readTicket(
  doc: Document,
  url: URL,
  legacy: boolean,
  ids: RegExpExecArray,
  log: ReadingLog,
): NormalizedTicket {
  const ui = legacy ? LEGACY_UI : NEW_UI;
  const title = parseTitle(doc.title);
  const number =
    ids[2] ??
    (legacy ? plainText(first(doc, LEGACY_UI.number)).replace('#', '') : title.number) ??
    ids[1]!;
  const ticket: NormalizedTicket = { id: number, source: 'helpscout', url: url.href, messages: [] };
  ticket.subject = log.value('subject', plainText(first(doc, ui.subject)) || title.subject, true);
  ticket.mailbox = log.value(
    'mailbox',
    plainText(first(doc, ui.mailbox)),
    first(doc, ui.mailboxPlace) !== null,
  );
  ticket.tags = log.value('tags', all(doc, ui.tags).map(plainText).filter(Boolean));
  ticket.customer = readCustomer(doc, legacy, title, log);
  ticket.orders = readOrders(log, first(doc, ui.ordersWidget), all(doc, ui.orders), ORDER_ROW);
  const { messages, bodiesFound } = readMessages(doc, legacy);
  ticket.messages = log.value('messages', messages) ?? [];
  if (!bodiesFound) log.note('messages.body', false, true);
  const draft = draftOf(replyEditor(doc, legacy));
  if (draft) ticket.draft = draft;
  return withoutUndefined(ticket);
}

export const helpscoutSite: Site = {
  name: 'HelpScout',
  read(doc, url): PageReading {
    const ids = CONVERSATION.exec(url.pathname);
    if (!ids) return noTicket();
    const isNew = first(doc, NEW_UI.thread) !== null;
    const isLegacy = !isNew && first(doc, LEGACY_UI.thread) !== null;
    if (!isNew && !isLegacy) return unknownLayout('helpscout-new', 'HelpScout');
    const log = new ReadingLog();
    const ticket = readTicket(doc, url, isLegacy, ids, log);
    return {
      status: 'ticket',
      site: isLegacy ? 'helpscout-legacy' : 'helpscout-new',
      ticket,
      report: report(log, collapsedNote(doc, isLegacy), {
        sidebarShown: first(doc, isLegacy ? LEGACY_UI.sidebar : NEW_UI.sidebar) !== null,
      }),
    };
  },
  readDraft: (doc) => draftOf(openEditor(doc)),
  findReplyEditor: openEditor,
  findMessage(doc, messageId) {
    return doc.getElementById(`thread-${messageId}`);
  },
};
