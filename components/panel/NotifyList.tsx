import type { FiredTrigger } from '../../policy/contract';
import { CopyButton } from './CopyButton';
import { Section } from './Section';

interface Recipient {
  key: string;
  who: string;
  via: string;
  /** One line per trigger that names this person, in the triggers' order. */
  message: string;
}

/**
 * One entry per person and channel: when two triggers notify the same Team Leader on the same
 * channel, the agent sends one message covering both, not two pings.
 */
export function notifyByRecipient(triggers: FiredTrigger[]): Recipient[] {
  const recipients = new Map<string, Recipient>();
  for (const trigger of triggers) {
    for (const entry of trigger.notify) {
      const key = `${entry.who}\u0000${entry.via}`;
      const known = recipients.get(key);
      if (!known) {
        recipients.set(key, { key: `${trigger.id}-${recipients.size}`, ...entry });
      } else if (!known.message.split('\n').includes(entry.message)) {
        known.message = `${known.message}\n${entry.message}`;
      }
    }
  }
  return [...recipients.values()];
}

/** Whom to notify and how, with the prefilled message to copy into Slack. */
export function NotifyList({ triggers }: { triggers: FiredTrigger[] }) {
  const recipients = notifyByRecipient(triggers);
  if (!recipients.length) return null;
  return (
    <Section id="notify" title="Notify" count={recipients.length}>
      <ul className="notify">
        {recipients.map((entry) => (
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
