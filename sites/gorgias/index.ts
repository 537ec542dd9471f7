/**
 * Gorgias: `/app/ticket/{id}` and `/app/views/{viewId}/{id}`. Timestamps are relative labels
 * ("2h ago"), so messages carry no `at` unless an absolute datetime attribute exists.
 */
import type { NormalizedTicket, TicketMessage } from '../../policy/contract';
import { draftOf, findComposer } from '../dom/editor';
import { all, first, has, ReadingLog } from '../dom/query';
import { messageText, plainText } from '../dom/text';
import {
  noTicket,
  parseCount,
  readOrders,
  report,
  unknownLayout,
  withoutUndefined,
} from '../shared-read';
import type { PageReading, ReplyEditor, Site } from '../site';
import { GORGIAS, GORGIAS_MESSAGE, GORGIAS_ORDER_ROW } from './selectors';

const TICKET = /^\/app\/(?:ticket\/(\d+)|views\/[^/]+\/(\d+))\/?$/;

function readMessage(element: Element, index: number): TicketMessage & { bodyFound: boolean } {
  const id =
    (element.getAttribute('data-testid') ?? '').replace(/^ticket-message-/, '') || `m${index + 1}`;
  const body = first(element, GORGIAS_MESSAGE.body);
  const at = first(element, GORGIAS_MESSAGE.time)?.getAttribute('datetime') ?? undefined;
  return {
    id,
    author: has(element, GORGIAS_MESSAGE.internal)
      ? 'note'
      : has(element, GORGIAS_MESSAGE.agent)
        ? 'agent'
        : 'customer',
    ...(at ? { at } : {}),
    body: body ? messageText(body) : '',
    bodyFound: body !== null,
  };
}

/** With the sidebar collapsed, the customer's name is still on their messages. */
function firstCustomerAuthor(doc: Document): string {
  for (const element of all(doc, GORGIAS.messages))
    if (!has(element, GORGIAS_MESSAGE.agent) && !has(element, GORGIAS_MESSAGE.internal))
      return plainText(first(element, GORGIAS_MESSAGE.author));
  return '';
}

function replyEditor(doc: Document): ReplyEditor | null {
  return findComposer(doc, GORGIAS.replyEditor, GORGIAS.noteMode);
}

function readCustomer(doc: Document, log: ReadingLog): NormalizedTicket['customer'] {
  const sidebar = first(doc, GORGIAS.sidebar) !== null;
  const name = log.value(
    'customer.name',
    plainText(first(doc, GORGIAS.customerName)) || firstCustomerAuthor(doc),
    sidebar,
  );
  const email = log.value('customer.email', plainText(first(doc, GORGIAS.customerEmail)));
  const timeline = first(doc, GORGIAS.customerTimeline);
  const previousTickets = log.value(
    'customer.previousTickets',
    timeline ? parseCount(plainText(timeline)) : undefined,
    timeline !== null,
  );
  const issues = first(doc, GORGIAS.orderIssues);
  const priorOrderIssues = issues ? parseCount(plainText(issues)) : undefined;
  // Few teams show this count: a note only when it is shown and cannot be read.
  if (issues) log.value('customer.priorOrderIssues', priorOrderIssues, true);
  const customer = withoutUndefined({ name, email, priorOrderIssues, previousTickets });
  return Object.keys(customer).length ? customer : undefined;
}

function readTicket(doc: Document, url: URL, id: string, log: ReadingLog): NormalizedTicket {
  const ticket: NormalizedTicket = { id, source: 'gorgias', url: url.href, messages: [] };
  const subjectElement = first(doc, GORGIAS.subject);
  // An <input> holds the subject in its value; checked by tag, not by the page's constructors.
  const subject =
    subjectElement?.tagName === 'INPUT'
      ? (subjectElement as HTMLInputElement).value.trim()
      : plainText(subjectElement);
  ticket.subject = log.value('subject', subject || doc.title.trim(), true);
  ticket.mailbox = log.value(
    'mailbox',
    plainText(first(doc, GORGIAS.store)),
    first(doc, GORGIAS.storePlace) !== null,
  );
  ticket.tags = log.value('tags', all(doc, GORGIAS.tags).map(plainText).filter(Boolean));
  ticket.customer = readCustomer(doc, log);
  ticket.orders = readOrders(
    log,
    first(doc, GORGIAS.ordersWidget),
    all(doc, GORGIAS.orders),
    GORGIAS_ORDER_ROW,
  );
  const read = all(doc, GORGIAS.messages).map(readMessage);
  ticket.messages =
    log.value(
      'messages',
      read.map(({ bodyFound: _, ...message }) => message),
    ) ?? [];
  if (read.some((m) => !m.bodyFound)) log.note('messages.body', false, true);
  const draft = draftOf(replyEditor(doc));
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
    return {
      status: 'ticket',
      site: 'gorgias',
      ticket,
      report: report(log, [], { sidebarShown: first(doc, GORGIAS.sidebar) !== null }),
    };
  },
  readDraft: (doc) => draftOf(replyEditor(doc)),
  findReplyEditor: replyEditor,
  findMessage(doc, messageId) {
    return doc.querySelector(`[data-testid="ticket-message-${CSS.escape(messageId)}"]`);
  },
};
