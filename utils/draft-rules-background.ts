/**
 * Background side of inline warnings. The content script checks every keystroke itself, against
 * the reply rules in force for its ticket; this module works those rules out (the page's ticket
 * with the agent's facts, under the policy in force) and hands them over: in the answer to each
 * snapshot message, and pushed to the tab when the facts, the policy or the settings change.
 * Nothing derived from the ticket is stored, and the content script never touches storage.
 */
import { browser } from 'wxt/browser';
import {
  activeReplyRules,
  DEFAULT_POLICY,
  evaluate,
  type NormalizedTicket,
  type Policy,
} from '../policy/index';
import type { ExtensionMessage, ReplyRulesUpdate, SnapshotReply, TicketSnapshot } from './messages';
import {
  policyItem,
  readSettings,
  settingsItem,
  snapshotsItem,
  TICKET_STATE_TTL_MS,
  ticketStatesItem,
  type Settings,
  type TicketState,
} from './storage';

export interface RuleInputs {
  policy: Policy;
  settings: Settings;
  states: Record<string, TicketState>;
  now: number;
}

async function readInputs(): Promise<RuleInputs> {
  const now = Date.now(); // before reading: a change made meanwhile gets a later push
  const [policyInForce, settings, states] = await Promise.all([
    policyItem.getValue(),
    readSettings(),
    ticketStatesItem.getValue(),
  ]);
  return { policy: policyInForce?.policy ?? DEFAULT_POLICY, settings, states, now };
}

/**
 * The ticket as the side panel evaluates it (components/panel/state.ts `ticketToEvaluate`): the
 * page's reading, the default brand when the page names no mailbox, the agent's unexpired facts.
 * The draft is left out: it changes nothing about which rules are in force.
 */
export function ticketForRules(
  snapshot: TicketSnapshot,
  { settings, states, now }: RuleInputs,
): NormalizedTicket | null {
  if (snapshot.status !== 'ticket' || !snapshot.ticket || !snapshot.ticketKey) return null;
  const { draft: _draft, ...ticket } = snapshot.ticket;
  const saved = states[snapshot.ticketKey];
  const facts = saved && now - saved.updatedAt < TICKET_STATE_TTL_MS ? saved.facts : {};
  const brand = ticket.brand ?? (ticket.mailbox ? undefined : settings.defaultBrand || undefined);
  return { ...ticket, ...(brand ? { brand } : {}), facts };
}

/** The reply rules in force for one reading of a page. Pure: the unit tests call it directly. */
export function replyRulesFor(snapshot: TicketSnapshot, inputs: RuleInputs): ReplyRulesUpdate {
  const update: ReplyRulesUpdate = {
    ticketKey: snapshot.ticketKey,
    rules: [],
    inlineWarnings: inputs.settings.inlineWarnings,
    computedAt: inputs.now,
  };
  const ticket = ticketForRules(snapshot, inputs);
  if (!ticket) return update;
  try {
    update.rules = activeReplyRules(evaluate(ticket, inputs.policy), inputs.policy, ticket);
  } catch (error) {
    // The policy in force was validated before it was accepted; should it still fail on some
    // ticket, the page keeps working without inline warnings and the panel says what broke.
    console.warn('[Escalation Assist] reply rules could not be worked out:', error);
  }
  return update;
}

/** What each tab was last told, so a change that alters nothing sends nothing. */
const lastSent = new Map<number, string>();

async function answer(tabId: number | undefined, snapshot: TicketSnapshot): Promise<SnapshotReply> {
  const replyRules = replyRulesFor(snapshot, await readInputs());
  if (tabId !== undefined) lastSent.set(tabId, JSON.stringify({ ...replyRules, computedAt: 0 }));
  return { replyRules };
}

/** After a change of facts, policy or settings: tell every helpdesk tab whose rules moved. */
async function pushToTabs(): Promise<void> {
  const [inputs, snapshots] = await Promise.all([readInputs(), snapshotsItem.getValue()]);
  await Promise.all(
    Object.entries(snapshots).map(async ([tab, snapshot]) => {
      const tabId = Number(tab);
      const update = replyRulesFor(snapshot, inputs);
      const json = JSON.stringify({ ...update, computedAt: 0 });
      if (lastSent.get(tabId) === json) return;
      lastSent.set(tabId, json);
      const message: ExtensionMessage = { type: 'reply-rules', update };
      // The tab may have closed or left the helpdesk; its next snapshot asks again anyway.
      await browser.tabs.sendMessage(tabId, message).catch(() => lastSent.delete(tabId));
    }),
  );
}

/**
 * Answers `snapshot` and `request-reply-rules` with the rules in force; returns undefined for
 * every other message so other listeners may answer them.
 */
export function answerReplyRules(
  message: ExtensionMessage,
  tabId: number | undefined,
): Promise<SnapshotReply> | undefined {
  if (message.type !== 'snapshot' && message.type !== 'request-reply-rules') return undefined;
  return answer(tabId, message.snapshot);
}

export function registerDraftRules(): void {
  const push = () => void pushToTabs().catch(() => undefined);
  ticketStatesItem.watch(push);
  policyItem.watch(push);
  settingsItem.watch(push);
  browser.tabs.onRemoved.addListener((tabId) => lastSent.delete(tabId));
}
