/**
 * Ordered fallback selectors. Each site lists, per field, the selectors to try in order (the
 * sturdiest first); `first` returns the first that matches and remembers which one did, so the
 * reading report can say which fields were not found.
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

/** Collects which fields a reader found and which it looked for in vain. */
export class ReadingLog {
  readonly found: string[] = [];
  readonly missing: string[] = [];

  note(field: string, ok: boolean): void {
    (ok ? this.found : this.missing).push(field);
  }

  value<T>(field: string, value: T | null | undefined | ''): T | undefined {
    const ok =
      value !== null &&
      value !== undefined &&
      value !== '' &&
      !(Array.isArray(value) && !value.length);
    this.note(field, ok);
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
  orders: "Couldn't read the customer's orders (no order widget on the page)",
  'orders.total': "Couldn't read the order total",
  messages: "Couldn't read the messages",
  draft: 'No reply draft open',
};
