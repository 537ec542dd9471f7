import type { FiredTrigger } from '../../policy/contract';
import { Section } from './Section';

/** The brand's checklist for each trigger; ticks stay with the ticket. */
export function Checklist({
  triggers,
  checked,
  onToggle,
}: {
  triggers: FiredTrigger[];
  checked: Record<string, number[]>;
  onToggle: (triggerId: string, index: number) => void;
}) {
  const withActions = triggers.filter((t) => t.actions.length);
  if (!withActions.length) return null;
  return (
    <Section id="checklist" title="Checklist">
      {withActions.map((trigger) => (
        <fieldset key={trigger.id} className="checklist">
          <legend>{trigger.id.replace(/_/g, ' ')}</legend>
          {trigger.actions.map((action, index) => {
            const id = `check-${trigger.id}-${index}`;
            return (
              <div className="check" key={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={checked[trigger.id]?.includes(index) ?? false}
                  onChange={() => onToggle(trigger.id, index)}
                />
                <label htmlFor={id}>{action}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </Section>
  );
}
