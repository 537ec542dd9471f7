import type { TicketSnapshot } from '../../utils/messages';
import type { PanelState } from './state';

const FIELD_WORDS: Record<string, string> = {
  messages: 'the conversation’s messages',
  subject: 'the subject',
  'customer.name': 'the customer’s name',
  'customer.email': 'the customer’s email',
  orders: 'the orders',
};

/** Why there is no ticket to show, in the agent's words. */
export function emptyReason(
  page: PanelState['page'],
  snapshot: TicketSnapshot | null,
): { title: string; reason: string; missing: string[]; waiting?: boolean } {
  const missing = (snapshot?.report.missing ?? []).map((f) => FIELD_WORDS[f] ?? f);
  if (page === 'unreachable')
    return {
      title: 'Can’t read this page yet',
      reason:
        'This helpdesk tab was opened before Escalation Assist was installed or updated. Reload the tab and the ticket appears here.',
      missing: [],
    };
  if (!snapshot)
    return {
      title: 'Not a helpdesk page',
      reason:
        'This tab is not a HelpScout or Gorgias page. Open a conversation there, or paste the customer’s message.',
      missing: [],
    };
  if (snapshot.status === 'unknown-layout')
    return {
      title: 'Unknown page layout',
      reason:
        snapshot.report.notes[0] ??
        'This page looks like a ticket, but its layout is not one Escalation Assist knows.',
      missing,
    };
  if (snapshot.status === 'ticket')
    return {
      title: 'A field is missing',
      reason:
        'A ticket is open, but its messages could not be read, so there is nothing to evaluate. The helpdesk may have changed its layout.',
      missing: missing.length ? missing : [FIELD_WORDS.messages!],
    };
  // Between two tickets of the single-page app the reader holds back and says why.
  const waiting = snapshot.report.notes[0];
  if (waiting)
    return { title: 'Opening the ticket', reason: `${waiting}…`, missing: [], waiting: true };
  return {
    title: 'No ticket open',
    reason: 'No ticket is open: pick a conversation in the helpdesk.',
    missing: [],
  };
}

/** Why there is nothing to show, and the way out: paste the customer's message. */
export function EmptyState({
  page,
  snapshot,
  onManual,
}: {
  page: PanelState['page'];
  snapshot: TicketSnapshot | null;
  onManual: () => void;
}) {
  if (page === 'loading')
    return (
      <section className="empty loading" role="status" data-testid="loading">
        <p className="muted">Reading the page…</p>
      </section>
    );
  const { title, reason, missing, waiting } = emptyReason(page, snapshot);
  return (
    <section className="empty" aria-labelledby="empty-title" data-testid="empty-state">
      <h1 id="empty-title">{title}</h1>
      <p data-testid="empty-reason" role={waiting ? 'status' : undefined}>
        {reason}
      </p>
      {missing.length ? (
        <p className="small muted" data-testid="empty-missing">
          Couldn’t find: {missing.join(', ')}.
        </p>
      ) : null}
      <button type="button" className="primary" onClick={onManual}>
        Paste a customer message instead
      </button>
      <p className="muted small">
        You get the same evaluation; the pasted text stays in this panel and is never sent anywhere.
      </p>
    </section>
  );
}
