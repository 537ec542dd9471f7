// @vitest-environment happy-dom
/**
 * While the agent types, the panel re-checks the draft alone: the thread is judged once, each
 * draft message only moves the draft warnings, and anything else about the ticket judges it again.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/panel/App';
import { usePanel } from '../../components/panel/state';
import * as engine from '../../policy/index';
import type { TicketSnapshot } from '../../utils/messages';
import { DEFAULT_SETTINGS } from '../../utils/storage';
import { snapshotOf } from './fixtures';

vi.mock('../../policy/index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../policy/index')>();
  return { ...actual, evaluate: vi.fn(actual.evaluate) };
});

const initial = usePanel.getState();
const evaluate = vi.mocked(engine.evaluate);
let seq = 1;

function typeDraft(draft: string) {
  const { snapshot } = usePanel.getState();
  act(() =>
    usePanel.getState().applyDraft({
      type: 'draft',
      ticketKey: snapshot!.ticketKey!,
      url: snapshot!.url,
      seq: ++seq,
      readAt: seq,
      draft,
    }),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  usePanel.setState(initial, true);
  seq = 1;
  act(() =>
    usePanel.setState({
      tabId: 7,
      page: 'read',
      snapshot: snapshotOf('helpscout/demo-ticket', seq),
      settings: DEFAULT_SETTINGS,
    }),
  );
  render(<Panel onQuote={vi.fn()} onSync={vi.fn(async () => undefined)} onSettings={vi.fn()} />);
  evaluate.mockClear();
});
afterEach(cleanup);

test('typing a draft re-checks the draft alone: the warning comes and goes, the thread is not judged again', () => {
  expect(screen.queryByTestId('draft-warnings')).toBeNull();
  typeDraft('Thanks for waiting. I can');
  typeDraft("Thanks for waiting. I can confirm I'll refund the full amount today.");
  const section = screen.getByTestId('draft-warnings');
  expect(section.querySelector('mark')!.textContent).toMatch(/refund/i);
  typeDraft('Thanks for waiting. I have asked a lead to review a refund.');
  expect(screen.queryByTestId('draft-warnings')).toBeNull();
  expect(evaluate).not.toHaveBeenCalled();
});

test('a new reading of the thread while typing judges the ticket again, draft and all', () => {
  typeDraft("I'll refund the full amount today.");
  const typed = usePanel.getState().snapshot!;
  const ticket = typed.ticket!;
  const next: TicketSnapshot = {
    ...typed,
    seq: ++seq,
    ticket: {
      ...ticket,
      messages: [
        ...ticket.messages,
        { id: 'new', author: 'customer', body: 'Still waiting on that refund.' },
      ],
    },
  };
  act(() => usePanel.getState().setSnapshot(next));
  expect(evaluate).toHaveBeenCalledTimes(1);
  expect(evaluate.mock.calls[0]![0].draft).toBeUndefined();
  expect(screen.getByTestId('draft-warnings')).toBeTruthy();
});
