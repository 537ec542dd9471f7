import { Section } from './Section';

export const RISK_WORDS = ['', 'minimal', 'low', 'moderate', 'high', 'critical'] as const;

/** The suggested Negative Experience Risk Rating (SOP 002), which the agent can change. */
export function RiskRating({
  suggested,
  value,
  onChange,
}: {
  suggested: number;
  value: number;
  /** undefined: back to the suggestion. */
  onChange: (risk: number | undefined) => void;
}) {
  return (
    <Section
      id="risk"
      title="Negative Experience Risk"
      aside={
        value !== suggested ? (
          <button type="button" className="link small" onClick={() => onChange(undefined)}>
            Use suggested ({suggested})
          </button>
        ) : null
      }
    >
      <fieldset className="risk">
        <legend className="visually-hidden">Negative Experience Risk Rating, 1 to 5</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className={`risk-option${n === value ? ' selected' : ''}${n === suggested ? ' suggested' : ''}`}
          >
            <input
              type="radio"
              name="risk"
              value={n}
              checked={n === value}
              aria-label={`${n}, ${RISK_WORDS[n]}${n === suggested ? ', suggested' : ''}`}
              onChange={() => onChange(n === suggested ? undefined : n)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted small" data-testid="risk-caption">
        {value}/5, {RISK_WORDS[value as 1 | 2 | 3 | 4 | 5]}
        {value === suggested ? ' (suggested)' : ` · you changed it from ${suggested}`}
      </p>
    </Section>
  );
}
