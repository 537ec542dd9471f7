/**
 * In-process scoring of the engine on labelled sets, as `../shared/eval/README.md` defines it.
 * Used by `npm run eval` (which prints everything) and by the dev-set regression test.
 */
import type { NormalizedTicket } from '../policy/contract';
import { DEFAULT_POLICY, evaluate, type Policy } from '../policy/index';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DevScore {
  tickets: number;
  errors: number;
  precision: number;
  recall: number;
  tierAccuracy: number;
  underEscalations: number;
  categoryAccuracy: number;
  draftF1: number;
  perTrigger: Record<string, Counts>;
  perDraftRule: Record<string, Counts>;
  misses: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function bump(table: Record<string, Counts>, id: string, key: keyof Counts) {
  (table[id] ??= { tp: 0, fp: 0, fn: 0 })[key]++;
}

function compareSets(
  want: Set<string>,
  got: Set<string>,
  table: Record<string, Counts>,
  total: Counts,
) {
  for (const id of got) {
    const key = want.has(id) ? 'tp' : 'fp';
    bump(table, id, key);
    total[key]++;
  }
  for (const id of want)
    if (!got.has(id)) {
      bump(table, id, 'fn');
      total.fn++;
    }
}

export function scoreDevSet(jsonl: string, policy: Policy = DEFAULT_POLICY): DevScore {
  const cases = jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const triggers: Counts = { tp: 0, fp: 0, fn: 0 };
  const drafts: Counts = { tp: 0, fp: 0, fn: 0 };
  const perTrigger: Record<string, Counts> = {};
  const perDraftRule: Record<string, Counts> = {};
  const misses: string[] = [];
  let tierOk = 0;
  let under = 0;
  let categoryOk = 0;
  let errors = 0;
  for (const c of cases) {
    let result;
    try {
      result = evaluate(c.ticket as NormalizedTicket, policy);
    } catch (error) {
      errors++;
      misses.push(`${c.case}: error ${(error as Error).message}`);
      continue;
    }
    const got = new Set(result.triggers.map((t) => t.id as string));
    const want = new Set<string>(c.expect.triggers);
    compareSets(want, got, perTrigger, triggers);
    for (const id of got) if (!want.has(id)) misses.push(`${c.case}: extra ${id}`);
    for (const id of want) if (!got.has(id)) misses.push(`${c.case}: missed ${id}`);
    if (result.tier.level === c.expect.tier) tierOk++;
    else {
      misses.push(`${c.case}: tier ${result.tier.level}, want ${c.expect.tier}`);
      if (result.tier.level < c.expect.tier) under++;
    }
    if ((result.category?.id ?? null) === c.expect.category) categoryOk++;
    else
      misses.push(`${c.case}: category ${result.category?.id ?? null}, want ${c.expect.category}`);
    compareSets(
      new Set<string>(c.expect.draftWarnings ?? []),
      new Set(result.draftWarnings.map((w) => w.id as string)),
      perDraftRule,
      drafts,
    );
  }
  return {
    tickets: cases.length,
    errors,
    precision: ratio(triggers.tp, triggers.tp + triggers.fp),
    recall: ratio(triggers.tp, triggers.tp + triggers.fn),
    tierAccuracy: ratio(tierOk, cases.length),
    underEscalations: under,
    categoryAccuracy: ratio(categoryOk, cases.length),
    draftF1: ratio(2 * drafts.tp, 2 * drafts.tp + drafts.fp + drafts.fn),
    perTrigger,
    perDraftRule,
    misses,
  };
}

export interface CorpusScore {
  benign: number;
  benignFired: number;
  firedBy: Record<string, number>;
  recallBySource: Record<string, { hit: number; total: number }>;
}

export function scoreCorpus(
  benignJsonl: string,
  positivesJsonl: string,
  policy = DEFAULT_POLICY,
): CorpusScore {
  const parse = (s: string) =>
    s
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  const fired = (text: string) =>
    evaluate(
      { messages: [{ id: 'm1', author: 'customer', body: text }] },
      policy,
      new Date(0),
    ).triggers.map((t) => t.id as string);
  const score: CorpusScore = { benign: 0, benignFired: 0, firedBy: {}, recallBySource: {} };
  for (const line of parse(benignJsonl)) {
    score.benign++;
    const ids = fired(line.text);
    if (ids.length) score.benignFired++;
    for (const id of ids) score.firedBy[id] = (score.firedBy[id] ?? 0) + 1;
  }
  for (const line of parse(positivesJsonl)) {
    const source = (score.recallBySource[line.source] ??= { hit: 0, total: 0 });
    source.total++;
    if (fired(line.text).some((id) => line.expectAny.includes(id))) source.hit++;
  }
  return score;
}
