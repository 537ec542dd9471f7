/**
 * What a helpdesk reader provides. Each site module turns its page into the contract's
 * normalized ticket plus a reading report; the watcher does the rest (observing, debouncing,
 * sending). Readers take a Document and a URL, so tests run them on saved fixture HTML. Readers
 * only read: nothing here writes to the page.
 */
import type { NormalizedTicket } from '../policy/contract';
import type { ReadingReport, SiteId, SnapshotStatus } from '../utils/messages';

export interface PageReading {
  status: SnapshotStatus;
  site: SiteId | null;
  ticket: NormalizedTicket | null;
  report: ReadingReport;
}

export interface ReplyEditor {
  element: HTMLElement;
  /** Internal notes are not checked against the reply rules. */
  mode: 'reply' | 'note';
}

export interface Site {
  /** Human name, for messages. */
  name: string;
  read(doc: Document, url: URL): PageReading;
  /**
   * Only the reply being typed, as `read` gives it in `ticket.draft` (empty for none): for the
   * watcher when nothing but the editor changed since the last reading.
   */
  readDraft(doc: Document): string;
  /** The open reply editor, if any. */
  findReplyEditor(doc: Document): ReplyEditor | null;
  /** The element of one message, to scroll to and highlight. */
  findMessage(doc: Document, messageId: string): Element | null;
}
