/**
 * The escalation note (contract §6): plain text; a missing fact reads `unknown`, never a blank.
 */
import type { Evaluation, NormalizedTicket, TicketFacts } from '../contract';
import type { Policy } from '../schema';

const UNKNOWN = 'unknown';

function money(value: number | undefined, currency = 'USD'): string {
  if (value === undefined) return UNKNOWN;
  return currency === 'USD' ? `$${value.toFixed(2)}` : `${value.toFixed(2)} ${currency}`;
}

function doneSoFar(ticket: NormalizedTicket): string {
  const facts = ticket.facts ?? {};
  const steps: string[] = [];
  if (facts.deEscalationAttempted) steps.push('one de-escalation attempt made');
  if (facts.refundApproved) steps.push('refund approved');
  else if (facts.refundApproved === false) steps.push('refund not approved yet');
  if (facts.replacementApproved) steps.push('replacement approved');
  else if (facts.replacementApproved === false) steps.push('replacement not approved yet');
  if (facts.customerDeclinedCourier) steps.push('courier contact offered and declined');
  const replies = ticket.messages.filter((m) => m.author === 'agent').length;
  if (replies) steps.push(`${replies} agent repl${replies === 1 ? 'y' : 'ies'} on the ticket`);
  const confirmed = confirmedFacts(facts);
  if (confirmed.length) steps.push(`agent confirmed ${confirmed.join(', ')}`);
  return steps.length ? steps.join('; ') : UNKNOWN;
}

/** The figures the agent confirmed in the panel, which the engine used instead of its own reading. */
function confirmedFacts(facts: TicketFacts): string[] {
  const confirmed: string[] = [];
  if (facts.refundAmount !== undefined)
    confirmed.push(`refund amount ${money(facts.refundAmount)}`);
  if (facts.replacementUnits !== undefined)
    confirmed.push(
      `${facts.replacementUnits} unit${facts.replacementUnits === 1 ? '' : 's'} to replace`,
    );
  if (facts.daysSinceDelivered !== undefined)
    confirmed.push(
      `${facts.daysSinceDelivered} day${facts.daysSinceDelivered === 1 ? '' : 's'} since the delivered status`,
    );
  if (facts.offenseNumber !== undefined) confirmed.push(`offense number ${facts.offenseNumber}`);
  return confirmed;
}

function seeks(ticket: NormalizedTicket): string {
  const last = ticket.messages.findLast((m) => m.author === 'customer');
  if (!last) return UNKNOWN;
  const text = last.body.replace(/\s+/g, ' ').trim();
  return text ? `"${text.length > 240 ? `${text.slice(0, 237)}…` : text}"` : UNKNOWN;
}

/** A template split once into its text and placeholders: odd entries are placeholder names. */
const templateParts = new Map<string, string[]>();

function fillTemplate(template: string, values: Record<string, string>): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size >= 16) templateParts.clear();
    templateParts.set(template, parts);
  }
  let note = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // Own keys only: a placeholder like {constructor} reads unknown, not Object's function.
    note += i % 2 ? (Object.hasOwn(values, part) ? values[part]! : UNKNOWN) : part;
  }
  return note.trimEnd();
}

export function buildNote(
  evaluation: Evaluation,
  ticket: NormalizedTicket,
  policy: Policy,
): string {
  const orders = ticket.orders ?? [];
  const total = orders.reduce<number | undefined>(
    (sum, o) => (o.total === undefined ? sum : (sum ?? 0) + o.total),
    undefined,
  );
  const reasons = evaluation.triggers.length
    ? evaluation.triggers
        .map((t) => {
          const quotes = t.evidence.map((e) => `"${e.text}"`).join(', ');
          return `- ${t.id} (level ${t.level}): ${t.because ?? ''}${quotes ? `; customer said ${quotes}` : ''}`;
        })
        .join('\n')
    : `- ${evaluation.category ? `category ${evaluation.category.id}` : 'no escalation trigger'}`;
  const tier = policy.tiers[evaluation.tier.level];
  const goesTo = [
    ...new Set(evaluation.triggers.flatMap((t) => t.notify.map((n) => `${n.who} (${n.via})`))),
  ];
  const values: Record<string, string> = {
    tierLine: `Level ${evaluation.tier.level} (${evaluation.tier.name})`,
    brand: evaluation.brand ?? UNKNOWN,
    customerName: ticket.customer?.name || UNKNOWN,
    customerEmail: ticket.customer?.email || UNKNOWN,
    orders:
      orders
        .map((o) => o.id)
        .filter(Boolean)
        .join(', ') || UNKNOWN,
    orderTotal: money(total, orders[0]?.currency),
    category: evaluation.category?.id ?? UNKNOWN,
    reasons,
    doneSoFar: doneSoFar(ticket),
    seeks: seeks(ticket),
    risk: String(evaluation.risk),
    goesTo: [tier?.handledBy ?? evaluation.tier.name, ...goesTo].join('; '),
    ticket: ticket.id ? `#${ticket.id}` : UNKNOWN,
    agentLine: '',
  };
  return fillTemplate(policy.note.template, values);
}
