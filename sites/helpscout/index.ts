/**
 * HelpScout: conversation pages in the new UI and the legacy UI. The id is the number agents see
 * (`/conversation/{id}/{number}`); everything else comes from the page.
 */
import type { NormalizedTicket, TicketMessage } from '../../policy/contract';
import { all, first, ReadingLog } from '../dom/query';
import { messageText, plainText } from '../dom/text';
import {
  noTicket,
  parseCount,
  readOrderRow,
  report,
  unknownLayout,
  withoutUndefined,
} from '../shared-read';
import type { PageReading, ReplyEditor, Site } from '../site';
import { LEGACY_UI, NEW_UI, NEW_UI_THREAD } from './selectors';

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
  if (item.matches(NEW_UI_THREAD.note) || item.querySelector(NEW_UI_THREAD.note)) return 'note';
  if (item.matches(NEW_UI_THREAD.customer)) return 'customer';
  return 'agent';
}

/** New UI: the body is what follows the <hr> between a thread's header and its text. */
function newUiBody(item: Element): string {
  const rule = item.querySelector('hr');
  if (!rule?.parentElement) return messageText(item);
  const parts: string[] = [];
  let node = rule.nextElementSibling;
  while (node) {
    parts.push(messageText(node));
    node = node.nextElementSibling;
  }
  return parts.filter(Boolean).join('\n\n');
}

function threadId(item: Element, index: number): string {
  return item.id.replace(/^thread-/, '') || `m${index + 1}`;
}

function readMessagesNewUi(doc: Document): TicketMessage[] {
  return all(doc, NEW_UI.thread).map((item, index) => {
    const at = item.querySelector(NEW_UI_THREAD.time)?.getAttribute('datetime') ?? undefined;
    return {
      id: threadId(item, index),
      author: authorOf(item),
      ...(at ? { at } : {}),
      body: newUiBody(item),
    };
  });
}

function readMessagesLegacy(doc: Document): TicketMessage[] {
  return all(doc, LEGACY_UI.thread).map((item, index) => {
    const body = item.querySelector('section.messageBody');
    const at = item.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    const author: TicketMessage['author'] = item.classList.contains('note')
      ? 'note'
      : item.classList.contains('customer')
        ? 'customer'
        : 'agent';
    return {
      id: threadId(item, index),
      author,
      ...(at ? { at } : {}),
      body: body ? messageText(body) : '',
    };
  });
}

function replyEditor(doc: Document, legacy: boolean): ReplyEditor | null {
  const element = first(
    doc,
    legacy ? LEGACY_UI.replyEditor : NEW_UI.replyEditor,
  ) as HTMLElement | null;
  if (!element) return null;
  const noteMode = element.closest('[data-mode="note"], .note-mode, [data-cy="NoteEditor"]');
  return { element, mode: noteMode ? 'note' : 'reply' };
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
  ticket.subject = log.value('subject', plainText(first(doc, ui.subject)) || title.subject);
  ticket.mailbox = log.value('mailbox', plainText(first(doc, ui.mailbox)));
  ticket.tags = log.value('tags', all(doc, ui.tags).map(plainText).filter(Boolean));
  const name = log.value('customer.name', plainText(first(doc, ui.customerName)) || title.customer);
  const email = log.value('customer.email', plainText(first(doc, ui.customerEmail)));
  const previous = first(doc, ui.previousConversations);
  const prior = log.value(
    'customer.previousTickets',
    previous ? parseCount(plainText(previous)) : undefined,
  );
  if (name || email || prior !== undefined)
    ticket.customer = {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      ...(prior !== undefined ? { previousTickets: prior } : {}),
    };
  const orders = all(doc, ui.orders).map(readOrderRow);
  ticket.orders = log.value('orders', orders);
  if (orders.length)
    log.note(
      'orders.total',
      orders.some((o) => o.total !== undefined),
    );
  ticket.messages =
    log.value('messages', legacy ? readMessagesLegacy(doc) : readMessagesNewUi(doc)) ?? [];
  const editor = replyEditor(doc, legacy);
  const draft = editor?.mode === 'reply' ? messageText(editor.element) : '';
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
      report: report(log),
    };
  },
  findReplyEditor(doc) {
    return replyEditor(doc, first(doc, NEW_UI.thread) === null);
  },
  findMessage(doc, messageId) {
    return doc.getElementById(`thread-${messageId}`);
  },
};
