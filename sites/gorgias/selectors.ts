/**
 * Gorgias's ticket page. Ordered fallback lists: ids and data-testid first, then the
 * `Name--local--hash` classes Gorgias has used since 2024-05 (`[class*="Name--local--"]`), never
 * opaque hashes. Sources: ../shared/research/helpdesk-pages.md; "(assumed)" entries are not in
 * public code and are tested on fixtures.
 */
import type { SelectorList } from '../dom/query';
import type { OrderRowSelectors } from '../shared-read';

const list = (field: string, ...selectors: string[]): SelectorList => ({ field, selectors });

export const GORGIAS = {
  messages: list(
    'messages',
    'div.ticket-message[data-testid^="ticket-message-"]', // published
    '[data-testid^="ticket-message-"]', // same hook on another element
  ),
  subject: list(
    'subject',
    '#TicketHeader input[placeholder="Subject"]', // published (read .value)
    '#TicketHeader [class*="TicketSubject--local--"]', // (assumed) read-only subject
  ),
  tags: list(
    'tags',
    '#TicketHeader [class*="TicketTag--local--"]', // (assumed) tag badges in the header
    '#TicketHeader .badge', // (assumed) older badge class
  ),
  store: list(
    'mailbox',
    '[class*="SenderField--local--"] [class*="value--"]', // (assumed) reply "From" field value
    '[data-testid="reply-from"]', // (assumed)
  ),
  /** The reply area's sender field: when it is there but its value is not found, the markup changed. */
  storePlace: list(
    'mailbox',
    '[class*="SenderField--local--"]', // (assumed) the "From" field of the reply area
  ),
  /** The customer side panel ("infobar"); absent when the agent collapsed it. */
  sidebar: list(
    'customer',
    '[class*="TicketInfobar--local--"]', // (assumed) the infobar container, Name--local-- style
    '[class*="Infobar--local--"]', // (assumed) same, shorter component name
  ),
  customerName: list(
    'customer.name',
    'a[href^="/app/customer/"]', // published: customer link in the sidebar
  ),
  customerEmail: list(
    'customer.email',
    'a[id^="address-copied-"][href^="mailto:"]', // published
  ),
  customerTimeline: list(
    'customer.previousTickets',
    '[class*="CustomerTimeline--local--"]', // (assumed) "N tickets, M open" / "No other tickets"
  ),
  /** The Shopify widget's count of earlier order issues, where the team's widget shows one. */
  orderIssues: list(
    'customer.priorOrderIssues',
    '[class*="ShopifyWidget--local--"] [data-field="order-issues"]', // (assumed)
  ),
  ordersWidget: list(
    'orders',
    '[class*="ShopifyWidget--local--"]', // (assumed) the Shopify widget ("Orders (2)")
  ),
  orders: list(
    'orders',
    '[class*="ShopifyWidget--local--"] [data-order-id]', // (assumed) Shopify widget order rows
    '[class*="ShopifyWidget--local--"] [class*="Order--local--"]', // (assumed) rows without the id attribute
  ),
  replyEditor: list(
    'draft',
    '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]', // published (Draft.js)
    '.public-DraftEditor-content[contenteditable="true"]', // Draft.js content outside its usual root
    '[class*="TicketReplyEditor--local--"] [contenteditable="true"]', // (assumed) a non-Draft.js editor in the reply area
  ),
  /** Around the editor when it writes an internal note, which is never checked. */
  noteMode: list(
    'draft.mode',
    '.is-internal-note', // published: the reply field wrapper in internal-note mode
    '[class*="--isInternalNote--"]', // (assumed) the same state as a CSS-module class
    '[class*="InternalNote--local--"]', // (assumed) an internal-note composer of its own
  ),
} as const;

/** Inside one message. */
export const GORGIAS_MESSAGE = {
  body: list(
    'messages.body',
    '.message-content', // published: the message's HTML
    '[class*="MessageBody--local--"]', // (assumed) the same part as a local class
  ),
  internal: list(
    'messages.author',
    '[class*="Container--internal--"]', // published: internal note container class
  ),
  author: list(
    'messages.author',
    '[class*="MessageHeader--author--"]', // published: the sender's name
  ),
  agent: list(
    'messages.author',
    '[class*="--isAgent--"]', // published: on agents' messages and their author
  ),
  time: list(
    'messages.at',
    'time[datetime]', // (assumed) an absolute time, where one is given (labels are relative)
  ),
} as const;

/** The parts of a Shopify widget order row. */
export const GORGIAS_ORDER_ROW: OrderRowSelectors = {
  id: list(
    'orders.id',
    '[data-field="id"]', // (assumed) the order name ("#H-5512")
    '[class*="OrderName--local--"]', // (assumed) same, as a local class
  ),
  total: list(
    'orders.total',
    '[data-field="total"]', // (assumed) the order total
    '.order-total', // (assumed) same, as a global class
    '[class*="OrderTotal--local--"]', // (assumed) same, as a local class
  ),
  status: list(
    'orders.status',
    '[data-field="status"]', // (assumed) Fulfilled | Partially fulfilled | Unfulfilled | Restocked | Cancelled
    '.order-status', // (assumed) same, as a global class
    '[class*="OrderStatus--local--"]', // (assumed) same, as a local class
  ),
  created: list(
    'orders.createdAt',
    '[data-field="created"]', // (assumed) the order's date
    '[class*="OrderDate--local--"]', // (assumed) same, as a local class
  ),
  delivered: list(
    'orders.deliveredAt',
    '[data-field="delivered"]', // (assumed) delivered-on date from the fulfilment
  ),
  item: list(
    'orders.items',
    '[data-field="item"]', // (assumed) one line item
    '[class*="LineItem--local--"]', // (assumed) same, as a local class
  ),
  itemName: list('orders.items', '[data-field="name"]'), // (assumed) the item's title
  itemQuantity: list('orders.items', '[data-field="quantity"]'), // (assumed) its quantity
};
