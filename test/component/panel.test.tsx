// @vitest-environment happy-dom
/**
 * The whole panel on the store, as the wiring fills it: a page's reading, the settings, the
 * agent's facts. Storage is WXT's fake browser, so what is kept per ticket is really written.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/panel/App';
import { useCopyStatus } from '../../components/panel/copy';
import { EMPTY_TICKET_STATE, ticketStateOf, usePanel } from '../../components/panel/state';
import { saveTicketState } from '../../components/panel/wiring';
import {
  DEFAULT_SETTINGS,
  TICKET_STATE_TTL_MS,
  ticketStatesItem,
  type Settings,
} from '../../utils/storage';
import { fakeClipboard } from './clipboard';
import { snapshotOf } from './fixtures';

const initial = usePanel.getState();

function show(fixture: string, settings: Partial<Settings> = {}) {
  act(() =>
    usePanel.setState({
      tabId: 7,
      page: 'read',
      snapshot: snapshotOf(fixture),
      settings: { ...DEFAULT_SETTINGS, ...settings },
    }),
  );
}

function renderPanel() {
  const handlers = { onQuote: vi.fn(), onSync: vi.fn(async () => undefined), onSettings: vi.fn() };
  render(<Panel {...handlers} />);
  return handlers;
}

const title = () => document.getElementById('headline-title')?.textContent;
const triggers = () =>
  [...document.querySelectorAll('[data-trigger]')].map((e) => e.getAttribute('data-trigger'));

beforeEach(() => {
  fakeBrowser.reset();
  usePanel.setState(initial, true);
  useCopyStatus.setState({ status: {} });
});
afterEach(cleanup);

describe('Panel', () => {
  test('a HelpScout ticket: subject, headline, triggers, checklist, notify, don’t say, risk, facts, note, footer', () => {
    show('helpscout/demo-ticket');
    renderPanel();
    expect(screen.getByTestId('subject').textContent).toBe('Box arrived crushed');
    expect(title()).toBe('Escalate to Level 4 — Escalations Leadership');
    expect(triggers()).toEqual([
      'chargeback_threat',
      'refund_over_threshold',
      'unresolved_complaint',
    ]);
    for (const name of [
      /^Checklist for TSM/,
      /^Notify/,
      /^Don't say/,
      /^Negative Experience Risk/,
      /^Facts you know/,
      /^Escalation note/,
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: 'Escalation note' }) as HTMLTextAreaElement).value,
    ).toMatch(/Customer: Dana Reyes <dana@example.com>/);
    expect(screen.getByTestId('policy-source').textContent).toBe('bundled with the extension');
    expect(document.querySelector('.panel')!.getAttribute('data-ticket-key')).toBe(
      'helpscout:1042',
    );
  });

  test('a Gorgias ticket: its brand from the store name, and the DNR trigger', () => {
    show('gorgias/ticket');
    renderPanel();
    expect(screen.getByTestId('brand').textContent).toBe('HB');
    expect(triggers()).toEqual(['dnr_escalation']);
  });

  test('the agent’s level and name from the settings', () => {
    show('helpscout/second-ticket', { agentLevel: 3, agentName: 'Sam Park' });
    renderPanel();
    expect(title()).toBe('Yours to handle');
    expect(
      (screen.getByRole('textbox', { name: 'Escalation note' }) as HTMLTextAreaElement).value,
    ).toMatch(/Escalated by: Sam Park$/);
  });

  test('a fact re-evaluates at once and is saved for this ticket', async () => {
    show('helpscout/second-ticket');
    renderPanel();
    expect(triggers()).toEqual([]);
    await userEvent.type(screen.getByLabelText('Refund amount ($)'), '320');
    expect(triggers()).toEqual(['refund_over_threshold']);
    await vi.waitFor(async () =>
      expect((await ticketStatesItem.getValue())['helpscout:1043']?.facts).toEqual({
        refundAmount: 320,
      }),
    );
  });

  test('the risk the agent picks goes into the note and the tracker row', async () => {
    show('helpscout/demo-ticket');
    renderPanel();
    await userEvent.click(screen.getByRole('radio', { name: '2, low' }));
    expect(
      (screen.getByRole('textbox', { name: 'Escalation note' }) as HTMLTextAreaElement).value,
    ).toMatch(/Negative Experience Risk Rating: 2\/5/);
    const preview = screen.getByTestId('tracker-preview');
    expect(within(preview).getByText('2')).toBeTruthy();
  });

  test('the keyboard shortcut copies the note from anywhere, confirmed on the button', async () => {
    const clipboard = fakeClipboard();
    show('helpscout/demo-ticket');
    renderPanel();
    await userEvent.keyboard('{Control>}{Shift>}C{/Shift}{/Control}');
    expect(clipboard.written).toHaveLength(1);
    expect(clipboard.written[0]).toMatch(/^ESCALATION/);
    expect(screen.getByRole('button', { name: /Copied/ }).getAttribute('data-copy')).toBe('note');
  });

  test('an edited note is copied as edited, and warned about when the evaluation moves on', async () => {
    const clipboard = fakeClipboard();
    show('helpscout/second-ticket');
    renderPanel();
    const box = screen.getByRole('textbox', { name: 'Escalation note' });
    await userEvent.clear(box);
    await userEvent.type(box, 'My note');
    await userEvent.click(screen.getByRole('button', { name: /Copy note/ }));
    expect(clipboard.written).toEqual(['My note']);
    expect(screen.queryByText(/evaluation changed after you edited/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Refund amount ($)'), '500');
    expect(screen.getByText(/evaluation changed after you edited/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use the new note' }));
    expect((box as HTMLTextAreaElement).value).toMatch(/^ESCALATION/);
  });

  test('checklist ticks are kept per ticket', async () => {
    show('helpscout/demo-ticket');
    renderPanel();
    await userEvent.click(screen.getAllByRole('checkbox')[0]!);
    expect(ticketStateOf(usePanel.getState()).checked).toEqual({ chargeback_threat: [0] });
    show('helpscout/second-ticket');
    expect(ticketStateOf(usePanel.getState())).toEqual(EMPTY_TICKET_STATE);
    show('helpscout/demo-ticket');
    expect((screen.getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
  });

  test('a quote click asks the page to show that message', async () => {
    show('helpscout/demo-ticket');
    const { onQuote } = renderPanel();
    await userEvent.click(screen.getAllByTitle('Show this message in the ticket')[0]!);
    expect(onQuote).toHaveBeenCalledWith('9003', expect.any(Number), expect.any(Number));
  });

  test('no ticket: says why; the manual mode gives the same evaluation from pasted text', async () => {
    show('helpscout/inbox');
    renderPanel();
    expect(screen.getByTestId('empty-reason').textContent).toMatch(/No ticket is open/);
    await userEvent.click(screen.getByRole('button', { name: 'Paste a customer message instead' }));
    await userEvent.type(
      screen.getByLabelText('Customer message'),
      "I'm calling my bank to dispute the charge.",
    );
    await userEvent.selectOptions(screen.getByLabelText('Brand'), 'HB');
    expect(title()).toBe('Escalate to Level 4 — Escalations Leadership');
    expect(screen.getByTestId('brand').textContent).toBe('HB');
    // A quote selects its words in the pasted text.
    await userEvent.click(screen.getAllByTitle('Show this message in the ticket')[0]!);
    const box = screen.getByLabelText('Customer message') as HTMLTextAreaElement;
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toMatch(/bank/);
    await userEvent.click(screen.getByRole('button', { name: 'Back to the page' }));
    expect(screen.getByTestId('empty-state')).toBeTruthy();
  });

  test('a late message about an older reading of the page never replaces a newer one', () => {
    show('helpscout/demo-ticket');
    renderPanel();
    const older = {
      ...snapshotOf('helpscout/demo-ticket', 0),
      ticket: { ...snapshotOf('helpscout/demo-ticket').ticket!, subject: 'old' },
    };
    act(() => usePanel.getState().setSnapshot({ ...older, seq: 0 }));
    expect(screen.getByTestId('subject').textContent).toBe('Box arrived crushed');
  });
});

describe('per-ticket state expires', () => {
  test('a state untouched for longer than the TTL is not applied', () => {
    const old = {
      facts: { refundAmount: 999 },
      checked: {},
      updatedAt: Date.now() - TICKET_STATE_TTL_MS - 1,
    };
    act(() => usePanel.setState({ savedStates: { 'helpscout:1043': old } }));
    show('helpscout/second-ticket');
    renderPanel();
    expect((screen.getByLabelText('Refund amount ($)') as HTMLInputElement).value).toBe('');
    expect(triggers()).toEqual([]);
  });

  test('saving one ticket’s state drops every expired one', async () => {
    const now = Date.now();
    await ticketStatesItem.setValue({
      stale: { facts: {}, checked: {}, updatedAt: now - TICKET_STATE_TTL_MS - 1 },
      fresh: { facts: {}, checked: {}, updatedAt: now - 1000 },
    });
    await saveTicketState('new', { facts: { offenseNumber: 2 }, checked: {}, updatedAt: now });
    expect(Object.keys(await ticketStatesItem.getValue()).sort()).toEqual(['fresh', 'new']);
  });
});
