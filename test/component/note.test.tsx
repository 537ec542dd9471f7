// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ActionBar } from '../../components/panel/ActionBar';
import { useCopyStatus } from '../../components/panel/copy';
import { NotePanel } from '../../components/panel/NotePanel';
import { TRACKER_COLUMNS } from '../../components/panel/summary';
import { fakeClipboard } from './clipboard';

beforeEach(() => useCopyStatus.setState({ status: {} }));
afterEach(cleanup);

const cells = TRACKER_COLUMNS.map((c) => `${c} value`);
const props = {
  note: 'ESCALATION — Level 4\nCustomer: Dana',
  edited: false,
  stale: false,
  trackerCells: cells,
  signed: true,
  shortcut: 'Ctrl+Shift+C',
  onEdit: vi.fn(),
  onReset: vi.fn(),
};

describe('NotePanel', () => {
  test('the prefilled note in a labelled, editable box; each edit is passed on', async () => {
    const onEdit = vi.fn();
    render(<NotePanel {...props} onEdit={onEdit} />);
    const box = screen.getByRole('textbox', { name: 'Escalation note' }) as HTMLTextAreaElement;
    expect(box.value).toBe(props.note);
    expect(screen.getByText('Prefilled')).toBeTruthy();
    expect(screen.getByText(/Ctrl\+Shift\+C copies it/)).toBeTruthy();
    await userEvent.type(box, '!');
    expect(onEdit).toHaveBeenLastCalledWith(`${props.note}!`);
  });

  test('edited: says so and offers to undo', async () => {
    const onReset = vi.fn();
    render(<NotePanel {...props} edited onReset={onReset} />);
    expect(screen.getByText('Edited')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo my edits' }));
    expect(onReset).toHaveBeenCalledOnce();
  });

  test('edited and the evaluation moved on: warns and offers the new note', () => {
    render(<NotePanel {...props} edited stale />);
    expect(screen.getByRole('status').textContent).toMatch(/evaluation changed after you edited/);
    expect(screen.getByRole('button', { name: 'Use the new note' })).toBeTruthy();
  });

  test('unsigned: points to the settings', async () => {
    const onSettings = vi.fn();
    render(<NotePanel {...props} signed={false} onSettings={onSettings} />);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onSettings).toHaveBeenCalledOnce();
  });

  test('the tracker row’s cells, column by column', () => {
    render(<NotePanel {...props} />);
    const preview = screen.getByTestId('tracker-preview');
    const terms = [...preview.querySelectorAll('dt')].map((d) => d.textContent);
    const values = [...preview.querySelectorAll('dd')].map((d) => d.textContent);
    expect(terms).toEqual([...TRACKER_COLUMNS]);
    expect(values).toEqual(cells);
  });
});

describe('ActionBar', () => {
  test('copies the note and the tab-separated tracker row, each confirmed on its button', async () => {
    const clipboard = fakeClipboard();
    render(
      <ActionBar
        note="the note"
        trackerRow={cells.join('\t')}
        shortcut={{ label: 'Ctrl+Shift+C', aria: 'Control+Shift+C' }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Copy' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Copy note/ }));
    expect(clipboard.written).toEqual(['the note']);
    expect(screen.getByRole('button', { name: /Copied/ }).getAttribute('data-copy')).toBe('note');
    await userEvent.click(screen.getByRole('button', { name: 'Copy tracker row' }));
    expect(clipboard.written[1]!.split('\t')).toEqual(cells);
    expect(clipboard.written[1]).not.toMatch(/\n/);
  });
});
