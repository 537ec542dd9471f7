/**
 * The side panel: the engine's evaluation of the open ticket, turned into the agent's next steps.
 * `App` wires it to the extension; `Panel` renders whatever the store holds (tests drive it).
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Evaluation, NormalizedTicket } from '../../policy/contract';
import { evaluate, withDraftChecked } from '../../policy/index';
import { ActionBar } from './ActionBar';
import { Checklist } from './Checklist';
import { copyText } from './copy';
import { DontSay } from './DontSay';
import { EmptyState } from './EmptyState';
import { ErrorBoundary, EvaluationError } from './ErrorBoundary';
import { FactsForm } from './FactsForm';
import { Footer } from './Footer';
import { HeadlineCard } from './HeadlineCard';
import { ManualInput } from './ManualInput';
import { NotePanel } from './NotePanel';
import { NotifyList } from './NotifyList';
import { RiskRating } from './RiskRating';
import {
  draftlessTicketMemo,
  policyOf,
  ticketKeyOf,
  ticketStateOf,
  ticketToEvaluate,
  usePanel,
} from './state';
import { personalizeNote, trackerCells } from './summary';
import { TriggerList } from './TriggerList';
import {
  highlightMessage,
  openOptions,
  requestSync,
  updateTicketState,
  usePanelWiring,
} from './wiring';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** Copies the note from anywhere in the panel. */
export const NOTE_SHORTCUT = {
  label: IS_MAC ? '⌘⇧C' : 'Ctrl+Shift+C',
  aria: 'Control+Shift+C Meta+Shift+C',
};

function isNoteShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    (event.code === 'KeyC' || event.key.toLowerCase() === 'c')
  );
}

function ReadingNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null;
  return (
    <details className="reading-notes" data-testid="reading-notes">
      <summary>What couldn’t be read ({notes.length})</summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Marks on the panel when a new evaluation reached the screen (the latency bench reads it):
 * after the commit, the next animation frame paints it, and a task posted from that frame runs
 * after the paint. A hidden panel paints nothing, so it marks at once.
 */
function useEvaluatedAt(root: RefObject<HTMLDivElement | null>, evaluation: unknown) {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    if (!evaluation) return element.removeAttribute('data-evaluated-at');
    let cancelled = false;
    const mark = () => {
      if (!cancelled)
        element.setAttribute(
          'data-evaluated-at',
          String(performance.timeOrigin + performance.now()),
        );
    };
    if (document.visibilityState === 'hidden') mark();
    else
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = mark;
        channel.port2.postMessage(null);
      });
    return () => {
      cancelled = true;
    };
  }, [root, evaluation]);
}

/** Manual mode: a quote selects its words in the pasted text. */
function selectInPastedText(_messageId: string, start: number, end: number): void {
  const box = document.getElementById('manual-text') as HTMLTextAreaElement | null;
  box?.focus();
  box?.setSelectionRange(start, end);
}

/** One per panel: the ticket being judged, kept while only its draft changes. */
const draftless = draftlessTicketMemo();

type Outcome = { evaluation: Evaluation; error?: never } | { evaluation?: never; error: Error };

/** An evaluation, or what went wrong making it (shown by the panel instead of a blank page). */
function outcomeOf(judge: () => Evaluation): Outcome {
  try {
    return { evaluation: judge() };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

export function Panel({
  onQuote = highlightMessage,
  onSync = requestSync,
  onSettings = openOptions,
}: {
  onQuote?: (messageId: string, start: number, end: number) => void;
  onSync?: () => Promise<unknown>;
  onSettings?: () => void;
}) {
  const state = usePanel();
  const { snapshot, settings, manual, savedStates, page } = state;
  const policy = policyOf(state);
  const ticketState = ticketStateOf(state);
  const key = ticketKeyOf(state) ?? '';

  const ticket = useMemo<NormalizedTicket | null>(
    () => ticketToEvaluate({ snapshot, manual, settings, savedStates }),
    // Only what the ticket is made of: note edits or ticks do not re-evaluate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, manual, settings.defaultBrand, ticketState.facts],
  );
  // While the agent types, only the draft changes: the thread is judged once, the draft on each
  // keystroke (the same result as judging the whole ticket again).
  const judged = useMemo(() => draftless(ticket), [ticket]);
  const judgedOutcome = useMemo(
    () => (judged ? outcomeOf(() => evaluate(judged, policy)) : null),
    [judged, policy],
  );
  const outcome = useMemo(() => {
    const judgedEvaluation = judgedOutcome?.evaluation;
    if (!ticket || !judgedEvaluation) return judgedOutcome;
    return outcomeOf(() => withDraftChecked(judgedEvaluation, ticket, policy));
  }, [judgedOutcome, ticket, policy]);
  const evaluation = outcome?.evaluation ?? null;

  const root = useRef<HTMLDivElement>(null);
  useEvaluatedAt(root, evaluation);

  // Another ticket starts at the top (the answer first), not where the last one was scrolled.
  const lastKey = useRef(key);
  useEffect(() => {
    if (lastKey.current !== key) window.scrollTo(0, 0);
    lastKey.current = key;
  }, [key]);

  const risk = ticketState.riskOverride ?? evaluation?.risk ?? 1;
  const generatedNote = evaluation
    ? personalizeNote(evaluation.note, risk, settings.agentName)
    : '';
  const edited = ticketState.noteOverride !== undefined;
  const note = ticketState.noteOverride ?? generatedNote;
  const cells =
    evaluation && ticket
      ? trackerCells(evaluation, ticket, risk, settings.agentName, new Date())
      : [];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isNoteShortcut(event) || !note) return;
      event.preventDefault();
      void copyText('note', note);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [note]);

  const openManual = () => usePanel.getState().setManual({ active: true });
  let content;
  if (outcome?.error) content = <EvaluationError message={outcome.error.message} />;
  else if (!evaluation || !ticket)
    content = manual.active ? (
      <p className="muted manual-hint">
        The evaluation appears here as soon as there is a message.
      </p>
    ) : (
      <EmptyState page={page} snapshot={snapshot} onManual={openManual} />
    );
  else
    content = (
      <ErrorBoundary resetKey={key}>
        {!manual.active && ticket.subject ? (
          <p className="ticket-line">
            {ticket.id ? <span className="muted">#{ticket.id}</span> : null}{' '}
            <span data-testid="subject">{ticket.subject}</span>
            {ticket.customer?.name ? (
              <span className="muted customer"> · {ticket.customer.name}</span>
            ) : null}
          </p>
        ) : null}
        <HeadlineCard
          evaluation={evaluation}
          agentLevel={settings.agentLevel}
          policy={policy}
          onSettings={onSettings}
        />
        {!manual.active ? <ReadingNotes notes={snapshot?.report.notes ?? []} /> : null}
        <TriggerList
          triggers={evaluation.triggers}
          policy={policy}
          messages={Object.fromEntries(ticket.messages.map((m) => [m.id, m]))}
          onQuote={manual.active ? selectInPastedText : onQuote}
        />
        <Checklist
          triggers={evaluation.triggers}
          policy={policy}
          brand={evaluation.brand}
          checked={ticketState.checked}
          onToggle={(id, index) => {
            const current = ticketState.checked[id] ?? [];
            const next = current.includes(index)
              ? current.filter((i) => i !== index)
              : [...current, index];
            updateTicketState({ checked: { ...ticketState.checked, [id]: next } });
          }}
        />
        <NotifyList triggers={evaluation.triggers} />
        <DontSay phrases={evaluation.forbiddenPhrases} warnings={evaluation.draftWarnings} />
        <RiskRating
          suggested={evaluation.risk}
          value={risk}
          onChange={(r) => updateTicketState({ riskOverride: r })}
        />
        <FactsForm facts={ticketState.facts} onChange={(facts) => updateTicketState({ facts })} />
        <NotePanel
          note={note}
          edited={edited}
          stale={
            edited && ticketState.noteBase !== undefined && ticketState.noteBase !== generatedNote
          }
          trackerCells={cells}
          signed={Boolean(settings.agentName.trim())}
          shortcut={NOTE_SHORTCUT.label}
          onEdit={(text) =>
            updateTicketState({
              noteOverride: text,
              noteBase: edited ? ticketState.noteBase : generatedNote,
            })
          }
          onReset={() => updateTicketState({ noteOverride: undefined, noteBase: undefined })}
          onSettings={onSettings}
        />
        <ActionBar note={note} trackerRow={cells.join('\t')} shortcut={NOTE_SHORTCUT} />
      </ErrorBoundary>
    );

  return (
    <div
      className="panel"
      ref={root}
      data-ticket-key={key}
      data-read-at={manual.active ? undefined : snapshot?.readAt}
    >
      {/* One main landmark in every state: evaluation, empty state or manual mode. */}
      <main>
        {manual.active ? (
          <ManualInput
            text={manual.text}
            brand={manual.brand}
            brands={policy.brands}
            onChange={(change) => usePanel.getState().setManual(change)}
            onClose={() => usePanel.getState().setManual({ active: false })}
          />
        ) : null}
        {content}
      </main>
      <Footer
        version={policy.version}
        policyInForce={state.policyInForce}
        syncStatus={state.syncStatus}
        onSync={onSync}
        onSettings={onSettings}
        onManual={!manual.active && evaluation ? openManual : undefined}
      />
    </div>
  );
}

export function App() {
  usePanelWiring();
  return <Panel />;
}
