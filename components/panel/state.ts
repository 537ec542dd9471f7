/**
 * The panel's state (zustand): what the page said, what the agent confirmed, and the policy in
 * force. The evaluation is derived from these by the engine, never stored.
 */
import { create } from 'zustand';
import type { NormalizedTicket, TicketFacts } from '../../policy/contract';
import { DEFAULT_POLICY, type Policy } from '../../policy/index';
import type { TicketSnapshot } from '../../utils/messages';
import type { PolicyInForce, Settings, SyncStatus, TicketState } from '../../utils/storage';
import { DEFAULT_SETTINGS } from '../../utils/storage';

export const EMPTY_TICKET_STATE: TicketState = { facts: {}, checked: {}, updatedAt: 0 };

export interface PanelState {
  tabId: number | null;
  snapshot: TicketSnapshot | null;
  settings: Settings;
  policyInForce: PolicyInForce | null;
  syncStatus: SyncStatus;
  ticketState: TicketState;
  /** Manual mode: the agent pastes the customer's message. */
  manual: { active: boolean; text: string; brand: string };
  setSnapshot(snapshot: TicketSnapshot | null): void;
  setTicketState(state: TicketState): void;
  setFacts(facts: TicketFacts): void;
  setManual(manual: Partial<PanelState['manual']>): void;
}

export const usePanel = create<PanelState>((set, get) => ({
  tabId: null,
  snapshot: null,
  settings: DEFAULT_SETTINGS,
  policyInForce: null,
  syncStatus: { consecutiveFailures: 0 },
  ticketState: EMPTY_TICKET_STATE,
  manual: { active: false, text: '', brand: '' },
  setSnapshot(snapshot) {
    const previous = get().snapshot;
    // A late message about an older reading of the same tab never replaces a newer one.
    if (previous && snapshot && previous.url === snapshot.url && previous.seq > snapshot.seq)
      return;
    const ticketChanged = previous?.ticketKey !== snapshot?.ticketKey;
    set(ticketChanged ? { snapshot, ticketState: EMPTY_TICKET_STATE } : { snapshot });
  },
  setTicketState(ticketState) {
    set({ ticketState });
  },
  setFacts(facts) {
    set({ ticketState: { ...get().ticketState, facts, updatedAt: Date.now() } });
  },
  setManual(manual) {
    set({ manual: { ...get().manual, ...manual } });
  },
}));

export function policyOf(state: Pick<PanelState, 'policyInForce'>): Policy {
  return state.policyInForce?.policy ?? DEFAULT_POLICY;
}

/** The ticket the engine evaluates: the page's (or the pasted one) plus the agent's facts. */
export function ticketToEvaluate(state: PanelState): NormalizedTicket | null {
  const facts = state.ticketState.facts;
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
