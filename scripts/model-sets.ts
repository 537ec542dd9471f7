/**
 * The labelled tickets the second-opinion model learns from (scripts/train-model.ts), and the
 * digest that tells a test when the committed model is older than them. The sets in UNSEEN are
 * left out on purpose: written last, by other hands, they measure the model on text it has not
 * seen (`npm run eval -- test/blind23/blind23.jsonl`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const UNSEEN = new Set(['blind23', 'blind24']);

/** A labelled set: dev-format lines (`ticket`, `expect`) or probe lines (one trigger each). */
export interface TrainingSet {
  name: string;
  path: string;
  kind: 'labelled' | 'probe';
}

export function trainingSets(): TrainingSet[] {
  const sets: TrainingSet[] = [
    { name: 'dev', path: resolve(ROOT, '../shared/eval/dev.jsonl'), kind: 'labelled' },
    { name: 'fresh', path: resolve(ROOT, 'test/heldout/fresh.jsonl'), kind: 'labelled' },
  ];
  const blinds = readdirSync(resolve(ROOT, 'test'))
    .filter((d) => /^blind\d*$/.test(d) && !UNSEEN.has(d))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of blinds)
    sets.push({ name, path: resolve(ROOT, `test/${name}/${name}.jsonl`), kind: 'labelled' });
  const probes = resolve(ROOT, 'test/probes-by-other-hands');
  for (const file of readdirSync(probes)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    sets.push({ name: file.replace('.jsonl', ''), path: resolve(probes, file), kind: 'probe' });
  return sets;
}

/** sha256 over every training set's name and bytes, in order. */
export function trainingDigest(sets: readonly TrainingSet[] = trainingSets()): string {
  const hash = createHash('sha256');
  for (const set of sets) hash.update(set.name).update('\0').update(readFileSync(set.path));
  return hash.digest('hex');
}
