import type { DraftWarning, ForbiddenPhrase } from '../../policy/contract';
import { CopyButton } from './CopyButton';
import { Section } from './Section';

/** Phrases not to use on this ticket, and where the current draft breaks them. */
export function DontSay({
  phrases,
  warnings,
}: {
  phrases: ForbiddenPhrase[];
  warnings: DraftWarning[];
}) {
  if (!phrases.length && !warnings.length) return null;
  return (
    <Section id="dont-say" title="Don't say" count={phrases.length}>
      <ul className="dont-say">
        {phrases.map((p) => (
          <li key={p.id} data-phrase={p.id}>
            <p className="phrase">
              <q>{p.text}</q>
            </p>
            <p className="muted small">{p.why}</p>
          </li>
        ))}
      </ul>
      {warnings.length ? (
        <div className="draft-warnings" data-testid="draft-warnings">
          <h3>In your draft</h3>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.id}-${w.start}`} data-rule={w.id}>
                <p>
                  <mark>{w.text}</mark>
                </p>
                <p className="small">{w.why}</p>
                <p className="small">
                  <strong>Say instead: </strong>
                  {w.instead}
                </p>
                <CopyButton
                  id={`instead-${w.id}-${w.start}`}
                  text={w.instead}
                  label="Copy safer wording"
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
