import type { FiredTrigger } from '../../policy/contract';
import type { Policy } from '../../policy/index';
import { Section } from './Section';

/** The triggers that fired, each with the customer's own words; a quote jumps to its message. */
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

export function TriggerList({
  triggers,
  policy,
  bodies,
  onQuote,
}: {
  triggers: FiredTrigger[];
  policy: Policy;
  /** Message bodies by id, for the quotes' context. */
  bodies: Record<string, string>;
  onQuote: (messageId: string, start: number, end: number) => void;
}) {
  return (
    <Section id="triggers" title={`Escalation triggers (${triggers.length})`}>
      {triggers.length === 0 ? (
        <p className="muted">None: nothing in this ticket matches an escalation trigger.</p>
      ) : (
        <ul className="triggers">
          {triggers.map((trigger) => (
            <li key={trigger.id} data-trigger={trigger.id}>
              <div className="trigger-head">
                <span className={`badge level-${trigger.level}`}>L{trigger.level}</span>
                <strong>
                  {policy.triggers.find((t) => t.id === trigger.id)?.label ?? trigger.id}
                </strong>
              </div>
              {trigger.because ? <p className="muted small">{trigger.because}</p> : null}
              {trigger.evidence.map((e) => (
                <button
                  type="button"
                  key={`${e.messageId}:${e.start}`}
                  className="quote"
                  onClick={() => onQuote(e.messageId, e.start, e.end)}
                  title="Show this message in the ticket"
                >
                  {(() => {
                    const [before, match, after] = quoteContext(
                      bodies[e.messageId],
                      e.start,
                      e.end,
                    );
                    return match ? (
                      <>
                        “{before}
                        <mark>{match}</mark>
                        {after}”
                      </>
                    ) : (
                      <>“{e.text}”</>
                    );
                  })()}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
