// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { COPY_CONFIRM_MS, useCopyStatus } from '../../components/panel/copy';
import { CopyButton } from '../../components/panel/CopyButton';
import { NotifyList, notifyByRecipient } from '../../components/panel/NotifyList';
import { fakeClipboard } from './clipboard';
import { evaluationOf, ticketOf } from './fixtures';

beforeEach(() => useCopyStatus.setState({ status: {} }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('NotifyList', () => {
  const evaluation = evaluationOf(ticketOf('helpscout/demo-ticket'));
  const entries = notifyByRecipient(evaluation.triggers);

  test('whom to notify, how, and the prefilled message', () => {
    render(<NotifyList triggers={evaluation.triggers} />);
    expect(screen.getByRole('heading', { name: `Notify (${entries.length})` })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(
      entries.map((e) => e.who),
    );
    expect(within(items[0]!).getByText(entries[0]!.message)).toBeTruthy();
    expect(within(items[0]!).getByText(`via ${entries[0]!.via}`)).toBeTruthy();
  });

  test('each message copies with one click and confirms', async () => {
    const clipboard = fakeClipboard();
    render(<NotifyList triggers={evaluation.triggers} />);
    await userEvent.click(
      screen.getByRole('button', { name: `Copy message for ${entries[1]!.who}` }),
    );
    expect(clipboard.written).toEqual([entries[1]!.message]);
    expect(screen.getAllByRole('button', { name: /Copied/ })).toHaveLength(1);
  });

  test('two triggers for the same person and channel make one message with both lines', () => {
    const named = evaluation.triggers.flatMap((t) => t.notify);
    const leads = named.filter((n) => n.who === 'Team Leader / Supervisor');
    expect(leads.length).toBe(2);
    render(<NotifyList triggers={evaluation.triggers} />);
    const buttons = screen.getAllByRole('button', {
      name: 'Copy message for Team Leader / Supervisor',
    });
    expect(buttons).toHaveLength(1);
    const lead = entries.find((e) => e.who === 'Team Leader / Supervisor')!;
    expect(lead.message.split('\n')).toEqual(leads.map((n) => n.message));
    expect(entries).toHaveLength(named.length - 1);
  });

  test('no one to notify: no section', () => {
    const { container } = render(<NotifyList triggers={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('CopyButton', () => {
  test('"Copied" shows, is announced, and goes back after a moment', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fakeClipboard();
    render(<CopyButton id="x" text="hello" label="Copy it" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy it' }));
    expect(screen.getByRole('button').textContent).toMatch(/Copied/);
    expect(screen.getByRole('status').textContent).toBe('Copy it: copied to the clipboard');
    act(() => vi.advanceTimersByTime(COPY_CONFIRM_MS + 10));
    expect(screen.getByRole('button').textContent).toBe('Copy it');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('a refused clipboard says so instead of pretending', async () => {
    fakeClipboard({ refuse: true });
    render(<CopyButton id="y" text="hello" label="Copy it" />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toMatch(/Copy failed/);
    expect(screen.getByRole('status').textContent).toMatch(/refused/);
  });

  test('a shortcut is shown and given to assistive technology', () => {
    render(
      <CopyButton
        id="z"
        text="t"
        label="Copy note"
        shortcut={{ label: 'Ctrl+Shift+C', aria: 'Control+Shift+C' }}
      />,
    );
    const button = screen.getByRole('button');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+C');
    expect(button.querySelector('kbd')!.textContent).toBe('Ctrl+Shift+C');
  });
});
