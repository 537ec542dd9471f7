import type { TicketFacts } from '../../policy/contract';
import { Section } from './Section';

type BooleanFact =
  'deEscalationAttempted' | 'refundApproved' | 'replacementApproved' | 'customerDeclinedCourier';
type NumberFact = 'refundAmount' | 'replacementUnits' | 'daysSinceDelivered' | 'offenseNumber';

const BOOLEANS: [BooleanFact, string][] = [
  ['deEscalationAttempted', 'De-escalation attempted'],
  ['refundApproved', 'Refund approved'],
  ['replacementApproved', 'Replacement approved'],
  ['customerDeclinedCourier', 'Customer declined the courier'],
];
const NUMBERS: [NumberFact, string, string][] = [
  ['refundAmount', 'Refund amount ($)', '0.01'],
  ['replacementUnits', 'Units to replace', '1'],
  ['daysSinceDelivered', 'Days since delivered', '1'],
  ['offenseNumber', 'Offense number', '1'],
];

/** What the page cannot know; each change re-evaluates at once. Empty = let the engine read it. */
export function FactsForm({
  facts,
  onChange,
}: {
  facts: TicketFacts;
  onChange: (facts: TicketFacts) => void;
}) {
  const setNumber = (key: NumberFact, raw: string) => {
    const next = { ...facts };
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value) || value < 0) delete next[key];
    else next[key] = key === 'refundAmount' ? value : Math.round(value);
    if (next.offenseNumber === 0) delete next.offenseNumber;
    onChange(next);
  };
  return (
    <Section id="facts" title="Facts you know">
      <div className="facts">
        {BOOLEANS.map(([key, label]) => (
          <div className="check" key={key}>
            <input
              id={`fact-${key}`}
              type="checkbox"
              checked={facts[key] === true}
              onChange={(e) => onChange({ ...facts, [key]: e.target.checked })}
            />
            <label htmlFor={`fact-${key}`}>{label}</label>
          </div>
        ))}
        {NUMBERS.map(([key, label, step]) => (
          <div className="field" key={key}>
            <label htmlFor={`fact-${key}`}>{label}</label>
            <input
              id={`fact-${key}`}
              type="number"
              inputMode="decimal"
              min={key === 'offenseNumber' ? 1 : 0}
              step={step}
              value={facts[key] ?? ''}
              placeholder="auto"
              onChange={(e) => setNumber(key, e.target.value)}
            />
          </div>
        ))}
      </div>
    </Section>
  );
}
