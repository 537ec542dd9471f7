/**
 * What a helpdesk reader provides. Each site module turns its page into the contract's
 * normalized ticket plus a reading report; the watcher does the rest (observing, debouncing,
 * sending). Readers take a Document and a URL, so tests run them on saved fixture HTML.
 */
import type { NormalizedTicket } from '../policy/contract';
import type { ReadingReport, SiteId, SnapshotStatus } from '../utils/messages';

export interface PageReading {
  status: SnapshotStatus;
  site: SiteId | null;
  ticket: NormalizedTicket | null;
  report: ReadingReport;
}

export interface Site {
  /** Human name, for messages. */
  name: string;
  read(doc: Document, url: URL): PageReading;
}
