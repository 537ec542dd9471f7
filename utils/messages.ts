/**
 * Messages between the content scripts, the background worker and the side panel. One union,
 * so every sender and receiver agrees on the shapes. Pure types and guards: no browser API here.
 */
import type { NormalizedTicket } from '../policy/contract';

export type SiteId = 'helpscout-new' | 'helpscout-legacy' | 'gorgias';

/** What a content script could read of the page, and what it could not. */
export interface ReadingReport {
  /** Fields of the normalized ticket that were read, e.g. `subject`, `customer.email`. */
  found: string[];
  /** Fields the page should show but whose selectors matched nothing. */
  missing: string[];
  /** Human sentences for the panel, e.g. "couldn't read the order total". */
  notes: string[];
}

export type SnapshotStatus = 'ticket' | 'no-ticket' | 'unknown-layout';

/** One reading of the page; the side panel shows only the newest per tab. */
export interface TicketSnapshot {
  status: SnapshotStatus;
  site: SiteId | null;
  url: string;
  /** Stable per ticket: `${site}:${id}`; facts and checklist ticks are stored under it. */
  ticketKey: string | null;
  /** Increments with every snapshot of a tab, so a late message never overwrites a newer one. */
  seq: number;
  readAt: number;
  ticket: NormalizedTicket | null;
  report: ReadingReport;
}

export type ExtensionMessage =
  /** content → panel/background: a fresh reading of the page. */
  | { type: 'snapshot'; snapshot: TicketSnapshot }
  /** panel → content: read the page again now and reply with the snapshot. */
  | { type: 'request-snapshot' }
  /** panel → content: scroll to a message and flash it. */
  | { type: 'highlight-message'; messageId: string; start?: number; end?: number }
  /** panel → background: fetch the policy now. */
  | { type: 'sync-now' }
  /** panel → background: open the side panel for the sender's tab (action click fallback). */
  | { type: 'open-panel'; tabId: number };

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
