import { useState } from 'react';
import type { Evidence, FiredTrigger, TicketMessage } from '../../policy/contract';
import type { Policy } from '../../policy/index';
import { Section } from './Section';

/** Quotes shown per trigger before "show more": a long thread can match many times. */
export const QUOTES_SHOWN = 3;

/** The sentence around the evidence, so the quote reads as the customer wrote it. */
export function quoteContext(
  body: string | undefined,
  start: number,
  end: number,
): [string, string, string] {
  if (!body || body.slice(start, end) === '') return ['', '', ''];
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(body[from - 1]!) && start - from < 160) from--;
  let to = end;
  while (to < body.length && !/[.!?\n]/.test(body[to]!) && to - end < 160) to++;
  if (to < body.length && /[.!?]/.test(body[to]!)) to++;
  return [
    body.slice(from, start).trimStart(),
    body.slice(start, end),
    body.slice(end, to).trimEnd(),
  ];
}

const AUTHOR_WORDS: Record<TicketMessage['author'], string> = {
  customer: 'Customer',
  agent: 'Agent',
  note: 'Internal note',
};

function when(at: string | undefined): string {
  const time = at ? Date.parse(at) : NaN;
  return Number.isNaN(time)
    ? ''
    : new Date(time).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

function Quote({
  evidence,
  message,
  onQuote,
}: {
  evidence: Evidence;
  message: TicketMessage | undefined;
  onQuote: (messageId: string, start: number, end: number) => void;
}) {
  const [before, match, after] = quoteContext(message?.body, evidence.start, evidence.end);
  const meta = [message ? AUTHOR_WORDS[message.author] : '', when(message?.at)]
    .filter(Boolean)
    .join(', ');
  return (
    <li>
      <button
        type="button"
        className="quote"
        onClick={() => onQuote(evidence.messageId, evidence.start, evidence.end)}
        title="Show this message in the ticket"
      >
        <q>
          {match ? (
            <>
              {before}
              <mark>{match}</mark>
              {after}
            </>
          ) : (
            evidence.text
          )}
        </q>
        {meta ? <span className="quote-meta">{meta}</span> : null}
      </button>
    </li>
  );
}

function Trigger({
  trigger,
  label,
  messages,
  onQuote,
}: {
  trigger: FiredTrigger;
  label: string;
  messages: Record<string, TicketMessage>;
  onQuote: (messageId: string, start: number, end: number) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? trigger.evidence : trigger.evidence.slice(0, QUOTES_SHOWN);
  const hidden = trigger.evidence.length - shown.length;
  return (
    <li data-trigger={trigger.id} className="trigger">
      <h3 className="trigger-head">
        <span className={`badge level-${trigger.level}`}>
          <span className="visually-hidden">Level </span>L{trigger.level}
        </span>
        <span>{label}</span>
        {trigger.secondOpinion ? (
          <span
            className="second-opinion"
            title="No rule of the policy matched. A model trained on labelled tickets reads the customer's words this way: check the quote before escalating."
          >
            second opinion
          </span>
        ) : null}
      </h3>
      {trigger.because ? <p className="because">{trigger.because}</p> : null}
      {trigger.evidence.length ? (
        <ul className="quotes" aria-label={`The customer's words: ${label}`}>
          {shown.map((e) => (
            <Quote
              key={`${e.messageId}:${e.start}`}
              evidence={e}
              message={messages[e.messageId]}
              onQuote={onQuote}
            />
          ))}
        </ul>
      ) : null}
      {hidden > 0 || all ? (
        <button type="button" className="link small" onClick={() => setAll(!all)}>
          {all ? 'Show fewer quotes' : `Show ${hidden} more ${hidden === 1 ? 'quote' : 'quotes'}`}
        </button>
      ) : null}
    </li>
  );
}

/** The triggers that fired, each with the customer's own words; a quote jumps to its message. */
export function TriggerList({
  triggers,
  policy,
  messages,
  onQuote,
}: {
  triggers: FiredTrigger[];
  policy: Policy;
  /** The ticket's messages by id, for the quotes' context, author and time. */
  messages: Record<string, TicketMessage>;
  onQuote: (messageId: string, start: number, end: number) => void;
}) {
  return (
    <Section id="triggers" title="Escalation triggers" count={triggers.length}>
      {triggers.length === 0 ? (
        <p className="muted">None: nothing in this ticket matches an escalation trigger.</p>
      ) : (
        <ul className="triggers">
          {triggers.map((trigger) => (
            <Trigger
              key={trigger.id}
              trigger={trigger}
              label={policy.triggers.find((t) => t.id === trigger.id)?.label ?? trigger.id}
              messages={messages}
              onQuote={onQuote}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}
