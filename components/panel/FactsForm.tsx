import { useState } from 'react';
import type { TicketFacts } from '../../policy/contract';
import { Section } from './Section';

type ApprovalFact = 'deEscalationAttempted' | 'refundApproved' | 'replacementApproved';
type NumberFact = 'refundAmount' | 'replacementUnits' | 'daysSinceDelivered' | 'offenseNumber';

/** What the SOPs hinge on, grouped as the agent thinks of them. */
const GROUPS: {
  title: string;
  numbers: [NumberFact, string][];
  checks: [ApprovalFact, string][];
  courier?: true;
}[] = [
  { title: 'Contact', numbers: [], checks: [['deEscalationAttempted', 'De-escalation attempted']] },
  {
    title: 'Refund',
    numbers: [['refundAmount', 'Refund amount ($)']],
    checks: [['refundApproved', 'Refund approved']],
  },
  {
    title: 'Replacement',
    numbers: [['replacementUnits', 'Units to replace']],
    checks: [['replacementApproved', 'Replacement approved']],
  },
  {
    title: 'Delivery',
    numbers: [['daysSinceDelivered', 'Days since delivered']],
    checks: [],
    courier: true,
  },
  { title: 'History', numbers: [['offenseNumber', 'Offense number']], checks: [] },
];

/** The fact a number field's text stands for; undefined = empty or not a valid number. */
export function parseFact(key: NumberFact, raw: string): number | undefined {
  const text = raw.trim().replace(/^\$/, '');
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (key === 'refundAmount') return Math.round(value * 100) / 100;
  const whole = Math.round(value);
  return key === 'offenseNumber' && whole < 1 ? undefined : whole;
}

function NumberField({
  id,
  label,
  factKey,
  value,
  onChange,
}: {
  id: string;
  label: string;
  factKey: NumberFact;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  // The text as typed ("12." on the way to "12.5"), kept until it means another number.
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Changed from outside (another ticket, "Clear facts"): show the new value.
    setShown(value);
    if (parseFact(factKey, text) !== value) setText(value === undefined ? '' : String(value));
  }
  const invalid = text.trim() !== '' && parseFact(factKey, text) === undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={factKey === 'refundAmount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={text}
        placeholder="from ticket"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseFact(factKey, e.target.value));
        }}
      />
      {invalid ? (
        <p className="field-error small" id={`${id}-error`}>
          {factKey === 'offenseNumber' ? 'A whole number, 1 or more' : 'A number, 0 or more'}
        </p>
      ) : null}
    </div>
  );
}

/**
 * What the page cannot know; each change re-evaluates at once. An empty field (or "from the
 * ticket") lets the engine read it from the ticket; a value overrides what it read.
 */
export function FactsForm({
  facts,
  onChange,
}: {
  facts: TicketFacts;
  onChange: (facts: TicketFacts) => void;
}) {
  const set = <K extends keyof TicketFacts>(key: K, value: TicketFacts[K] | undefined) => {
    const next = { ...facts };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const count = Object.keys(facts).length;
  return (
    <Section
      id="facts"
      title="Facts you know"
      count={count || undefined}
      aside={
        count ? (
          <button type="button" className="link small" onClick={() => onChange({})}>
            Clear facts
          </button>
        ) : null
      }
    >
      <div className="facts">
        {GROUPS.map((group) => (
          <fieldset className="fact-group" key={group.title}>
            <legend className="visually-hidden">{group.title}</legend>
            {group.numbers.map(([key, label]) => (
              <NumberField
                key={key}
                id={`fact-${key}`}
                label={label}
                factKey={key}
                value={facts[key]}
                onChange={(value) => set(key, value)}
              />
            ))}
            {group.checks.map(([key, label]) => (
              <div className="check" key={key}>
                <input
                  id={`fact-${key}`}
                  type="checkbox"
                  checked={facts[key] === true}
                  onChange={(e) => set(key, e.target.checked ? true : undefined)}
                />
                <label htmlFor={`fact-${key}`}>{label}</label>
              </div>
            ))}
            {group.courier ? (
              <div className="field">
                <label htmlFor="fact-customerDeclinedCourier">Customer declined the courier</label>
                <select
                  id="fact-customerDeclinedCourier"
                  value={
                    facts.customerDeclinedCourier === undefined
                      ? ''
                      : String(facts.customerDeclinedCourier)
                  }
                  onChange={(e) =>
                    set(
                      'customerDeclinedCourier',
                      e.target.value === '' ? undefined : e.target.value === 'true',
                    )
                  }
                >
                  <option value="">from ticket</option>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </select>
              </div>
            ) : null}
          </fieldset>
        ))}
      </div>
    </Section>
  );
}
