/**
 * The side panel: the engine's evaluation of the open ticket, turned into the agent's next steps.
 */
import { useEffect, useMemo, useRef } from 'react';
import { evaluate } from '../../policy/index';
import { Checklist } from './Checklist';
import { DontSay } from './DontSay';
import { EmptyState } from './EmptyState';
import { ErrorBoundary } from './ErrorBoundary';
import { FactsForm } from './FactsForm';
import { Footer } from './Footer';
import { HeadlineCard } from './HeadlineCard';
import { ManualInput } from './ManualInput';
import { NotePanel } from './NotePanel';
import { NotifyList } from './NotifyList';
import { RiskRating } from './RiskRating';
import { policyOf, ticketToEvaluate, usePanel } from './state';
import { personalizeNote, trackerRow } from './summary';
import { TriggerList } from './TriggerList';
import {
  highlightMessage,
  openOptions,
  requestSync,
  saveTicketState,
  usePanelWiring,
} from './wiring';

function ReadingNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <details className="reading-notes" data-testid="reading-notes">
      <summary>What couldn't be read ({notes.length})</summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </details>
  );
}

export function App() {
  usePanelWiring();
  const state = usePanel();
  const { snapshot, settings, ticketState, manual } = state;
  const policy = policyOf(state);
  const ticket = useMemo(() => ticketToEvaluate(state), [state]);
  const evaluation = useMemo(() => (ticket ? evaluate(ticket, policy) : null), [ticket, policy]);
  // Marks when the new evaluation reached the screen (the latency bench reads it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (evaluation)
      root.current?.setAttribute(
        'data-evaluated-at',
        String(performance.timeOrigin + performance.now()),
      );
    else root.current?.removeAttribute('data-evaluated-at');
  }, [evaluation]);

  const risk = ticketState.riskOverride ?? evaluation?.risk ?? 1;
  const note =
    ticketState.noteOverride ??
    (evaluation ? personalizeNote(evaluation.note, risk, settings.agentName) : '');
  const update = (change: Partial<typeof ticketState>) => {
    const next = { ...ticketState, ...change, updatedAt: Date.now() };
    state.setTicketState(next);
    void saveTicketState(next);
  };

  // Ctrl+Shift+C (⌘⇧C) copies the note while the panel has focus.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        event.key.toLowerCase() === 'c' &&
        note
      ) {
        event.preventDefault();
        void navigator.clipboard.writeText(note);
        document.querySelector<HTMLElement>('.copy.primary')?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [note]);

  const key = manual.active ? 'manual' : (snapshot?.ticketKey ?? '');
  return (
    <div className="panel" ref={root} data-ticket-key={key}>
      {manual.active ? (
        <ManualInput
          text={manual.text}
          brand={manual.brand}
          onChange={(change) => state.setManual(change)}
          onClose={() => state.setManual({ active: false })}
        />
      ) : null}
      {!evaluation || !ticket ? (
        manual.active ? (
          <p className="muted">The evaluation appears here as soon as there is a message.</p>
        ) : (
          <EmptyState snapshot={snapshot} onManual={() => state.setManual({ active: true })} />
        )
      ) : (
        <ErrorBoundary resetKey={key}>
          <main>
            {!manual.active && snapshot?.ticket?.subject ? (
              <p className="ticket-line">
                <span className="muted">#{snapshot.ticket.id}</span>{' '}
                <span data-testid="subject">{snapshot.ticket.subject}</span>
              </p>
            ) : null}
            <HeadlineCard
              evaluation={evaluation}
              agentLevel={settings.agentLevel}
              policy={policy}
            />
            {!manual.active ? <ReadingNotes notes={snapshot?.report.notes ?? []} /> : null}
            <TriggerList
              triggers={evaluation.triggers}
              policy={policy}
              bodies={Object.fromEntries(ticket.messages.map((m) => [m.id, m.body]))}
              onQuote={highlightMessage}
            />
            <Checklist
              triggers={evaluation.triggers}
              checked={ticketState.checked}
              onToggle={(id, index) => {
                const current = ticketState.checked[id] ?? [];
                const next = current.includes(index)
                  ? current.filter((i) => i !== index)
                  : [...current, index];
                update({ checked: { ...ticketState.checked, [id]: next } });
              }}
            />
            <NotifyList triggers={evaluation.triggers} />
            <DontSay phrases={evaluation.forbiddenPhrases} warnings={evaluation.draftWarnings} />
            <RiskRating
              suggested={evaluation.risk}
              value={risk}
              onChange={(r) => update({ riskOverride: r })}
            />
            <FactsForm facts={ticketState.facts} onChange={(facts) => update({ facts })} />
            <NotePanel
              note={note}
              edited={ticketState.noteOverride !== undefined}
              trackerRow={trackerRow(evaluation, ticket, risk, settings.agentName, new Date())}
              onEdit={(text) => update({ noteOverride: text })}
              onReset={() => update({ noteOverride: undefined })}
            />
          </main>
        </ErrorBoundary>
      )}
      <Footer
        version={policy.version}
        policyInForce={state.policyInForce}
        syncStatus={state.syncStatus}
        onSync={() => void requestSync()}
        onSettings={openOptions}
      />
    </div>
  );
}
