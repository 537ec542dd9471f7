/**
 * Ordered fallback selectors. Each site lists, per field, the selectors to try in order (the
 * sturdiest first); `first` returns the first that matches, so the reading report can say which
 * fields were not found.
 */

export interface SelectorList {
  /** The field this list reads, as the reading report names it. */
  field: string;
  selectors: readonly string[];
}

export function first(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list.selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function all(root: ParentNode, list: SelectorList): Element[] {
  for (const selector of list.selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length) return Array.from(found);
  }
  return [];
}

/** Whether the element itself, or anything inside it, matches one of the list's selectors. */
export function has(element: Element, list: SelectorList): boolean {
  return list.selectors.some((s) => element.matches(s) || element.querySelector(s) !== null);
}

/**
 * Collects which fields a reader found, which it looked for in vain, and which of those it
 * should have found: the place that shows the field is on the page (the sidebar, the order
 * widget) but the field's own selectors match nothing, so the app's markup has changed. A field
 * this ticket simply lacks (no order widget at all) is missing, not changed.
 */
export class ReadingLog {
  readonly found: string[] = [];
  readonly missing: string[] = [];
  readonly layoutChanged: string[] = [];

  note(field: string, ok: boolean, placeShown = false): void {
    (ok ? this.found : this.missing).push(field);
    if (!ok && placeShown) this.layoutChanged.push(field);
  }

  /**
   * Records `field` as found when `value` holds something, and returns it (or undefined).
   * `placeShown`: the element that shows this field is on the page.
   */
  value<T>(field: string, value: T | null | undefined | '', placeShown = false): T | undefined {
    const ok =
      value !== null &&
      value !== undefined &&
      value !== '' &&
      !(typeof value === 'number' && Number.isNaN(value)) &&
      !(Array.isArray(value) && !value.length);
    this.note(field, ok, placeShown);
    return ok ? (value as T) : undefined;
  }
}

/** Human sentences for the panel: "Couldn't read the order total". */
export const MISSING_SENTENCES: Record<string, string> = {
  subject: "Couldn't read the subject",
  mailbox: "Couldn't read the mailbox or store name, so the brand may be unknown",
  tags: 'No tags found',
  'customer.name': "Couldn't read the customer's name",
  'customer.email': "Couldn't read the customer's email",
  'customer.previousTickets': "Couldn't read the customer's previous tickets",
  'customer.priorOrderIssues': "Couldn't read the customer's earlier order issues",
  orders: "Couldn't read the customer's orders (no order widget on the page)",
  'orders.total': "Couldn't read the order total",
  'orders.status': "Couldn't read the order status",
  messages: "Couldn't read the messages",
  'messages.body': "Couldn't read the text of some messages",
  draft: 'No reply draft open',
};

/**
 * The same fields when their place is on the page but nothing in it could be read: said so,
 * because the reading would otherwise look complete.
 */
export const CHANGED_SENTENCES: Record<string, string> = {
  subject: "Couldn't read the subject: the page layout may have changed",
  mailbox:
    "Couldn't read the mailbox or store name although the page shows one: the page layout may have changed, so the brand may be unknown",
  'customer.name':
    "Couldn't read the customer's name although the sidebar is open: the page layout may have changed",
  'customer.email':
    "Couldn't read the customer's email although the sidebar shows it: the page layout may have changed",
  'customer.previousTickets':
    "Couldn't read the customer's previous tickets although the sidebar shows them: the page layout may have changed",
  'customer.priorOrderIssues':
    "Couldn't read the customer's earlier order issues although the order widget shows them: its layout may have changed",
  orders:
    "Couldn't read the orders although the order widget is on the page: its layout may have changed",
  'orders.total':
    "Couldn't read the order total although the order widget is on the page: its layout may have changed",
  'orders.status':
    "Couldn't read the order status although the order widget is on the page: its layout may have changed",
  'messages.body': "Couldn't read the text of some messages: the thread's layout may have changed",
};

/** A short name for console warnings: `"orders.total"` → "the order total". */
export const FIELD_NAMES: Record<string, string> = {
  subject: 'the subject',
  mailbox: 'the mailbox / store name',
  'customer.name': "the customer's name",
  'customer.email': "the customer's email",
  'customer.previousTickets': "the customer's previous tickets",
  'customer.priorOrderIssues': "the customer's earlier order issues",
  orders: 'the orders',
  'orders.total': 'the order total',
  'orders.status': 'the order status',
  'messages.body': 'the message text',
};
