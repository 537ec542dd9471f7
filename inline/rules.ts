/**
 * The reply rules in force for the page's ticket, as the background works them out: from its
 * answer to each snapshot message, and from the updates it pushes when the agent's facts, the
 * policy or the settings change. No storage access here (content scripts may not read session
 * storage, and nothing ticket-derived is stored for them).
 *
 * A worker that was asleep is woken by the message itself; an answer that never comes is asked
 * for again a few times; once the extension is reloaded or removed (context invalidated) the
 * channel goes quiet without a word to the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ActiveReplyRule } from '../policy/draft';
import {
  isExtensionMessage,
  isSnapshotReply,
  type ExtensionMessage,
  type ReplyRulesUpdate,
  type TicketSnapshot,
} from '../utils/messages';

/** Waits before asking again when an answer did not come (a worker starting, a lost port). */
const RETRY_MS = [300, 1_500, 5_000];

/** Updates kept per ticket: the current one and a few just left (SPA back and forth). */
const KEEP_TICKETS = 4;

export class ReplyRulesChannel {
  private ticketKey: string | null = null;
  private readonly updates = new Map<string, ReplyRulesUpdate>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onChange: () => void,
  ) {
    const onMessage = (message: unknown) => {
      if (isExtensionMessage(message) && message.type === 'reply-rules') this.apply(message.update);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** The rules to check the draft against: none until the background has answered. */
  get active(): readonly ActiveReplyRule[] {
    const update = this.ticketKey ? this.updates.get(this.ticketKey) : undefined;
    return update?.inlineWarnings ? update.rules : [];
  }

  /** A new reading of the page, and the background's answer to it. */
  onSnapshot(snapshot: TicketSnapshot, reply: Promise<unknown>): void {
    if (snapshot.ticketKey !== this.ticketKey) {
      this.ticketKey = snapshot.ticketKey;
      this.onChange();
    }
    void reply.then((value) => this.receive(snapshot, value, 0));
  }

  private receive(snapshot: TicketSnapshot, value: unknown, attempt: number): void {
    if (!this.ctx.isValid) return;
    if (isSnapshotReply(value)) return this.apply(value.replyRules);
    if (snapshot.status !== 'ticket' || attempt >= RETRY_MS.length) return;
    this.ctx.setTimeout(() => {
      if (snapshot.ticketKey !== this.ticketKey) return; // the agent moved on
      const message: ExtensionMessage = { type: 'request-reply-rules', snapshot };
      void this.send(message).then((next) => this.receive(snapshot, next, attempt + 1));
    }, RETRY_MS[attempt]!);
  }

  /** Never throws and never rejects: an invalidated context answers undefined. */
  private send(message: ExtensionMessage): Promise<unknown> {
    try {
      return browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // "Extension context invalidated": reading isValid notices and tears everything down.
      void this.ctx.isValid;
      return Promise.resolve(undefined);
    }
  }

  private apply(update: ReplyRulesUpdate): void {
    if (!update.ticketKey) return;
    const previous = this.updates.get(update.ticketKey);
    if (previous && previous.computedAt > update.computedAt) return; // an older answer, late
    this.updates.delete(update.ticketKey);
    this.updates.set(update.ticketKey, update);
    for (const key of this.updates.keys()) {
      if (this.updates.size <= KEEP_TICKETS) break;
      this.updates.delete(key);
    }
    const same =
      previous &&
      previous.inlineWarnings === update.inlineWarnings &&
      JSON.stringify(previous.rules) === JSON.stringify(update.rules);
    if (!same && update.ticketKey === this.ticketKey) this.onChange();
  }
}
