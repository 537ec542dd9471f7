/**
 * Real evaluations for component tests: the saved fixtures' normalized tickets, judged by the
 * bundled policy with the real engine (no hand-made evaluations that could drift from it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_POLICY,
  evaluate,
  type Evaluation,
  type NormalizedTicket,
} from '../../policy/index';
import type { TicketSnapshot } from '../../utils/messages';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The reading a content script sends for a saved page (`helpscout/demo-ticket`, …). */
export function snapshotOf(fixture: string, seq = 1): TicketSnapshot {
  const expected = JSON.parse(readFileSync(resolve(FIXTURES, `${fixture}.expected.json`), 'utf8'));
  const ticket = expected.ticket as NormalizedTicket | null;
  return {
    status: expected.status,
    site: expected.site,
    url: ticket?.url ?? `https://secure.helpscout.net/${fixture}`,
    ticketKey: ticket?.id ? `${ticket.source}:${ticket.id}` : null,
    seq,
    readAt: 1,
    ticket,
    report: expected.report,
  };
}

export function ticketOf(fixture: string): NormalizedTicket {
  const ticket = snapshotOf(fixture).ticket;
  if (!ticket) throw new Error(`${fixture} holds no ticket`);
  return ticket;
}

/** Evaluation time fixed, so evaluations do not move with the clock. */
export const NOW = new Date('2026-11-22T15:00:00-05:00');

export function evaluationOf(ticket: NormalizedTicket): Evaluation {
  return evaluate(ticket, DEFAULT_POLICY, NOW);
}

/** A pasted message, evaluated as the manual mode does. */
export function pasted(body: string, brand = 'TSM'): NormalizedTicket {
  return { source: 'manual', brand, messages: [{ id: 'pasted', author: 'customer', body }] };
}

export { DEFAULT_POLICY };
