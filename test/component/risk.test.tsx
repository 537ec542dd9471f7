// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RiskRating } from '../../components/panel/RiskRating';

afterEach(cleanup);

describe('RiskRating', () => {
  test('five labelled choices, the suggestion selected and named', () => {
    render(<RiskRating suggested={4} value={4} onChange={vi.fn()} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(5);
    expect(
      screen.getByRole('group', { name: /Negative Experience Risk Rating, 1 to 5/ }),
    ).toBeTruthy();
    expect(
      (screen.getByRole('radio', { name: '4, high, suggested' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.getByTestId('risk-caption').textContent).toBe('4/5, high (suggested)');
    expect(screen.queryByRole('button', { name: /Use suggested/ })).toBeNull();
  });

  test('the agent changes it; picking the suggestion again clears the override', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<RiskRating suggested={4} value={4} onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: '2, low' }));
    expect(onChange).toHaveBeenLastCalledWith(2);
    rerender(<RiskRating suggested={4} value={2} onChange={onChange} />);
    expect(screen.getByTestId('risk-caption').textContent).toBe('2/5, low · you changed it from 4');
    await userEvent.click(screen.getByRole('radio', { name: '4, high, suggested' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Use suggested (4)' }));
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  test('arrow keys move the rating', async () => {
    const onChange = vi.fn();
    render(<RiskRating suggested={3} value={3} onChange={onChange} />);
    screen.getByRole('radio', { name: '3, moderate, suggested' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(4);
  });
});
