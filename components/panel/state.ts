/**
 * The panel's state (zustand): what the page said, what the agent confirmed, and the policy in
 * force. The evaluation is derived from these by the engine, never stored.
 *
 * Every ticket's saved state (facts, ticks, risk, note edits) is held in memory as well as in
 * storage, so moving to another ticket shows its facts in the very first evaluation: no flash of
 * an evaluation without them.
 */
import { create } from 'zustand';
import type { NormalizedTicket } from '../../policy/contract';
import { DEFAULT_POLICY, type Policy } from '../../policy/index';
import { withDraft, type DraftMessage, type TicketSnapshot } from '../../utils/messages';
import type { PolicyInForce, Settings, SyncStatus, TicketState } from '../../utils/storage';
import { DEFAULT_SETTINGS, TICKET_STATE_TTL_MS } from '../../utils/storage';

export const EMPTY_TICKET_STATE: TicketState = { facts: {}, checked: {}, updatedAt: 0 };

export interface ManualTicket {
  active: boolean;
  text: string;
  brand: string;
}

export interface PanelState {
  tabId: number | null;
  /**
   * What the shown tab is: `loading` until its first reading arrives (no "not a helpdesk page"
   * flash), `other-site` when it is not a helpdesk page, `unreachable` when a helpdesk page
   * never answered (opened before the extension was installed or updated), else `read`.
   */
  page: 'loading' | 'other-site' | 'unreachable' | 'read';
  snapshot: TicketSnapshot | null;
  settings: Settings;
  policyInForce: PolicyInForce | null;
  syncStatus: SyncStatus;
  /** Every ticket's saved state, by ticket key (`manual` for a pasted message). */
  savedStates: Record<string, TicketState>;
  /** Manual mode: the agent pastes the customer's message. Kept in memory only. */
  manual: ManualTicket;
  /** A reading of the shown tab; null: the tab is not a helpdesk page. */
  setSnapshot(snapshot: TicketSnapshot | null): void;
  /** Only the draft changed: applied to the shown snapshot if it is the one it was read on. */
  applyDraft(message: DraftMessage): void;
  setManual(manual: Partial<ManualTicket>): void;
  /** Changes the open ticket's state in memory; the wiring persists it. */
  updateTicketState(change: Partial<TicketState>): TicketState | null;
}

/** The key the open ticket's state is kept under, or null when there is none. */
export function ticketKeyOf(state: Pick<PanelState, 'manual' | 'snapshot'>): string | null {
  return state.manual.active ? 'manual' : (state.snapshot?.ticketKey ?? null);
}

/** A saved state counts until it expires (TICKET_STATE_TTL_MS after its last change). */
export function freshState(saved: TicketState | undefined, now = Date.now()): TicketState {
  return saved && now - saved.updatedAt < TICKET_STATE_TTL_MS ? saved : EMPTY_TICKET_STATE;
}

export function ticketStateOf(
  state: Pick<PanelState, 'manual' | 'snapshot' | 'savedStates'>,
): TicketState {
  const key = ticketKeyOf(state);
  return key ? freshState(state.savedStates[key]) : EMPTY_TICKET_STATE;
}

export const usePanel = create<PanelState>((set, get) => ({
  tabId: null,
  page: 'loading',
  snapshot: null,
  settings: DEFAULT_SETTINGS,
  policyInForce: null,
  syncStatus: { consecutiveFailures: 0 },
  savedStates: {},
  manual: { active: false, text: '', brand: '' },
  setSnapshot(snapshot) {
    const previous = get().snapshot;
    // A late message about an older reading of the same page never replaces a newer one.
    if (previous && snapshot && previous.url === snapshot.url && previous.seq > snapshot.seq)
      return;
    set({ snapshot, page: snapshot ? 'read' : 'other-site' });
  },
  applyDraft(message) {
    const next = withDraft(get().snapshot, message);
    if (next) set({ snapshot: next });
  },
  setManual(manual) {
    set({ manual: { ...get().manual, ...manual } });
  },
  updateTicketState(change) {
    const state = get();
    const key = ticketKeyOf(state);
    if (!key) return null;
    const next = { ...ticketStateOf(state), ...change, updatedAt: Date.now() };
    set({ savedStates: { ...state.savedStates, [key]: next } });
    return next;
  },
}));

export function policyOf(state: Pick<PanelState, 'policyInForce'>): Policy {
  return state.policyInForce?.policy ?? DEFAULT_POLICY;
}

/** The ticket the engine evaluates: the page's (or the pasted one) plus the agent's facts. */
export function ticketToEvaluate(
  state: Pick<PanelState, 'manual' | 'snapshot' | 'settings' | 'savedStates'>,
): NormalizedTicket | null {
  const facts = ticketStateOf(state).facts;
  if (state.manual.active) {
    if (!state.manual.text.trim()) return null;
    return {
      source: 'manual',
      brand: state.manual.brand || state.settings.defaultBrand || undefined,
      messages: [{ id: 'pasted', author: 'customer', body: state.manual.text }],
      facts,
    };
  }
  const ticket = state.snapshot?.status === 'ticket' ? state.snapshot.ticket : null;
  if (!ticket) return null;
  const brand =
    ticket.brand ?? (ticket.mailbox ? undefined : state.settings.defaultBrand || undefined);
  return { ...ticket, ...(brand ? { brand } : {}), facts };
}

/**
 * Whether two tickets differ in nothing but the draft (field by field, by identity: a draft
 * message keeps the snapshot's messages, facts and orders as they were).
 */
function differsOnlyInDraft(a: NormalizedTicket | null, b: NormalizedTicket | null): boolean {
  if (!a || !b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('draft');
  for (const key of keys)
    if (a[key as keyof NormalizedTicket] !== b[key as keyof NormalizedTicket]) return false;
  return true;
}

/**
 * A function from the ticket shown to the ticket the engine judges: the same ticket without its
 * draft, and the same object for as long as only the draft changes, so the evaluation that
 * depends on it is not redone on each keystroke.
 */
export function draftlessTicketMemo(): (
  ticket: NormalizedTicket | null,
) => NormalizedTicket | null {
  let lastTicket: NormalizedTicket | null = null;
  let lastDraftless: NormalizedTicket | null = null;
  return (ticket) => {
    if (ticket !== lastTicket && !differsOnlyInDraft(ticket, lastTicket))
      lastDraftless = ticket && withoutDraft(ticket);
    lastTicket = ticket;
    return lastDraftless;
  };
}

function withoutDraft(ticket: NormalizedTicket): NormalizedTicket {
  const { draft: _draft, ...rest } = ticket;
  return rest;
}
