/**
 * The panel judges the thread once and re-checks only the draft while the agent types
 * (`withDraftChecked`). That shortcut must give exactly what judging the whole ticket again gives:
 * checked on every labelled ticket that carries a draft, from no draft and from another draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_POLICY,
  evaluate,
  parseTicket,
  withDraftChecked,
  type NormalizedTicket,
} from '../../../policy/index';

const ROOT = resolve(import.meta.dirname, '../../..');
const SETS = [
  resolve(ROOT, '../shared/eval/dev.jsonl'),
  ...readdirSync(resolve(ROOT, 'test'))
    .filter((dir) => dir.startsWith('blind'))
    .map((dir) => resolve(ROOT, 'test', dir, `${dir}.jsonl`)),
];

function ticketsWithDrafts(): [string, NormalizedTicket][] {
  const found: [string, NormalizedTicket][] = [];
  for (const file of SETS)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { case: string; ticket: unknown };
      const parsed = parseTicket(row.ticket);
      if (parsed.success && parsed.data.draft) found.push([row.case, parsed.data]);
    }
  return found;
}

const TICKETS = ticketsWithDrafts();
const NOW = new Date('2026-12-01T12:00:00Z');
const judge = (ticket: NormalizedTicket) => evaluate(ticket, DEFAULT_POLICY, NOW);

describe('withDraftChecked', () => {
  test('the labelled sets hold enough drafts to mean something', () => {
    expect(TICKETS.length).toBeGreaterThan(100);
    expect(TICKETS.filter(([, t]) => judge(t).draftWarnings.length).length).toBeGreaterThan(40);
  });

  test('from the ticket judged without its draft: the same evaluation as judging it whole', () => {
    for (const [id, ticket] of TICKETS) {
      const { draft: _draft, ...draftless } = ticket;
      const quick = withDraftChecked(judge(draftless), ticket, DEFAULT_POLICY);
      expect(quick, id).toEqual(judge(ticket));
    }
  });

  test('from the ticket judged with another draft, and back to no draft', () => {
    TICKETS.forEach(([id, ticket], i) => {
      const other = TICKETS[(i + 1) % TICKETS.length]![1].draft;
      const judgedWithOther = judge({ ...ticket, draft: other });
      expect(withDraftChecked(judgedWithOther, ticket, DEFAULT_POLICY), id).toEqual(judge(ticket));
      const { draft: _draft, ...draftless } = ticket;
      expect(withDraftChecked(judge(ticket), draftless, DEFAULT_POLICY), id).toEqual(
        judge(draftless),
      );
    });
  });

  test('the evaluation is handed back as it was when the draft breaks no rule', () => {
    const ticket: NormalizedTicket = {
      messages: [{ id: 'm1', author: 'customer', body: 'Where is my order?' }],
      draft: 'It ships tomorrow.',
    };
    const judged = judge(ticket);
    expect(withDraftChecked(judged, ticket, DEFAULT_POLICY)).toBe(judged);
  });
});
