import type { Evaluation } from '../../policy/contract';
import type { Policy } from '../../policy/index';
import { headline, tierReason } from './summary';

/** The answer first: yours or escalate, and what to do next. Colour never carries it alone. */
export function HeadlineCard({
  evaluation,
  agentLevel,
  policy,
}: {
  evaluation: Evaluation;
  agentLevel: number;
  policy: Policy;
}) {
  const { yours, title, next } = headline(evaluation, agentLevel, policy);
  const tier = policy.tiers[evaluation.tier.level];
  return (
    <section
      className={`headline level-${evaluation.tier.level}`}
      data-yours={yours}
      aria-labelledby="headline-title"
      data-testid="headline"
    >
      <p className="headline-kicker">{yours ? 'No escalation for you' : 'Escalation needed'}</p>
      <h1 id="headline-title">{title}</h1>
      <p className="headline-next">
        <strong>Next: </strong>
        {next}
      </p>
      <dl className="tier-facts">
        <div>
          <dt>Tier</dt>
          <dd data-testid="tier">
            Level {evaluation.tier.level} · {evaluation.tier.name}
          </dd>
        </div>
        <div>
          <dt>Why</dt>
          <dd data-testid="tier-reason">{tierReason(evaluation, policy)}</dd>
        </div>
        {tier ? (
          <div>
            <dt>Handled by</dt>
            <dd>{tier.handledBy}</dd>
          </div>
        ) : null}
        <div>
          <dt>Brand</dt>
          <dd data-testid="brand">{evaluation.brand ?? 'Unknown — set it in Facts or Settings'}</dd>
        </div>
        {evaluation.category ? (
          <div>
            <dt>Issue</dt>
            <dd>
              {policy.categories.find((c) => c.id === evaluation.category?.id)?.label ??
                evaluation.category.id}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
