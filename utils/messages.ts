/**
 * Messages between the content scripts, the background worker and the side panel. One union,
 * so every sender and receiver agrees on the shapes. Pure types and guards: no browser API here.
 */
import type { NormalizedTicket } from '../policy/contract';
import type { ActiveReplyRule } from '../policy/draft';

export type SiteId = 'helpscout-new' | 'helpscout-legacy' | 'gorgias';

/** What a content script could read of the page, and what it could not. */
export interface ReadingReport {
  /** Fields of the normalized ticket that were read, e.g. `subject`, `customer.email`. */
  found: string[];
  /** Fields the page should show but whose selectors matched nothing. */
  missing: string[];
  /**
   * Of `missing`, the fields whose place is on the page (the sidebar, the order widget) while
   * their selectors match nothing: the app's markup changed, not this ticket's data.
   */
  layoutChanged?: string[];
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
  /**
   * Grows with every reading of a tab, across reloads of the page too, so a late message never
   * overwrites a newer one.
   */
  seq: number;
  readAt: number;
  ticket: NormalizedTicket | null;
  report: ReadingReport;
}

/**
 * The reply rules in force for one ticket (its facts and the policy applied), for the content
 * script's inline warnings. Rule phrases only: no ticket text travels back to the page.
 */
export interface ReplyRulesUpdate {
  ticketKey: string | null;
  rules: ActiveReplyRule[];
  /** The agent's "mark risky promises in the reply editor" setting. */
  inlineWarnings: boolean;
  /**
   * When the background started working them out: of two updates for one ticket, the later
   * stands, whichever arrives last (an answer may cross a push).
   */
  computedAt: number;
}

/**
 * content → panel/background: only the reply being typed changed since the last reading. Applied
 * to the tab's last snapshot (`withDraft`), with the same ordering as snapshots.
 */
export interface DraftMessage {
  type: 'draft';
  /** The ticket the draft belongs to: a draft for another ticket is dropped. */
  ticketKey: string;
  /** The page it was read on, as in its snapshot. */
  url: string;
  /** From the same counter as the tab's snapshots: a late message never overwrites a newer one. */
  seq: number;
  readAt: number;
  /** The reply's text; empty when the agent cleared it (or switched to a note). */
  draft: string;
}

export type ExtensionMessage =
  /**
   * content → panel/background: a fresh reading of the page. The background answers with a
   * `SnapshotReply`.
   */
  | { type: 'snapshot'; snapshot: TicketSnapshot }
  | DraftMessage
  /** content → background: the reply rules for this reading again (the first answer was lost). */
  | { type: 'request-reply-rules'; snapshot: TicketSnapshot }
  /** background → content: the facts, the policy or the settings changed the rules in force. */
  | { type: 'reply-rules'; update: ReplyRulesUpdate }
  /** panel → content: read the page again now and reply with the snapshot. */
  | { type: 'request-snapshot' }
  /** panel → content: scroll to a message and flash it. */
  | { type: 'highlight-message'; messageId: string; start?: number; end?: number }
  /** panel → background: fetch the policy now. */
  | { type: 'sync-now' }
  /** panel → background: open the side panel for the sender's tab (action click fallback). */
  | { type: 'open-panel'; tabId: number };

/** The background's answer to `snapshot` and `request-reply-rules`. */
export interface SnapshotReply {
  replyRules: ReplyRulesUpdate;
}

export function isSnapshotReply(value: unknown): value is SnapshotReply {
  const rules = (value as { replyRules?: Partial<ReplyRulesUpdate> } | null)?.replyRules;
  return (
    typeof rules === 'object' &&
    rules !== null &&
    Array.isArray(rules.rules) &&
    typeof rules.inlineWarnings === 'boolean' &&
    typeof rules.computedAt === 'number'
  );
}

export function isDraftMessage(value: unknown): value is DraftMessage {
  const m = value as Partial<Record<keyof DraftMessage, unknown>> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'draft' &&
    typeof m.ticketKey === 'string' &&
    m.ticketKey !== '' &&
    typeof m.url === 'string' &&
    typeof m.seq === 'number' &&
    Number.isFinite(m.seq) &&
    typeof m.readAt === 'number' &&
    typeof m.draft === 'string'
  );
}

/** A message of the union; a `draft` message only with every field of its shape. */
export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (type !== 'draft' || isDraftMessage(value));
}

/**
 * The tab's last snapshot with a newer draft in it, or null when the draft does not apply: no
 * snapshot, no ticket in it, another ticket or page, or a draft read before that snapshot (a
 * late message). The receivers (background and panel) keep what this returns as the snapshot.
 */
export function withDraft(
  snapshot: TicketSnapshot | null | undefined,
  message: DraftMessage,
): TicketSnapshot | null {
  if (!snapshot?.ticket || snapshot.status !== 'ticket') return null;
  if (snapshot.ticketKey !== message.ticketKey || snapshot.url !== message.url) return null;
  if (snapshot.seq >= message.seq) return null;
  const { draft: _previous, ...ticket } = snapshot.ticket;
  return {
    ...snapshot,
    seq: message.seq,
    readAt: message.readAt,
    // As the readers do: an empty editor is no draft.
    ticket: message.draft ? { ...ticket, draft: message.draft } : ticket,
  };
}
