/**
 * `npm run eval`: the engine's accuracy on the shared dev set and real customer text, per trigger
 * and overall. The set lives in ../shared beside the checkout (pass another path as argument).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreCorpus, scoreDevSet } from './scoring';

const shared = resolve(import.meta.dirname, '../../shared');
const devPath = process.argv[2] ?? resolve(shared, 'eval/dev.jsonl');
const corpusDir = process.argv[3] ?? resolve(shared, 'corpora');
const f = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

const dev = scoreDevSet(readFileSync(devPath, 'utf8'));
console.log(`Dev set ${devPath} (${dev.tickets} tickets)`);
console.log('  trigger                      P      R     (tp/fp/fn)');
for (const [id, c] of Object.entries(dev.perTrigger).sort()) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  console.log(`  ${id.padEnd(28)} ${f(p)}  ${f(r)}  (${c.tp}/${c.fp}/${c.fn})`);
}
console.log(`  overall (micro)              ${f(dev.precision)}  ${f(dev.recall)}`);
console.log(`  tier accuracy ${f(dev.tierAccuracy)}   under-escalations ${dev.underEscalations}`);
console.log(`  category accuracy ${f(dev.categoryAccuracy)}`);
for (const [id, c] of Object.entries(dev.perDraftRule).sort())
  console.log(
    `  draft ${id.padEnd(24)} P ${f(c.tp / (c.tp + c.fp || 1))}  R ${f(c.tp / (c.tp + c.fn || 1))}`,
  );
console.log(`  draft-warning F1 ${f(dev.draftF1)}   errors ${dev.errors}`);
if (dev.misses.length) console.log(`  misses:\n    ${dev.misses.join('\n    ')}`);

const corpus = scoreCorpus(
  readFileSync(resolve(corpusDir, 'benign.jsonl'), 'utf8'),
  readFileSync(resolve(corpusDir, 'positives.jsonl'), 'utf8'),
);
console.log(`\nReal customer text ${corpusDir}`);
const by = Object.entries(corpus.firedBy)
  .map(([k, v]) => `${k}:${v}`)
  .join(' ');
console.log(
  `  benign messages firing any trigger: ${pct(corpus.benignFired / corpus.benign)} (${corpus.benignFired}/${corpus.benign}) ${by}`,
);
for (const [source, { hit, total }] of Object.entries(corpus.recallBySource))
  console.log(`  positives recall, ${source}: ${pct(hit / total)} (${hit}/${total})`);
