/**
 * Keeps one ticket's data from showing under another ticket's key during single-page
 * navigation. The apps change the URL first and render the new ticket when its data arrives (or,
 * less often, render first and push the URL after), so for a moment the page shows one ticket's
 * thread under the other's URL. Readings taken in that moment are held back until the page
 * agrees with its URL; a conversation URL whose page has not rendered a thread yet is held the
 * same way before it is called an unknown layout.
 *
 * Pure logic on snapshots and times, so it is tested without a browser.
 */
import type { TicketSnapshot } from '../utils/messages';

/** How long a disagreeing page is waited for before the reading is decided anyway. */
export const HOLD_MS = 1500;

/**
 * `ready`: send it. `hold`: look again shortly. `stale`: the URL's ticket never rendered; show
 * no ticket rather than the previous one's thread.
 */
export type Verdict = 'ready' | 'hold' | 'stale';

type Mismatch =
  /** New ticket key, but exactly the previous ticket's thread on the page. */
  | 'old-thread'
  /** Same key, but not one message of the thread shown before: another ticket rendered early. */
  | 'new-thread'
  /** A conversation URL without a thread yet (still loading, or truly unknown). */
  | 'not-rendered';

/** Ids the reader made up from positions (`m1`, `m2`) say nothing about which ticket it is. */
const POSITIONAL_ID = /^m\d+$/;

function threadOf(snapshot: TicketSnapshot): string {
  return snapshot.ticket ? JSON.stringify(snapshot.ticket.messages) : '';
}

function realIds(snapshot: TicketSnapshot): string[] {
  return (snapshot.ticket?.messages ?? []).map((m) => m.id).filter((id) => !POSITIONAL_ID.test(id));
}

export class TicketTransition {
  private key: string | null = null;
  private thread = '';
  private ids = new Set<string>();
  private holdingSince: number | null = null;
  private lastVerdict: Verdict = 'ready';

  constructor(private readonly holdMs: number = HOLD_MS) {}

  check(next: TicketSnapshot, now: number): Verdict {
    const mismatch = this.mismatch(next);
    if (!mismatch) {
      this.holdingSince = null;
      return (this.lastVerdict = 'ready');
    }
    this.holdingSince ??= now;
    if (now - this.holdingSince < this.holdMs) return (this.lastVerdict = 'hold');
    // Waited long enough. A thread replaced on the same URL, or a page that never rendered one,
    // is what the page really shows; the previous ticket's thread under a new key never is.
    return (this.lastVerdict = mismatch === 'old-thread' ? 'stale' : 'ready');
  }

  /** The snapshot that was sent: later readings are compared with it. */
  shown(snapshot: TicketSnapshot): void {
    // A placeholder sent while holding (or after giving up) is not the ticket to compare with.
    if (this.lastVerdict !== 'ready') return;
    this.key = snapshot.ticketKey;
    this.thread = threadOf(snapshot);
    this.ids = new Set(realIds(snapshot));
  }

  private mismatch(next: TicketSnapshot): Mismatch | null {
    if (next.status === 'unknown-layout') return 'not-rendered';
    if (!next.ticket || !next.ticketKey || !this.key) return null;
    if (next.ticketKey !== this.key) return threadOf(next) === this.thread ? 'old-thread' : null;
    const ids = realIds(next);
    if (!ids.length || !this.ids.size) return null;
    return ids.some((id) => this.ids.has(id)) ? null : 'new-thread';
  }
}
