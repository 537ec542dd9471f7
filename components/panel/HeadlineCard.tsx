import type { Evaluation } from '../../policy/contract';
import { TIER_NAMES, type Policy } from '../../policy/index';
import { headline, tierReason } from './summary';

/** The answer first: yours or escalate, and what to do next. Colour never carries it alone. */
export function HeadlineCard({
  evaluation,
  agentLevel,
  policy,
  onSettings,
}: {
  evaluation: Evaluation;
  agentLevel: number;
  policy: Policy;
  onSettings?: () => void;
}) {
  const { yours, title, next } = headline(evaluation, agentLevel, policy);
  const tier = policy.tiers[evaluation.tier.level];
  const category = evaluation.category
    ? (policy.categories.find((c) => c.id === evaluation.category?.id)?.label ??
      evaluation.category.id)
    : null;
  return (
    <section
      className={`headline level-${evaluation.tier.level}`}
      data-yours={yours}
      aria-labelledby="headline-title"
      aria-describedby="headline-next"
      data-testid="headline"
    >
      <p className="headline-kicker">
        <span aria-hidden="true" className="headline-icon">
          {yours ? '✓' : '↑'}
        </span>{' '}
        {yours ? 'No escalation for you' : 'Escalation needed'}
      </p>
      <h1 id="headline-title">{title}</h1>
      <p className="headline-next" id="headline-next">
        <strong>Next: </strong>
        {next}
      </p>
      <dl className="tier-facts">
        <dt>Tier</dt>
        <dd data-testid="tier">
          Level {evaluation.tier.level} · {evaluation.tier.name}
        </dd>
        <dt>Why</dt>
        <dd data-testid="tier-reason">{tierReason(evaluation, policy)}</dd>
        {tier ? (
          <>
            <dt>Handled by</dt>
            <dd data-testid="handled-by">{tier.handledBy}</dd>
          </>
        ) : null}
        <dt>Brand</dt>
        <dd data-testid="brand">{evaluation.brand ?? 'Unknown (set it in Settings)'}</dd>
        {category ? (
          <>
            <dt>Issue</dt>
            <dd data-testid="category">{category}</dd>
          </>
        ) : null}
      </dl>
      <p className="headline-you muted small" data-testid="agent-level">
        Measured against your level: {agentLevel} ·{' '}
        {TIER_NAMES[agentLevel as keyof typeof TIER_NAMES] ?? 'unknown'}
        {onSettings ? (
          <>
            {' '}
            <button type="button" className="link" onClick={onSettings}>
              change
            </button>
          </>
        ) : null}
      </p>
    </section>
  );
}
