import type { FiredTrigger } from '../../policy/contract';
import { CopyButton } from './CopyButton';
import { Section } from './Section';

/** Whom to notify and how, with the prefilled message to copy into Slack. */
export function NotifyList({ triggers }: { triggers: FiredTrigger[] }) {
  const entries = triggers.flatMap((t) => t.notify.map((n, i) => ({ ...n, key: `${t.id}-${i}` })));
  if (!entries.length) return null;
  return (
    <Section id="notify" title="Notify" count={entries.length}>
      <ul className="notify">
        {entries.map((entry) => (
          <li key={entry.key} data-notify={entry.key}>
            <p className="notify-head">
              <strong>{entry.who}</strong> <span className="muted">via {entry.via}</span>
            </p>
            <p className="notify-message">{entry.message}</p>
            <CopyButton
              id={`notify-${entry.key}`}
              text={entry.message}
              label={`Copy message for ${entry.who}`}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
