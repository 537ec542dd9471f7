/**
 * Gorgias's ticket page. Ordered fallback lists: ids and data-testid first, then the
 * `Name--local--hash` classes Gorgias has used since 2024-05 (`[class*="Name--local--"]`), never
 * opaque hashes. Sources: ../shared/research/helpdesk-pages.md; "(assumed)" entries are not in
 * public code and are tested on fixtures.
 */
import type { SelectorList } from '../dom/query';

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
  orders: list(
    'orders',
    '[class*="ShopifyWidget--local--"] [data-order-id]', // (assumed) Shopify widget order rows
  ),
  replyEditor: list(
    'draft',
    '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]', // published (Draft.js)
  ),
} as const;

export const GORGIAS_MESSAGE = {
  body: '.message-content', // published
  internal: '[class*="Container--internal--"]', // published: internal note container class
  author: '[class*="MessageHeader--author--"]', // published
  agent: '[class*="--isAgent--"]', // published
} as const;
