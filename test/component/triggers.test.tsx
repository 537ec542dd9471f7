// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FiredTrigger, TicketMessage } from '../../policy/contract';
import { QUOTES_SHOWN, quoteContext, TriggerList } from '../../components/panel/TriggerList';
import { DEFAULT_POLICY, evaluationOf, pasted, ticketOf } from './fixtures';

afterEach(cleanup);

function byId(messages: TicketMessage[]) {
  return Object.fromEntries(messages.map((m) => [m.id, m]));
}

describe('quoteContext', () => {
  test.each([
    ['Hi. I will call my bank now! Bye.', 'call my bank', ['I will ', 'call my bank', ' now!']],
    ['call my bank', 'call my bank', ['', 'call my bank', '']],
    ['First line\nthen a scam here\nlast', 'scam', ['then a ', 'scam', ' here']],
  ])('%j around %j', (body, match, parts) => {
    const start = body.indexOf(match);
    expect(quoteContext(body, start, start + match.length)).toEqual(parts);
  });

  test('offsets that do not point into the body give nothing (the evidence text stands in)', () => {
    expect(quoteContext('short', 10, 20)).toEqual(['', '', '']);
    expect(quoteContext(undefined, 0, 3)).toEqual(['', '', '']);
  });
});

describe('TriggerList', () => {
  const ticket = ticketOf('helpscout/demo-ticket');
  const evaluation = evaluationOf(ticket);

  test('each fired trigger with its level, label and the customer’s own words', () => {
    render(
      <TriggerList
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        messages={byId(ticket.messages)}
        onQuote={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: /Escalation triggers \(3\)/ })).toBeTruthy();
    const chargeback = document.querySelector<HTMLElement>('[data-trigger="chargeback_threat"]')!;
    expect(within(chargeback).getByRole('heading', { level: 3 }).textContent).toBe(
      'Level L4Chargeback threat',
    );
    const quote = within(chargeback).getByRole('button');
    expect(quote.querySelector('mark')!.textContent).toBe(
      "I'm calling my bank to dispute the charge",
    );
    expect(quote.textContent).toMatch(/I'm calling my bank to dispute the charge\./);
    expect(quote.textContent).toMatch(/Customer, /);
  });

  test('a quote click names its message and offsets', async () => {
    const onQuote = vi.fn();
    render(
      <TriggerList
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        messages={byId(ticket.messages)}
        onQuote={onQuote}
      />,
    );
    const chargeback = document.querySelector<HTMLElement>('[data-trigger="chargeback_threat"]')!;
    await userEvent.click(within(chargeback).getByRole('button'));
    const evidence = evaluation.triggers.find((t) => t.id === 'chargeback_threat')!.evidence[0]!;
    expect(onQuote).toHaveBeenCalledWith(evidence.messageId, evidence.start, evidence.end);
  });

  test('quotes are keyboard reachable', async () => {
    const onQuote = vi.fn();
    render(
      <TriggerList
        triggers={evaluation.triggers}
        policy={DEFAULT_POLICY}
        messages={byId(ticket.messages)}
        onQuote={onQuote}
      />,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onQuote).toHaveBeenCalledOnce();
  });

  test('a long thread shows the first quotes and the rest on request', async () => {
    const body = Array.from({ length: 5 }, (_, i) => `Scam number ${i}.`).join(' ');
    const trigger: FiredTrigger = {
      id: 'fraud_accusation',
      level: 4,
      risk: 5,
      actions: [],
      notify: [],
      evidence: Array.from({ length: 5 }, (_, i) => {
        const start = body.indexOf(`Scam number ${i}`);
        return { messageId: 'm1', start, end: start + 4, text: 'Scam' };
      }),
    };
    render(
      <TriggerList
        triggers={[trigger]}
        policy={DEFAULT_POLICY}
        messages={{ m1: { id: 'm1', author: 'customer', body } }}
        onQuote={vi.fn()}
      />,
    );
    expect(screen.getAllByTitle('Show this message in the ticket')).toHaveLength(QUOTES_SHOWN);
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more quotes' }));
    expect(screen.getAllByTitle('Show this message in the ticket')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer quotes' }));
    expect(screen.getAllByTitle('Show this message in the ticket')).toHaveLength(QUOTES_SHOWN);
  });

  test('ticket text is rendered as text, never as HTML', () => {
    const hostile = pasted('<img src=x onerror="alert(1)"><b>You are a scam</b>');
    const scam = evaluationOf(hostile);
    expect(scam.triggers.length).toBeGreaterThan(0);
    const { container } = render(
      <TriggerList
        triggers={scam.triggers}
        policy={DEFAULT_POLICY}
        messages={byId(hostile.messages)}
        onQuote={vi.fn()}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toMatch(/<img src=x onerror="alert\(1\)"><b>You are a/);
  });

  test('none fired says so', () => {
    render(<TriggerList triggers={[]} policy={DEFAULT_POLICY} messages={{}} onQuote={vi.fn()} />);
    expect(screen.getByText(/nothing in this ticket matches/)).toBeTruthy();
  });
});
