// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FactsForm, parseFact } from '../../components/panel/FactsForm';
import type { TicketFacts } from '../../policy/contract';

afterEach(cleanup);

/** The form as the panel holds it: every change becomes the new facts. */
function Harness({ initial = {}, spy }: { initial?: TicketFacts; spy: (f: TicketFacts) => void }) {
  const [facts, setFacts] = useState<TicketFacts>(initial);
  return (
    <FactsForm
      facts={facts}
      onChange={(next) => {
        spy(next);
        setFacts(next);
      }}
    />
  );
}

describe('parseFact', () => {
  test.each([
    ['refundAmount', '240', 240],
    ['refundAmount', '$199.999', 200],
    ['refundAmount', ' 12.5 ', 12.5],
    ['refundAmount', '', undefined],
    ['refundAmount', '-5', undefined],
    ['refundAmount', 'abc', undefined],
    ['replacementUnits', '3', 3],
    ['replacementUnits', '2.6', 3],
    ['daysSinceDelivered', '0', 0],
    ['offenseNumber', '0', undefined],
    ['offenseNumber', '2', 2],
  ] as const)('%s %j → %j', (key, raw, value) => {
    expect(parseFact(key, raw)).toBe(value);
  });
});

describe('FactsForm', () => {
  test('every fact the SOPs hinge on has a labelled input', () => {
    render(<FactsForm facts={{}} onChange={vi.fn()} />);
    for (const label of [
      'De-escalation attempted',
      'Refund amount ($)',
      'Refund approved',
      'Units to replace',
      'Replacement approved',
      'Days since delivered',
      'Customer declined the courier',
      'Offense number',
    ])
      expect(screen.getByLabelText(label)).toBeTruthy();
  });

  test('each change gives the new facts at once; empty means "read it from the ticket"', async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    await userEvent.type(screen.getByLabelText('Refund amount ($)'), '320');
    expect(spy).toHaveBeenLastCalledWith({ refundAmount: 320 });
    await userEvent.click(screen.getByLabelText('Refund approved'));
    expect(spy).toHaveBeenLastCalledWith({ refundAmount: 320, refundApproved: true });
    await userEvent.selectOptions(screen.getByLabelText('Customer declined the courier'), 'Yes');
    expect(spy).toHaveBeenLastCalledWith({
      refundAmount: 320,
      refundApproved: true,
      customerDeclinedCourier: true,
    });
    await userEvent.selectOptions(screen.getByLabelText('Customer declined the courier'), 'No');
    expect(spy.mock.lastCall![0].customerDeclinedCourier).toBe(false);
    await userEvent.clear(screen.getByLabelText('Refund amount ($)'));
    expect(spy.mock.lastCall![0]).not.toHaveProperty('refundAmount');
    await userEvent.click(screen.getByLabelText('Refund approved'));
    expect(spy.mock.lastCall![0]).not.toHaveProperty('refundApproved');
  });

  test('text that is not a number is flagged, tied to its input, and not used', async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    const offense = screen.getByLabelText('Offense number');
    await userEvent.type(offense, '0');
    expect(offense.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(offense.getAttribute('aria-describedby')!)!.textContent).toBe(
      'A whole number, 1 or more',
    );
    expect(spy).toHaveBeenLastCalledWith({});
  });

  test('a half-typed number stays as typed ("12." on the way to "12.5")', async () => {
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    const amount = screen.getByLabelText('Refund amount ($)') as HTMLInputElement;
    await userEvent.type(amount, '12.');
    expect(amount.value).toBe('12.');
    await userEvent.type(amount, '5');
    expect(spy).toHaveBeenLastCalledWith({ refundAmount: 12.5 });
  });

  test('saved facts show; "Clear facts" empties them all', async () => {
    const spy = vi.fn();
    render(
      <Harness
        spy={spy}
        initial={{ refundAmount: 240, deEscalationAttempted: true, offenseNumber: 2 }}
      />,
    );
    expect((screen.getByLabelText('Refund amount ($)') as HTMLInputElement).value).toBe('240');
    expect((screen.getByLabelText('De-escalation attempted') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('heading', { name: 'Facts you know (3)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear facts' }));
    expect(spy).toHaveBeenLastCalledWith({});
    expect((screen.getByLabelText('Refund amount ($)') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Offense number') as HTMLInputElement).value).toBe('');
  });
});
