// The panel's pure wording helpers (no DOM): headline, reason, tracker row, note.
import { describe, expect, test } from 'vitest';
import {
  headline,
  personalizeNote,
  tierReason,
  TRACKER_COLUMNS,
  trackerCell,
  trackerRow,
} from '../../components/panel/summary';
import { DEFAULT_POLICY, evaluationOf, pasted, ticketOf } from './fixtures';

const demo = ticketOf('helpscout/demo-ticket');
const demoEvaluation = evaluationOf(demo);
const day = new Date('2026-11-22T12:00:00Z');

describe('headline', () => {
  test('the next step of an escalation is the top trigger’s first action', () => {
    const h = headline(demoEvaluation, 1, DEFAULT_POLICY);
    expect(h).toMatchObject({
      yours: false,
      title: 'Escalate to Level 4 — Escalations Leadership',
    });
    expect(h.next).toBe(demoEvaluation.triggers.find((t) => t.level === 4)!.actions[0]);
  });

  test('a level-4 agent handles a level-4 ticket', () => {
    expect(headline(demoEvaluation, 4, DEFAULT_POLICY).title).toBe('Yours to handle');
  });
});

describe('tierReason', () => {
  test('names the triggers behind the tier, by their labels', () => {
    expect(tierReason(demoEvaluation, DEFAULT_POLICY)).toBe('Chargeback threat');
  });
  test('a category with its offense number', () => {
    const repeat = evaluationOf({
      ...demo,
      messages: demo.messages.slice(0, 2),
      facts: { offenseNumber: 2 },
    });
    expect(tierReason(repeat, DEFAULT_POLICY)).toMatch(/\(offense 2\)/);
  });
  test('nothing matched says so; a level-1 category names it', () => {
    expect(tierReason(evaluationOf(pasted('Thanks!')), DEFAULT_POLICY)).toBe(
      'Nothing in the SOPs calls for escalation',
    );
    expect(
      tierReason(evaluationOf(pasted('Can you tell me the status of my order?')), DEFAULT_POLICY),
    ).toBe('Order status');
  });
});

describe('the Escalation Tracker row', () => {
  test.each([
    ['a\tb\nc', 'a b c'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1 555', `'+1 555`],
    ['@here', `'@here`],
    ['Dana Reyes', 'Dana Reyes'],
  ])('cell %j → %j', (value, cell) => {
    expect(trackerCell(value)).toBe(cell);
  });

  test('one line, one cell per column, in order; missing values read unknown', () => {
    const row = trackerRow(demoEvaluation, demo, 4, '', day);
    expect(row).not.toMatch(/[\r\n]/);
    const cells = row.split('\t');
    expect(cells).toHaveLength(TRACKER_COLUMNS.length);
    expect(Object.fromEntries(TRACKER_COLUMNS.map((c, i) => [c, cells[i]]))).toEqual({
      Date: '2026-11-22',
      Ticket: '#1042',
      Brand: 'TSM',
      Customer: 'Dana Reyes',
      Email: 'dana@example.com',
      'Order(s)': '#10442',
      Tier: 'Level 4 Escalations Leadership',
      Category: 'order_issue.damage',
      Triggers: 'chargeback_threat, refund_over_threshold, unresolved_complaint',
      'Risk (1–5)': '4',
      'Escalated by': 'unknown',
      Link: demo.url,
    });
  });

  test('a customer name that would run as a formula is quoted', () => {
    const hostile = { ...demo, customer: { ...demo.customer, name: '=IMPORTXML("http://x")' } };
    expect(trackerRow(demoEvaluation, hostile, 5, 'Sam', day).split('\t')[3]).toBe(
      `'=IMPORTXML("http://x")`,
    );
  });
});

describe('the escalation note', () => {
  test('holds every field the SOPs ask for; missing ones read unknown', () => {
    const note = demoEvaluation.note;
    for (const field of [
      /Customer: Dana Reyes <dana@example.com>/,
      /Order\(s\): #10442/,
      /Order total: \$249\.00/,
      /Brand: TSM/,
      /Reason for escalation:/,
      /calling my bank to dispute/,
      /Done so far:/,
      /Customer still seeks:/,
      /Negative Experience Risk Rating: 5\/5/,
      /ESCALATION — Level 4 \(Escalations Leadership\)/,
      /Goes to: /,
    ])
      expect(note).toMatch(field);
    const bare = evaluationOf({
      ...pasted('I want to speak to a manager.'),
      brand: undefined,
    }).note;
    expect(bare).toMatch(/Brand: unknown/);
    expect(bare).toMatch(/Customer: unknown <unknown>/);
    expect(bare).not.toMatch(/: \n|: $/m);
  });

  test('the agent’s risk and name go in', () => {
    const note = personalizeNote(demoEvaluation.note, 2, ' Sam Park ');
    expect(note).toMatch(/Negative Experience Risk Rating: 2\/5/);
    expect(note.endsWith('\nEscalated by: Sam Park')).toBe(true);
    expect(personalizeNote(demoEvaluation.note, 5, '')).toBe(demoEvaluation.note);
  });
});
