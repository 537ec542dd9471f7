/**
 * Pure helpers that turn an evaluation into the panel's words: the headline, the next step and
 * the Escalation Tracker row. No React, no browser: unit-tested directly.
 */
import type { Evaluation, NormalizedTicket } from '../../policy/contract';
import type { Policy } from '../../policy/index';

export interface Headline {
  yours: boolean;
  title: string;
  next: string;
}

export function headline(evaluation: Evaluation, agentLevel: number, policy: Policy): Headline {
  const { level, name } = evaluation.tier;
  const supervisor = evaluation.triggers.find((t) => t.id === 'supervisor_request');
  if (supervisor && supervisor.level === 1 && level <= agentLevel)
    return {
      yours: true,
      title: 'Yours to handle',
      next: 'The customer asks for a supervisor: make one de-escalation attempt first. If they still insist, escalate to your Team Leader.',
    };
  if (level <= agentLevel) {
    const first = evaluation.triggers[0]?.actions[0];
    return {
      yours: true,
      title: 'Yours to handle',
      next: first ?? 'No escalation needed. Resolve it within your scope.',
    };
  }
  const top = evaluation.triggers.find((t) => t.level === level) ?? evaluation.triggers[0];
  const handledBy = policy.tiers[level]?.handledBy;
  return {
    yours: false,
    title: `Escalate to Level ${level} — ${name}`,
    next:
      top?.actions[0] ??
      (handledBy
        ? `Hand the ticket to ${handledBy} with a detailed note.`
        : 'Escalate with a detailed note.'),
  };
}

/** The tier's one-line reason, in words. */
export function tierReason(evaluation: Evaluation, policy: Policy): string {
  const reasons = evaluation.tier.because.map((b) => {
    const [kind, id] = b.split(':');
    if (kind === 'trigger') return policy.triggers.find((t) => t.id === id)?.label ?? id;
    if (kind === 'category') {
      const label = policy.categories.find((c) => c.id === id)?.label ?? id;
      const offense = evaluation.category?.offense;
      return offense && offense > 1 ? `${label} (offense ${offense})` : label;
    }
    return 'Nothing in the SOPs calls for escalation';
  });
  return reasons.join(' · ');
}

/**
 * One spreadsheet cell: no tabs or line breaks (they would split the row), and text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is quoted with a leading apostrophe,
 * since customer-written text (a name, say) lands in these cells.
 */
export function trackerCell(value: string | undefined): string {
  const text = (value ?? '').replace(/[\t\r\n]+/g, ' ').trim() || 'unknown';
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The Escalation Tracker's columns, in order. */
export const TRACKER_COLUMNS = [
  'Date',
  'Ticket',
  'Brand',
  'Customer',
  'Email',
  'Order(s)',
  'Tier',
  'Category',
  'Triggers',
  'Risk (1–5)',
  'Escalated by',
  'Link',
] as const;

/** The tracker row's cells, column by column. */
export function trackerCells(
  evaluation: Evaluation,
  ticket: NormalizedTicket,
  risk: number,
  agentName: string,
  now: Date,
): string[] {
  return [
    now.toISOString().slice(0, 10),
    ticket.id ? `#${ticket.id}` : undefined,
    evaluation.brand ?? undefined,
    ticket.customer?.name,
    ticket.customer?.email,
    (ticket.orders ?? [])
      .map((o) => o.id)
      .filter(Boolean)
      .join(', '),
    `Level ${evaluation.tier.level} ${evaluation.tier.name}`,
    evaluation.category?.id,
    evaluation.triggers.map((t) => t.id).join(', ') || 'none',
    String(risk),
    agentName,
    ticket.url,
  ].map(trackerCell);
}

/** One tab-separated row for the Escalation Tracker spreadsheet: pastes as one row. */
export function trackerRow(
  evaluation: Evaluation,
  ticket: NormalizedTicket,
  risk: number,
  agentName: string,
  now: Date,
): string {
  return trackerCells(evaluation, ticket, risk, agentName, now).join('\t');
}

/** The engine's note with the agent's own risk rating and name. */
export function personalizeNote(note: string, risk: number, agentName: string): string {
  const withRisk = note.replace(/(Negative Experience Risk Rating: )\d(\/5)/, `$1${risk}$2`);
  return agentName.trim() ? `${withRisk}\nEscalated by: ${agentName.trim()}` : withRisk;
}
