// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { useCopyStatus } from '../../components/panel/copy';
import { DontSay } from '../../components/panel/DontSay';
import { fakeClipboard } from './clipboard';
import { evaluationOf, ticketOf } from './fixtures';

beforeEach(() => useCopyStatus.setState({ status: {} }));
afterEach(cleanup);

describe('DontSay', () => {
  const ticket = ticketOf('helpscout/demo-ticket');

  test('the phrases not to use on this ticket, each with why', () => {
    const evaluation = evaluationOf(ticket);
    render(<DontSay phrases={evaluation.forbiddenPhrases} warnings={[]} />);
    expect(
      screen.getByRole('heading', { name: `Don't say (${evaluation.forbiddenPhrases.length})` }),
    ).toBeTruthy();
    const refund = document.querySelector<HTMLElement>('[data-phrase="refund_commitment"]')!;
    const phrase = evaluation.forbiddenPhrases.find((p) => p.id === 'refund_commitment')!;
    expect(within(refund).getByText(phrase.text)).toBeTruthy();
    expect(within(refund).getByText(phrase.why)).toBeTruthy();
    expect(screen.queryByTestId('draft-warnings')).toBeNull();
  });

  test('the draft’s broken rules: the words, why, and a safer wording to copy', async () => {
    const evaluation = evaluationOf({
      ...ticket,
      draft: "Sure Dana, I'll refund you the full $249 today.",
    });
    expect(evaluation.draftWarnings.length).toBeGreaterThan(0);
    const warning = evaluation.draftWarnings[0]!;
    const clipboard = fakeClipboard();
    render(<DontSay phrases={evaluation.forbiddenPhrases} warnings={evaluation.draftWarnings} />);
    const section = screen.getByTestId('draft-warnings');
    expect(within(section).getByRole('heading', { name: 'In your draft' })).toBeTruthy();
    expect(section.querySelector('mark')!.textContent).toBe(warning.text);
    expect(within(section).getByText(warning.why)).toBeTruthy();
    expect(within(section).getByText(warning.instead)).toBeTruthy();
    await userEvent.click(within(section).getByRole('button', { name: 'Copy safer wording' }));
    expect(clipboard.written).toEqual([warning.instead]);
  });

  test('nothing to avoid: no section', () => {
    const { container } = render(<DontSay phrases={[]} warnings={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
