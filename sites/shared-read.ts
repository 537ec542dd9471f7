/**
 * Field readers both helpdesks share: money, dates, order rows, counts, report and snapshot
 * shells. Selectors stay in each site's selectors module; these functions are handed them.
 */
import type { Order } from '../policy/contract';
import type { ReadingReport } from '../utils/messages';
import {
  CHANGED_SENTENCES,
  FIELD_NAMES,
  first,
  MISSING_SENTENCES,
  type ReadingLog,
} from './dom/query';
import type { SelectorList } from './dom/query';
import { plainText } from './dom/text';
import type { PageReading } from './site';

const SYMBOL_CURRENCY: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  '€': 'EUR',
  '£': 'GBP',
};

/** "$1,249.00", "CA$312.40", "249.00 USD": the first amount and its currency (USD when unsaid). */
export function parseMoney(text: string): { total?: number; currency?: string } {
  const match =
    /(?:(USD|CAD|AUD|EUR|GBP)\s?)?(US\$|CA\$|C\$|AU\$|A\$|[$€£])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(USD|CAD|AUD|EUR|GBP)?/.exec(
      text,
    );
  if (!match) return {};
  const currency = match[1] ?? match[4] ?? SYMBOL_CURRENCY[match[2] ?? '$'] ?? 'USD';
  return { total: Number(match[3]!.replace(/,/g, '')), currency };
}

/**
 * An ISO date from a `<time datetime>` or from text that names a full date ("Nov 14, 2026",
 * "2026-11-14"). Text without a year is not guessed at.
 */
export function parseDate(element: Element | null): string | undefined {
  if (!element) return undefined;
  const time = element.matches('time[datetime]')
    ? element
    : element.querySelector('time[datetime]');
  const attribute = time?.getAttribute('datetime')?.trim();
  if (attribute) return attribute;
  const text = plainText(element);
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (iso) return iso[1];
  const named = /\b([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})\b/.exec(text);
  if (!named) return undefined;
  const date = new Date(named[1]!.replace('.', ''));
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What an order row's parts are called on one site (each an ordered fallback list). */
export interface OrderRowSelectors {
  id: SelectorList;
  total: SelectorList;
  status: SelectorList;
  created: SelectorList;
  delivered: SelectorList;
  item: SelectorList;
  itemQuantity: SelectorList;
  itemName: SelectorList;
}

/** "3 × Magnesium 60ct", "Magnesium 60ct x3", "Magnesium 60ct" → name and quantity. */
export function parseItem(text: string): { name: string; quantity?: number } | null {
  const leading = /^(\d{1,4})\s*[×xX]\s+(.+)$/.exec(text);
  if (leading) return { name: leading[2]!.trim(), quantity: Number(leading[1]) };
  const trailing = /^(.+?)\s+[×xX]\s?(\d{1,4})$/.exec(text);
  if (trailing) return { name: trailing[1]!.trim(), quantity: Number(trailing[2]) };
  return text ? { name: text } : null;
}

function readItems(row: Element, s: OrderRowSelectors): Order['items'] {
  const items = Array.from(row.querySelectorAll(s.item.selectors.join(','))).flatMap((element) => {
    const name = plainText(first(element, s.itemName));
    const quantity = Number(plainText(first(element, s.itemQuantity)).replace(/[^\d]/g, ''));
    if (name) return [{ name, ...(quantity > 0 ? { quantity } : {}) }];
    const parsed = parseItem(plainText(element));
    return parsed ? [parsed] : [];
  });
  return items.length ? items : undefined;
}

export function readOrderRow(row: Element, s: OrderRowSelectors): Order {
  const idElement = first(row, s.id);
  const id =
    row.getAttribute('data-order-id') ??
    (plainText(idElement).match(/#?[A-Z0-9][\w-]*/i)?.[0] || undefined);
  const order: Order = { ...(id ? { id } : {}) };
  const total = first(row, s.total);
  if (total) Object.assign(order, parseMoney(plainText(total)));
  const status = plainText(first(row, s.status));
  if (status) order.status = status.toLowerCase();
  const createdAt = parseDate(first(row, s.created));
  if (createdAt) order.createdAt = createdAt;
  const deliveredAt = parseDate(first(row, s.delivered));
  if (deliveredAt) order.deliveredAt = deliveredAt;
  const items = readItems(row, s);
  if (items) order.items = items;
  return order;
}

/** A widget saying this customer has no orders: "No orders", "No Shopify orders found", "Orders (0)". */
const NO_ORDERS = /\bno\b(?:\s+\w+){0,2}\s+orders?\b|\borders?\s*\(0\)|\b0\s+orders\b/i;
/** What order rows look like as text: an order number ("#10442", "H-5512") or an amount ("$249.00"). */
const ORDER_LIKE = /#\s?[A-Z]*-?\d{3,}|[$€£]\s?\d|\d[.,]\d{2}\s?(?:USD|CAD|AUD|EUR|GBP)\b/i;

/**
 * Reads an order widget into `log`. No widget is "missing" (this customer or team has no order
 * app). A widget that says it has no orders is an empty list. A widget that shows order numbers
 * or amounts while no row selector matches is a changed layout; one that shows neither (still
 * loading, or the app could not reach the store) is only missing, so a slow widget or a customer
 * without orders never reads as a broken page.
 */
export function readOrders(
  log: ReadingLog,
  widget: Element | null,
  rows: Element[],
  s: OrderRowSelectors,
): Order[] | undefined {
  if (widget && !rows.length) {
    const text = plainText(widget);
    if (NO_ORDERS.test(text)) {
      log.note('orders', true);
      return [];
    }
    log.note('orders', false, ORDER_LIKE.test(text));
    return undefined;
  }
  const orders = rows.map((row) => readOrderRow(row, s));
  const read = log.value('orders', orders);
  if (orders.length) {
    log.note(
      'orders.total',
      orders.some((o) => o.total !== undefined),
      true,
    );
    log.note(
      'orders.status',
      orders.some((o) => o.status !== undefined),
      true,
    );
  }
  return read;
}

/** An email address in text: the sidebar's email list shows one. */
export const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/**
 * Whether `place` is on the page and shows what a field reads (an email, an amount): only then
 * does a field whose own selectors match nothing mean the layout changed, not that this ticket
 * lacks the data (a phone-only customer has an email list with no address in it).
 */
export function shows(place: Element | null, pattern: RegExp): boolean {
  return place !== null && pattern.test(plainText(place));
}

/** "3 previous conversations", "2 tickets, 1 open", "No other tickets" → a count. */
export function parseCount(text: string): number | undefined {
  if (/\bno (other|previous|earlier)\b/i.test(text)) return 0;
  const match = /(\d+)/.exec(text.replace(/(\d),(\d{3})/g, '$1$2'));
  return match ? Number(match[1]) : undefined;
}

/** Fields the customer sidebar shows: one note for all of them when the sidebar is closed. */
const SIDEBAR_FIELDS = /^(customer\.|orders)/;

export function report(
  log: ReadingLog,
  extraNotes: string[] = [],
  { sidebarShown = true }: { sidebarShown?: boolean } = {},
): ReadingReport {
  const changed = new Set(log.layoutChanged);
  const notes: string[] = [];
  const unread: string[] = [];
  for (const field of log.missing) {
    if (!sidebarShown && SIDEBAR_FIELDS.test(field)) unread.push(field);
    else if (changed.has(field))
      notes.push(
        CHANGED_SENTENCES[field] ?? `Couldn't read ${field}: the page layout may have changed`,
      );
    else notes.push(MISSING_SENTENCES[field] ?? `Couldn't read ${field}`);
  }
  if (unread.length)
    notes.push(
      `The customer sidebar is closed, so ${listOf(unread.map((f) => FIELD_NAMES[f] ?? f))} could not be read: open it to include them`,
    );
  return {
    found: log.found,
    missing: log.missing,
    layoutChanged: log.layoutChanged,
    notes: [...notes, ...extraNotes],
  };
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function noTicket(): PageReading {
  return {
    status: 'no-ticket',
    site: null,
    ticket: null,
    report: { found: [], missing: [], layoutChanged: [], notes: [] },
  };
}

export function unknownLayout(site: PageReading['site'], helpdesk: string): PageReading {
  return {
    status: 'unknown-layout',
    site,
    ticket: null,
    report: {
      found: [],
      missing: ['messages'],
      layoutChanged: ['messages'],
      notes: [
        `This ${helpdesk} page looks like a ticket, but its layout is not one Escalation Assist knows.`,
      ],
    },
  };
}

/** Drops fields that were not read, so the ticket JSON holds only what the page showed. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
