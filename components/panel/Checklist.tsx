import type { FiredTrigger } from '../../policy/contract';
import type { Policy } from '../../policy/index';
import { Section } from './Section';

/** The brand's checklist for each trigger; ticks stay with the ticket. */
export function Checklist({
  triggers,
  policy,
  brand,
  checked,
  onToggle,
}: {
  triggers: FiredTrigger[];
  policy: Policy;
  brand: string | null;
  checked: Record<string, number[]>;
  onToggle: (triggerId: string, index: number) => void;
}) {
  const withActions = triggers.filter((t) => t.actions.length);
  if (!withActions.length) return null;
  const total = withActions.reduce((n, t) => n + t.actions.length, 0);
  const done = withActions.reduce(
    (n, t) => n + (checked[t.id] ?? []).filter((i) => i < t.actions.length).length,
    0,
  );
  return (
    <Section
      id="checklist"
      title={brand ? `Checklist for ${brand}` : 'Checklist'}
      aside={
        <span className="progress muted small" data-testid="checklist-progress">
          {done} of {total} done
        </span>
      }
    >
      {withActions.map((trigger) => (
        <fieldset key={trigger.id} className="checklist" data-checklist={trigger.id}>
          <legend>{policy.triggers.find((t) => t.id === trigger.id)?.label ?? trigger.id}</legend>
          {trigger.actions.map((action, index) => {
            const id = `check-${trigger.id}-${index}`;
            const isChecked = checked[trigger.id]?.includes(index) ?? false;
            return (
              <div className={`check${isChecked ? ' done' : ''}`} key={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={isChecked}
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
