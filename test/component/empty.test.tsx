// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EmptyState, emptyReason } from '../../components/panel/EmptyState';
import { ErrorBoundary, EvaluationError } from '../../components/panel/ErrorBoundary';
import { ManualInput } from '../../components/panel/ManualInput';
import { DEFAULT_POLICY, snapshotOf } from './fixtures';

afterEach(cleanup);

describe('emptyReason: why there is no ticket, in the agent’s words', () => {
  test('not a helpdesk page', () => {
    expect(emptyReason('other-site', null).title).toBe('Not a helpdesk page');
  });
  test('a helpdesk tab that never answered', () => {
    expect(emptyReason('unreachable', null).reason).toMatch(/Reload the tab/);
  });
  test('a helpdesk page with no ticket open (the inbox)', () => {
    expect(emptyReason('read', snapshotOf('helpscout/inbox')).title).toBe('No ticket open');
  });
  test('between two tickets of the app: the reader’s own words, not "no ticket open"', () => {
    const inbox = snapshotOf('helpscout/inbox');
    const holding = {
      ...inbox,
      report: { ...inbox.report, notes: ['Waiting for the ticket to load'] },
    };
    const why = emptyReason('read', holding);
    expect(why.title).toBe('Opening the ticket');
    expect(why.reason).toBe('Waiting for the ticket to load…');
    expect(why.waiting).toBe(true);
  });
  test('an unknown layout, with the field that could not be found', () => {
    const why = emptyReason('read', snapshotOf('helpscout/unknown-layout'));
    expect(why.title).toBe('Unknown page layout');
    expect(why.missing).toEqual(['the conversation’s messages']);
  });
  test('a ticket whose messages could not be read: a field is missing', () => {
    const snapshot = snapshotOf('helpscout/demo-ticket');
    const broken = {
      ...snapshot,
      ticket: { ...snapshot.ticket!, messages: [] },
      report: { ...snapshot.report, missing: ['messages'] },
    };
    const why = emptyReason('read', broken);
    expect(why.title).toBe('A field is missing');
    expect(why.missing).toEqual(['the conversation’s messages']);
  });
});

describe('EmptyState', () => {
  test('says why, what is missing, and offers the manual mode', async () => {
    const onManual = vi.fn();
    render(
      <EmptyState
        page="read"
        snapshot={snapshotOf('helpscout/unknown-layout')}
        onManual={onManual}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Unknown page layout' })).toBeTruthy();
    expect(screen.getByTestId('empty-missing').textContent).toBe(
      'Couldn’t find: the conversation’s messages.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Paste a customer message instead' }));
    expect(onManual).toHaveBeenCalledOnce();
  });

  test('while the page is read: a status, no false "not a helpdesk page"', () => {
    render(<EmptyState page="loading" snapshot={null} onManual={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('Reading the page…');
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });
});

describe('ManualInput', () => {
  test('a labelled box for the message (focused), the brand, and a way back', async () => {
    const onChange = vi.fn();
    const onClose = vi.fn();
    render(
      <ManualInput
        text=""
        brand=""
        brands={DEFAULT_POLICY.brands}
        onChange={onChange}
        onClose={onClose}
      />,
    );
    const box = screen.getByLabelText('Customer message');
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, 'x');
    expect(onChange).toHaveBeenLastCalledWith({ text: 'x' });
    const brand = screen.getByLabelText('Brand') as HTMLSelectElement;
    expect([...brand.options].map((o) => o.value)).toEqual([
      '',
      ...DEFAULT_POLICY.brands.map((b) => b.id),
    ]);
    await userEvent.selectOptions(brand, 'HB');
    expect(onChange).toHaveBeenLastCalledWith({ brand: 'HB' });
    await userEvent.click(screen.getByRole('button', { name: 'Back to the page' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('"Clear" appears with text and empties it', async () => {
    const onChange = vi.fn();
    render(
      <ManualInput
        text="hello"
        brand="TSM"
        brands={DEFAULT_POLICY.brands}
        onChange={onChange}
        onClose={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith({ text: '' });
  });
});

describe('ErrorBoundary', () => {
  function Boom({ fail }: { fail: boolean }): null {
    if (fail) throw new Error('engine exploded');
    return null;
  }

  test('a fault in one ticket shows an alert; another ticket renders again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Boom fail />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /could not be evaluated.*engine exploded/,
    );
    rerender(
      <ErrorBoundary resetKey="b">
        <Boom fail={false} />
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fine')).toBeTruthy();
    quiet.mockRestore();
  });

  test('EvaluationError shows the message as text', () => {
    const { container } = render(<EvaluationError message="<b>bad</b>" />);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<b>bad</b>')).toBeTruthy();
  });
});
