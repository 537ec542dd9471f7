import type { TicketSnapshot } from '../../utils/messages';

/** Why there is nothing to show, and the way out: paste the customer's message. */
export function EmptyState({
  snapshot,
  onManual,
}: {
  snapshot: TicketSnapshot | null;
  onManual: () => void;
}) {
  const reason =
    snapshot === null
      ? 'This tab is not a HelpScout or Gorgias page, or the page has not finished loading.'
      : snapshot.status === 'unknown-layout'
        ? (snapshot.report.notes[0] ??
          'This page looks like a ticket, but its layout is not one Escalation Assist knows.')
        : 'No ticket is open: pick a conversation in the helpdesk.';
  return (
    <section className="empty" aria-labelledby="empty-title" data-testid="empty-state">
      <h1 id="empty-title">No ticket to read</h1>
      <p>{reason}</p>
      <button type="button" className="primary" onClick={onManual}>
        Paste a customer message instead
      </button>
    </section>
  );
}
