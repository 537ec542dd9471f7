// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HeadlineCard } from '../../components/panel/HeadlineCard';
import { DEFAULT_POLICY, evaluationOf, pasted, ticketOf } from './fixtures';

afterEach(cleanup);

describe('HeadlineCard: the answer first, against the agent’s level', () => {
  const ingredients = evaluationOf(ticketOf('helpscout/second-ticket')); // level 3

  test.each([
    [1, 'Escalate to Level 3 — Escalations Agents', 'true'],
    [2, 'Escalate to Level 3 — Escalations Agents', 'true'],
    [3, 'Yours to handle', 'false'],
    [4, 'Yours to handle', 'false'],
  ])('agent level %i: %s', (agentLevel, title, escalate) => {
    render(
      <HeadlineCard evaluation={ingredients} agentLevel={agentLevel} policy={DEFAULT_POLICY} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByTestId('headline').getAttribute('data-yours')).toBe(
      String(escalate === 'false'),
    );
    expect(screen.getByTestId('agent-level').textContent).toMatch(`your level: ${agentLevel}`);
  });

  test('tier, reason, who handles it, brand and issue', () => {
    render(<HeadlineCard evaluation={ingredients} agentLevel={1} policy={DEFAULT_POLICY} />);
    expect(screen.getByTestId('tier').textContent).toBe('Level 3 · Escalations Agents');
    expect(screen.getByTestId('tier-reason').textContent).not.toBe('');
    expect(screen.getByTestId('handled-by').textContent).toBe(DEFAULT_POLICY.tiers[3]!.handledBy);
    expect(screen.getByTestId('brand').textContent).toBe('HB');
    expect(screen.getByTestId('category').textContent).not.toMatch(/^product\./);
    // The section is named by its headline and described by the next step.
    expect(
      screen.getByRole('region', { name: 'Escalate to Level 3 — Escalations Agents' }),
    ).toBeTruthy();
  });

  test('a supervisor request before any de-escalation: yours, de-escalate once', () => {
    const evaluation = evaluationOf(pasted('I want to talk to your supervisor.'));
    render(<HeadlineCard evaluation={evaluation} agentLevel={1} policy={DEFAULT_POLICY} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Yours to handle');
    expect(screen.getByText(/one de-escalation attempt first/)).toBeTruthy();
  });

  test('after a de-escalation attempt the same request escalates to level 2', () => {
    const ticket = {
      ...pasted('I want to talk to your supervisor.'),
      facts: { deEscalationAttempted: true },
    };
    render(
      <HeadlineCard evaluation={evaluationOf(ticket)} agentLevel={1} policy={DEFAULT_POLICY} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Escalate to Level 2 — CallCare Leads',
    );
    expect(screen.queryByText(/de-escalation attempt first/)).toBeNull();
  });

  test('nothing fired: yours, with a plain next step', () => {
    const evaluation = evaluationOf(pasted('Thanks, all good now!'));
    render(<HeadlineCard evaluation={evaluation} agentLevel={1} policy={DEFAULT_POLICY} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Yours to handle');
    expect(screen.getByTestId('tier').textContent).toBe('Level 1 · CallCare Agent');
  });

  test('unknown brand says where to set it; "change" opens the settings', async () => {
    const evaluation = evaluationOf({ ...pasted('Where is my order?'), brand: undefined });
    const onSettings = vi.fn();
    render(
      <HeadlineCard
        evaluation={evaluation}
        agentLevel={1}
        policy={DEFAULT_POLICY}
        onSettings={onSettings}
      />,
    );
    expect(screen.getByTestId('brand').textContent).toMatch(/Unknown/);
    await userEvent.click(screen.getByRole('button', { name: 'change' }));
    expect(onSettings).toHaveBeenCalledOnce();
  });
});
