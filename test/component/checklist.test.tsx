// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Checklist } from '../../components/panel/Checklist';
import { DEFAULT_POLICY, evaluationOf, pasted, ticketOf } from './fixtures';

afterEach(cleanup);

describe('Checklist', () => {
  const evaluation = evaluationOf(ticketOf('helpscout/demo-ticket'));
  const chargeback = evaluation.triggers.find((t) => t.id === 'chargeback_threat')!;

  test('the brand’s checklist, grouped by trigger, each item a labelled checkbox', () => {
    render(
      <Checklist
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        brand="TSM"
        checked={{}}
        onToggle={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Checklist for TSM' })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Chargeback threat' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => (b.nextSibling as HTMLElement).textContent)).toEqual(
      chargeback.actions,
    );
    expect(screen.getByLabelText(chargeback.actions[0]!)).toBe(boxes[0]);
    const total = evaluation.triggers.reduce((n, t) => n + t.actions.length, 0);
    expect(screen.getByTestId('checklist-progress').textContent).toBe(`0 of ${total} done`);
  });

  test('ticked items show as done and count; toggling names the trigger and item', async () => {
    const onToggle = vi.fn();
    render(
      <Checklist
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        brand="TSM"
        checked={{ chargeback_threat: [1] }}
        onToggle={onToggle}
      />,
    );
    const second = screen.getByLabelText(chargeback.actions[1]!) as HTMLInputElement;
    expect(second.checked).toBe(true);
    expect(screen.getByTestId('checklist-progress').textContent).toMatch(/^1 of/);
    await userEvent.click(screen.getByLabelText(chargeback.actions[0]!));
    expect(onToggle).toHaveBeenCalledWith('chargeback_threat', 0);
    await userEvent.keyboard(' ');
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  test('ticks beyond a shorter checklist (the policy changed) do not count', () => {
    render(
      <Checklist
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        brand="TSM"
        checked={{ chargeback_threat: [0, 99] }}
        onToggle={vi.fn()}
      />,
    );
    expect(screen.getByTestId('checklist-progress').textContent).toMatch(/^1 of/);
  });

  test('brand checklists differ: HB is not TSM', () => {
    const hb = evaluationOf(pasted("I'm calling my bank to dispute the charge.", 'HB'));
    const tsm = evaluationOf(pasted("I'm calling my bank to dispute the charge.", 'TSM'));
    expect(hb.triggers[0]!.actions).not.toEqual(tsm.triggers[0]!.actions);
    render(
      <Checklist
        triggers={hb.triggers}
        policy={DEFAULT_POLICY}
        brand="HB"
        checked={{}}
        onToggle={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Checklist for HB' })).toBeTruthy();
    expect(screen.getByLabelText(hb.triggers[0]!.actions[0]!)).toBeTruthy();
  });

  test('nothing to do: no section', () => {
    const { container } = render(
      <Checklist
        triggers={[]}
        policy={DEFAULT_POLICY}
        brand={null}
        checked={{}}
        onToggle={vi.fn()}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
