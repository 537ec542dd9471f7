/**
 * HelpScout's page, both UIs. Ordered fallback lists: the sturdiest hook first (aria-label,
 * data-cy / data-testid from Help Scout's own code), never the styled-components classes that
 * change with every build. Sources: ../shared/research/helpdesk-pages.md. Entries marked
 * "(assumed)" are not in public code; they fit the published shape and are tested on fixtures.
 */
import type { SelectorList } from '../dom/query';

const list = (field: string, ...selectors: string[]): SelectorList => ({ field, selectors });

export const NEW_UI = {
  /** The thread list proves the new UI is on the page. */
  thread: list(
    'messages',
    'ol[aria-label="Thread Items"] > li[id^="thread-"]', // new UI thread items (published)
    'ol[aria-label="Thread Items"] > li', // same list, items without ids
  ),
  subject: list(
    'subject',
    '[aria-label="Conversation Subject"]', // published
    '[data-cy="EditableTextarea"]', // published, less specific
  ),
  mailbox: list(
    'mailbox',
    '[data-cy="MailboxName"]', // (assumed) mailbox name in the conversation header
    'nav[aria-label="Mailboxes"] [aria-current="page"]', // (assumed) selected mailbox in the nav
  ),
  tags: list('tags', '[data-cy="Tag"]'), // published
  customerName: list(
    'customer.name',
    '[data-cy="Sidebar.CustomerName"]', // (assumed) sidebar heading
  ),
  customerEmail: list(
    'customer.email',
    '[data-cy="Sidebar.CustomerEmails"] [data-testid="EmailList.EmailLink"]', // published
    '[data-cy="Sidebar.CustomerEmails"] a[href^="mailto:"]', // same list, mailto links
  ),
  previousConversations: list(
    'customer.previousTickets',
    '[data-cy="Sidebar.PreviousConversations"]', // (assumed) "N previous conversations"
  ),
  orders: list(
    'orders',
    '[data-cy="Sidebar.Orders"] [data-order-id]', // (assumed) e-commerce app widget rows
  ),
  replyEditor: list(
    'draft',
    '[data-cy="ReplyEditor"] [role="textbox"][contenteditable="true"]', // (assumed) wrapper + published textbox
    '[data-slate-editor="true"][contenteditable="true"]', // Slate editor (possible, published)
    '[role="textbox"][contenteditable="true"]', // published: contenteditable textbox
  ),
} as const;

export const LEGACY_UI = {
  thread: list('messages', 'article.thread[id^="thread-"]'), // published
  subject: list('subject', '#subjectLine'), // published
  mailbox: list('mailbox', '#mailboxName', '.mailbox-name'), // (assumed)
  number: list('id', '#tkHeader strong'), // published
  tags: list('tags', '.tag'), // published
  customerName: list('customer.name', '#customerProfile .name', '.customer-name'), // (assumed)
  customerEmail: list('customer.email', '#customerProfile a[href^="mailto:"]'), // (assumed)
  previousConversations: list('customer.previousTickets', '#prevConvos'), // (assumed)
  orders: list('orders', '#customerApps [data-order-id]'), // (assumed)
  body: list('messages', 'section.messageBody'), // published
  replyEditor: list(
    'draft',
    '#replyForm [contenteditable="true"]',
    '.redactor-editor[contenteditable="true"]',
  ), // (assumed)
} as const;

/** Inside one new-UI thread item. */
export const NEW_UI_THREAD = {
  author: '[data-cy="ThreadAuthor"], .thread-author, header strong', // (assumed) author name
  time: 'time[datetime]', // published: a <time> in each thread
  note: '[data-cy="Thread.Note"], .is-note', // (assumed) internal note marker
  customer: '.is-customer', // published on the thread element
} as const;
