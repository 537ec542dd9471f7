/**
 * Field readers both helpdesks share: money, order rows, previous-ticket counts, snapshot shells.
 */
import type { Order } from '../policy/contract';
import type { ReadingReport } from '../utils/messages';
import { MISSING_SENTENCES, type ReadingLog } from './dom/query';
import { plainText } from './dom/text';
import type { PageReading } from './site';

export function parseMoney(text: string): { total?: number; currency?: string } {
  const match =
    /([$€£])?\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s?(USD|CAD|EUR|GBP)?/.exec(
      text,
    );
  if (!match) return {};
  const symbol = match[1];
  const currency = match[3] ?? (symbol === '€' ? 'EUR' : symbol === '£' ? 'GBP' : 'USD');
  return { total: Number(match[2]!.replace(/,/g, '')), currency };
}

/** Order rows marked up with data-order-id and inner parts (see each site's selectors). */
export function readOrderRow(row: Element): Order {
  const order: Order = { id: row.getAttribute('data-order-id') ?? undefined };
  const total = row.querySelector('[data-field="total"], .order-total');
  if (total) Object.assign(order, parseMoney(plainText(total)));
  const status = plainText(row.querySelector('[data-field="status"], .order-status'));
  if (status) order.status = status.toLowerCase();
  const created = row.querySelector('[data-field="created"] time, time[data-field="created"]');
  const delivered = row.querySelector(
    '[data-field="delivered"] time, time[data-field="delivered"]',
  );
  if (created?.getAttribute('datetime')) order.createdAt = created.getAttribute('datetime')!;
  if (delivered?.getAttribute('datetime')) order.deliveredAt = delivered.getAttribute('datetime')!;
  return order;
}

/** "3 previous conversations", "2 tickets, 1 open", "No other tickets" → a count. */
export function parseCount(text: string): number | undefined {
  if (/\bno (other|previous)\b/i.test(text)) return 0;
  const match = /(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export function report(log: ReadingLog, extraNotes: string[] = []): ReadingReport {
  return {
    found: log.found,
    missing: log.missing,
    notes: [
      ...log.missing.map((field) => MISSING_SENTENCES[field] ?? `Couldn't read ${field}`),
      ...extraNotes,
    ],
  };
}

export function noTicket(): PageReading {
  return {
    status: 'no-ticket',
    site: null,
    ticket: null,
    report: { found: [], missing: [], notes: [] },
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
