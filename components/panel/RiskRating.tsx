import { Section } from './Section';

const WORDS = ['', 'minimal', 'low', 'moderate', 'high', 'critical'];

/** The suggested Negative Experience Risk Rating (002), which the agent can change. */
export function RiskRating({
  suggested,
  value,
  onChange,
}: {
  suggested: number;
  value: number;
  onChange: (risk: number | undefined) => void;
}) {
  return (
    <Section id="risk" title="Negative Experience Risk">
      <div className="risk" role="radiogroup" aria-label="Negative Experience Risk Rating, 1 to 5">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={`risk-option${n === value ? ' selected' : ''}`}>
            <input
              type="radio"
              name="risk"
              value={n}
              checked={n === value}
              onChange={() => onChange(n === suggested ? undefined : n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="muted small" data-testid="risk-caption">
        {value}/5, {WORDS[value]}
        {value === suggested ? ' (suggested)' : ` · suggested ${suggested}`}
      </p>
    </Section>
  );
}
