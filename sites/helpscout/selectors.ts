/**
 * HelpScout's page, both UIs. Ordered fallback lists: the sturdiest hook first (aria-label,
 * data-cy / data-testid from Help Scout's own code), never the styled-components classes that
 * change with every build. Sources: ../shared/research/helpdesk-pages.md. Entries marked
 * "(assumed)" are not in public code; they fit the published shape and are tested on fixtures.
 */
import type { SelectorList } from '../dom/query';
import type { OrderRowSelectors } from '../shared-read';

const list = (field: string, ...selectors: string[]): SelectorList => ({ field, selectors });

export const NEW_UI = {
  /** The thread list proves the new UI is on the page. */
  thread: list(
    'messages',
    'ol[aria-label="Thread Items"] > li[id^="thread-"]', // new UI thread items (published)
    'ol[aria-label="Thread Items"] > li', // same list, items without ids
  ),
  /** Thread-list entries that are events, not messages ("Sam assigned this to Lee"). */
  lineItem: list(
    'messages',
    '.is-lineitem', // (assumed) the API's thread type "lineitem", as a class like .is-customer
    '[data-cy="LineItem"]', // (assumed) a line-item component marker
  ),
  /** "Show 12 earlier messages": part of the thread is collapsed and not on the page. */
  collapsedThreads: list(
    'messages.collapsed',
    '[data-cy="ThreadList.ShowMore"]', // (assumed) the expander between the first and last threads
    'ol[aria-label="Thread Items"] > li [data-testid="show-more-threads"]', // (assumed) same control as a list row
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
  /** Where the mailbox is named: when it is there but its name is not found, the markup changed. */
  mailboxPlace: list(
    'mailbox',
    'nav[aria-label="Mailboxes"]', // (assumed) the mailbox navigation
  ),
  tags: list('tags', '[data-cy="Tag"]'), // published
  /** The customer sidebar; absent when the agent collapsed it. */
  sidebar: list(
    'customer',
    '[data-cy="Sidebar"]', // (assumed) parent of the published Sidebar.* hooks
    'aside[aria-label="Customer Sidebar"]', // (assumed) the same panel by its landmark label
  ),
  customerName: list(
    'customer.name',
    '[data-cy="Sidebar.CustomerName"]', // (assumed) sidebar heading
    '[data-cy="Sidebar.CustomerProfile"] h2', // (assumed) the profile card's heading
  ),
  /** The email list of the sidebar (published); its links are the emails. */
  customerEmailPlace: list(
    'customer.email',
    '[data-cy="Sidebar.CustomerEmails"]', // published
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
  /** An order app's count of the customer's earlier order issues, where the team shows one. */
  orderIssues: list(
    'customer.priorOrderIssues',
    '[data-cy="Sidebar.Orders"] [data-field="order-issues"]', // (assumed) "2 previous order issues"
  ),
  /** The e-commerce app's order widget in the sidebar. */
  ordersWidget: list(
    'orders',
    '[data-cy="Sidebar.Orders"]', // (assumed) the app's widget container
    '[data-cy="Sidebar.App"][data-app="orders"]', // (assumed) the same widget as a generic app card
  ),
  orders: list(
    'orders',
    '[data-cy="Sidebar.Orders"] [data-order-id]', // (assumed) e-commerce app widget rows
    '[data-cy="Sidebar.App"][data-app="orders"] [data-order-id]', // (assumed) same rows, generic card
  ),
  replyEditor: list(
    'draft',
    '[data-cy="ReplyEditor"] [role="textbox"][contenteditable="true"]', // (assumed) wrapper + published textbox
    '[data-cy="NoteEditor"] [role="textbox"][contenteditable="true"]', // (assumed) the note composer, same textbox
    '[data-slate-editor="true"][contenteditable="true"]', // Slate editor (possible, published)
    '[role="textbox"][contenteditable="true"]', // published: contenteditable textbox
  ),
  /** Around (or on) the editor when it writes an internal note, which is never checked. */
  noteMode: list(
    'draft.mode',
    '[data-cy="NoteEditor"]', // (assumed) the note composer's wrapper, named like ReplyEditor
    '[data-mode="note"]', // (assumed) a mode attribute on the shared composer
    '[aria-label="Note"][contenteditable="true"]', // (assumed) the textbox labelled for a note, as the reply one is "Reply"
    '.is-note', // (assumed) the class the thread marks notes with (NEW_UI_THREAD.note), on the composer
  ),
} as const;

export const LEGACY_UI = {
  thread: list('messages', 'article.thread[id^="thread-"]'), // published
  /** Line items ("Marked as closed") in the legacy thread. */
  lineItem: list(
    'messages',
    '.lineitem', // (assumed) the API's thread type as a class, like .customer and .note
  ),
  collapsedThreads: list(
    'messages.collapsed',
    '#thread .showMore', // (assumed) "Show N more" link between collapsed threads
  ),
  subject: list('subject', '#subjectLine'), // published
  mailbox: list(
    'mailbox',
    '#mailboxName', // (assumed) the mailbox title above the conversation
    '.mailbox-name', // (assumed) same, as a class
  ),
  mailboxPlace: list('mailbox', '#mailboxNav'), // (assumed) the mailbox navigation block
  number: list('id', '#tkHeader strong'), // published
  tags: list('tags', '.tag'), // published
  sidebar: list('customer', '#customerProfile'), // (assumed) the customer profile box
  customerName: list(
    'customer.name',
    '#customerProfile .name', // (assumed) name in the profile box
    '.customer-name', // (assumed) same, older class
  ),
  customerEmailPlace: list('customer.email', '#customerProfile .emails'), // (assumed) the profile's email list
  customerEmail: list(
    'customer.email',
    '#customerProfile a[href^="mailto:"]', // (assumed) mailto links in the profile box
  ),
  previousConversations: list('customer.previousTickets', '#prevConvos'), // (assumed)
  orderIssues: list(
    'customer.priorOrderIssues',
    '#customerApps [data-field="order-issues"]', // (assumed) an order app's prior-issue count
  ),
  ordersWidget: list('orders', '#customerApps .app-orders'), // (assumed) the order app's box
  orders: list(
    'orders',
    '#customerApps [data-order-id]', // (assumed) order rows of the app box
  ),
  body: list(
    'messages.body',
    'section.messageBody', // published
    '.messageBody', // same class on another element
  ),
  time: list(
    'messages.at',
    'time[datetime]', // (assumed) the thread header's <time>, as in the new UI
  ),
  replyEditor: list(
    'draft',
    '#replyForm .redactor-editor[contenteditable="true"]', // (assumed) Redactor inside the reply form
    '#replyForm [contenteditable="true"]', // (assumed) any editable area of the reply form
    '#noteForm [contenteditable="true"]', // (assumed) the separate note form, found to be told apart
    '.redactor-editor[contenteditable="true"]', // (assumed) Redactor anywhere (a moved form)
  ),
  /** Around the editor when it writes an internal note, which is never checked. */
  noteMode: list(
    'draft.mode',
    '#noteForm', // (assumed) "Add Note" opens its own form
    '#replyForm.note', // (assumed) the reply form switched to note mode by a class
    '#replyForm.is-note', // (assumed) same, the newer class spelling
    '[data-mode="note"]', // (assumed) a mode attribute on the form
  ),
} as const;

/** Inside one new-UI thread item. */
export const NEW_UI_THREAD = {
  time: list(
    'messages.at',
    'time[datetime]', // published: a <time> in each thread
  ),
  /** Between the thread's header and its body (published); the body is what follows it. */
  bodyStart: list('messages.body', 'hr'), // published: the rule between header and body
  note: list(
    'messages.author',
    '.is-note', // (assumed) the thread element's class, like the published .is-customer
    '[data-cy="Thread.Note"]', // (assumed) internal note marker inside the thread
  ),
  customer: list(
    'messages.author',
    '.is-customer', // published on the thread element
  ),
} as const;

/** The parts of an order row in either UI's order widget (one markup, an app's own). */
export const ORDER_ROW: OrderRowSelectors = {
  id: list(
    'orders.id',
    '[data-field="id"]', // (assumed) the order name cell ("#10442")
    '.order-number', // (assumed) same, as a class
  ),
  total: list(
    'orders.total',
    '[data-field="total"]', // (assumed) the total cell
    '.order-total', // (assumed) same, as a class
  ),
  status: list(
    'orders.status',
    '[data-field="status"]', // (assumed) fulfilment status badge
    '.order-status', // (assumed) same, as a class
  ),
  created: list(
    'orders.createdAt',
    '[data-field="created"]', // (assumed) placed-on date, a <time> inside
    '.order-date', // (assumed) same, as a class
  ),
  delivered: list(
    'orders.deliveredAt',
    '[data-field="delivered"]', // (assumed) delivered-on date, a <time> inside
    '.order-delivered', // (assumed) same, as a class
  ),
  item: list(
    'orders.items',
    '[data-field="item"]', // (assumed) one line item ("3 × Magnesium 60ct")
    '.order-item', // (assumed) same, as a class
  ),
  itemName: list('orders.items', '[data-field="name"]'), // (assumed) the item's name, when split out
  itemQuantity: list('orders.items', '[data-field="quantity"]'), // (assumed) its quantity
};
