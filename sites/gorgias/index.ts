/**
 * Gorgias: `/app/ticket/{id}` and `/app/views/{viewId}/{id}`. Timestamps are relative labels
 * ("2h ago"), so messages carry no `at` unless an absolute datetime attribute exists.
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
import { GORGIAS, GORGIAS_MESSAGE } from './selectors';

const TICKET = /^\/app\/(?:ticket\/(\d+)|views\/[^/]+\/(\d+))\/?$/;

function readMessage(element: Element, index: number): TicketMessage {
  const id =
    (element.getAttribute('data-testid') ?? '').replace(/^ticket-message-/, '') || `m${index + 1}`;
  const internal =
    element.matches(GORGIAS_MESSAGE.internal) || element.querySelector(GORGIAS_MESSAGE.internal);
  const agent =
    element.matches(GORGIAS_MESSAGE.agent) || element.querySelector(GORGIAS_MESSAGE.agent);
  const body = element.querySelector(GORGIAS_MESSAGE.body);
  const at = element.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    id,
    author: internal ? 'note' : agent ? 'agent' : 'customer',
    ...(at ? { at } : {}),
    body: body ? messageText(body) : '',
  };
}

function replyEditor(doc: Document): ReplyEditor | null {
  const element = first(doc, GORGIAS.replyEditor) as HTMLElement | null;
  if (!element) return null;
  return { element, mode: element.closest('.is-internal-note') ? 'note' : 'reply' };
}

function readTicket(doc: Document, url: URL, id: string, log: ReadingLog): NormalizedTicket {
  const ticket: NormalizedTicket = { id, source: 'gorgias', url: url.href, messages: [] };
  const subjectElement = first(doc, GORGIAS.subject);
  const subject =
    subjectElement instanceof HTMLInputElement ? subjectElement.value : plainText(subjectElement);
  ticket.subject = log.value('subject', subject || doc.title.trim());
  ticket.mailbox = log.value('mailbox', plainText(first(doc, GORGIAS.store)));
  ticket.tags = log.value('tags', all(doc, GORGIAS.tags).map(plainText).filter(Boolean));
  const name = log.value('customer.name', plainText(first(doc, GORGIAS.customerName)));
  const email = log.value('customer.email', plainText(first(doc, GORGIAS.customerEmail)));
  const timeline = first(doc, GORGIAS.customerTimeline);
  const prior = log.value(
    'customer.previousTickets',
    timeline ? parseCount(plainText(timeline)) : undefined,
  );
  if (name || email || prior !== undefined)
    ticket.customer = withoutUndefined({ name, email, previousTickets: prior });
  const orders = all(doc, GORGIAS.orders).map(readOrderRow);
  ticket.orders = log.value('orders', orders);
  if (orders.length)
    log.note(
      'orders.total',
      orders.some((o) => o.total !== undefined),
    );
  ticket.messages = log.value('messages', all(doc, GORGIAS.messages).map(readMessage)) ?? [];
  const editor = replyEditor(doc);
  const draft = editor?.mode === 'reply' ? messageText(editor.element) : '';
  if (draft) ticket.draft = draft;
  return withoutUndefined(ticket);
}

export const gorgiasSite: Site = {
  name: 'Gorgias',
  read(doc, url): PageReading {
    const ids = TICKET.exec(url.pathname);
    if (!ids) return noTicket();
    if (!first(doc, GORGIAS.messages)) return unknownLayout('gorgias', 'Gorgias');
    const log = new ReadingLog();
    const ticket = readTicket(doc, url, (ids[1] ?? ids[2])!, log);
    return { status: 'ticket', site: 'gorgias', ticket, report: report(log) };
  },
  findReplyEditor: replyEditor,
  findMessage(doc, messageId) {
    return doc.querySelector(`[data-testid="ticket-message-${CSS.escape(messageId)}"]`);
  },
};
