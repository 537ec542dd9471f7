/**
 * `npm run train`: fits the second-opinion model (policy/engine/model.ts) to the labelled tickets
 * of scripts/model-sets.ts and writes policy/default-model.json. Deterministic: the same sets give
 * the same file.
 *
 * One logistic regression per judgment trigger over binary features (words, word pairs, the
 * agent's words), fitted together by full-batch gradient descent with L2. A probe line labels its
 * one trigger and says nothing of the others, so those are masked out. Each trigger's threshold is
 * the highest score any of its negatives gets, from the models that did not see it (five folds)
 * and from the final one, so it fires on no labelled negative at all, and never below
 * MIN_THRESHOLD; each trigger keeps its strongest weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRIGGER_IDS, type NormalizedTicket, type TriggerId } from '../policy/contract';
import { readTexts } from '../policy/engine/context';
import { ticketFeatures, type ModelFile } from '../policy/engine/model';
import { trainingDigest, trainingSets } from './model-sets';

/** Triggers that rest on amounts, counts or days: their rules judge alone. */
const RULE_ONLY: readonly TriggerId[] = [
  'refund_over_threshold',
  'dnr_escalation',
  'repeat_refunds',
  'subscription_refund_limit',
];
const TRIGGERS = TRIGGER_IDS.filter((id) => !RULE_ONLY.includes(id));
/**
 * Probe lines whose labels read the contract another way, left out of training: probes-b and
 * probes-i count a plain question about safety ("can I take it while pregnant?") as
 * medical_escalation, where the dev set and the policy escalate only a physician asked for or the
 * safe answer rejected. probes-i mixes both readings in one trigger's lines, and learning from its
 * asks taught the model that "is it safe with my blood thinners" is one. probes-l's asks for a
 * professional carry the safety question beside them ("an actual doctor ... I need to know if it's
 * OK with my heart condition"), and learning from them taught the same thing; the rules read them.
 */
const READ_OTHERWISE: Record<string, readonly TriggerId[]> = {
  'probes-b': ['medical_escalation'],
  'probes-i': ['medical_escalation'],
  'probes-l': ['medical_escalation'],
};
const SCALE = 0.15;
const RATE = 4;
const L2 = 1e-4;
const STEPS = 500;
const FOLD_STEPS = STEPS;
const FOLDS = 5;
const KEEP = 1500;
/**
 * No threshold below these log-odds (the model three times as sure as not): a trigger whose
 * labelled negatives all score low still needs a clear reason on text it has not seen ("is it safe
 * with my blood pressure pills?" is a question, not a medical escalation).
 */
const MIN_THRESHOLD = 1;
/** A positive counts as much as this many negatives at most (the rarer class is weighted up). */
const MAX_POSITIVE_WEIGHT = 5;

interface Example {
  id: string;
  features: Set<string>;
  /** Per trigger: 1, 0, or null when the line does not say. */
  labels: (0 | 1 | null)[];
}

function probeTicket(row: {
  id: string;
  brand: string;
  messages: { author: NormalizedTicket['messages'][number]['author']; body: string }[];
  orders?: NormalizedTicket['orders'];
}): NormalizedTicket {
  return {
    id: row.id,
    mailbox: row.brand === 'HB' ? 'HB Support' : 'TSM Support',
    messages: row.messages.map((m, i) => ({ id: `m${i + 1}`, author: m.author, body: m.body })),
    ...(row.orders ? { orders: row.orders } : {}),
  };
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const set of trainingSets()) {
    for (const line of readFileSync(set.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      if (set.kind === 'labelled') {
        const ticket = row.ticket as NormalizedTicket;
        const fired = new Set<string>(row.expect.triggers);
        out.push({
          id: `${set.name}:${row.case}`,
          features: ticketFeatures(ticket, readTexts(ticket)),
          labels: TRIGGERS.map((t) => (fired.has(t) ? 1 : 0)),
        });
      } else {
        if (READ_OTHERWISE[set.name]?.includes(row.trigger)) continue;
        const ticket = probeTicket(row);
        out.push({
          id: `${set.name}:${row.id}`,
          features: ticketFeatures(ticket, readTexts(ticket)),
          labels: TRIGGERS.map((t) => (t === row.trigger ? (row.fires ? 1 : 0) : null)),
        });
      }
    }
  }
  return out;
}

/** A stable fold for an example, from its id (FNV-1a). */
function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

interface Fit {
  weights: Float64Array;
  bias: Float64Array;
}

function fit(rows: Int32Array[], labels: (0 | 1 | null)[][], steps: number, features: number): Fit {
  const T = TRIGGERS.length;
  const weights = new Float64Array(features * T);
  const bias = new Float64Array(T);
  const counted = new Float64Array(T);
  const positives = new Float64Array(T);
  for (const l of labels)
    l.forEach((y, t) => {
      if (y === null) return;
      counted[t]! += 1;
      positives[t]! += y;
    });
  const positiveWeight = Array.from({ length: T }, (_, t) =>
    Math.min((counted[t]! - positives[t]!) / Math.max(positives[t]!, 1), MAX_POSITIVE_WEIGHT),
  );
  const gradient = new Float64Array(features * T);
  const step = new Float64Array(T);
  for (let s = 0; s < steps; s++) {
    gradient.fill(0);
    const biasGradient = new Float64Array(T);
    rows.forEach((row, i) => {
      const z = Float64Array.from(bias);
      for (const f of row) for (let t = 0; t < T; t++) z[t]! += SCALE * weights[f * T + t]!;
      for (let t = 0; t < T; t++) {
        const y = labels[i]![t];
        if (y === null || y === undefined || !counted[t]) {
          step[t] = 0;
          continue;
        }
        const p = 1 / (1 + Math.exp(-z[t]!));
        step[t] = ((p - y) * (y ? positiveWeight[t]! : 1)) / counted[t]!;
        biasGradient[t]! += step[t]!;
      }
      for (const f of row) for (let t = 0; t < T; t++) gradient[f * T + t]! += SCALE * step[t]!;
    });
    for (let k = 0; k < weights.length; k++)
      weights[k]! -= RATE * (gradient[k]! + L2 * weights[k]!);
    for (let t = 0; t < T; t++) bias[t]! -= RATE * biasGradient[t]!;
  }
  return { weights, bias };
}

function scoreOf(model: Fit, row: Int32Array, t: number): number {
  let z = model.bias[t]!;
  for (const f of row) z += SCALE * model.weights[f * TRIGGERS.length + t]!;
  return z;
}

function main(): void {
  const started = Date.now();
  const all = examples();
  const seen = new Map<string, number>();
  for (const e of all) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, n]) => n >= 2).map(([f]) => f);
  vocabulary.sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = all.map((e) =>
    Int32Array.from([...e.features].flatMap((f) => (index.has(f) ? [index.get(f)!] : []))),
  );
  const labels = all.map((e) => e.labels);
  const T = TRIGGERS.length;

  // Thresholds: the highest out-of-fold score among each trigger's negatives.
  const thresholds = new Float64Array(T).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = all.map((e) => foldOf(e.id) === fold);
    const model = fit(
      rows.filter((_, i) => !inFold[i]),
      labels.filter((_, i) => !inFold[i]),
      FOLD_STEPS,
      vocabulary.length,
    );
    rows.forEach((row, i) => {
      if (!inFold[i]) return;
      for (let t = 0; t < T; t++)
        if (labels[i]![t] === 0) thresholds[t] = Math.max(thresholds[t]!, scoreOf(model, row, t));
    });
  }

  const model = fit(rows, labels, STEPS, vocabulary.length);
  // Each trigger keeps its strongest weights, rounded as the file stores them.
  const kept = new Map<number, number>();
  const triggers: ModelFile['triggers'] = {};
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  TRIGGERS.forEach((id, t) => {
    const strongest = vocabulary
      .map((_, f) => [f, round(model.weights[f * T + t]!)] as const)
      .filter(([, w]) => w !== 0)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
      .slice(0, KEEP);
    for (let f = 0; f < vocabulary.length; f++) model.weights[f * T + t] = 0;
    for (const [f, w] of strongest) model.weights[f * T + t] = w;
    model.bias[t] = round(model.bias[t]!);
    if (!labels.some((l) => l[t] === 1)) return;
    for (const [f] of strongest) if (!kept.has(f)) kept.set(f, kept.size);
    triggers[id] = {
      bias: model.bias[t]!,
      threshold: 0,
      weights: strongest.map(([f, w]) => [f, w]),
    };
  });
  // ... and above every negative the kept weights score, too (rounded up, so it stays above).
  rows.forEach((row, i) => {
    for (let t = 0; t < T; t++)
      if (labels[i]![t] === 0) thresholds[t] = Math.max(thresholds[t]!, scoreOf(model, row, t));
  });
  TRIGGERS.forEach((id, t) => {
    const trigger = triggers[id];
    if (trigger)
      trigger.threshold = Math.max(MIN_THRESHOLD, Math.ceil(thresholds[t]! * 1e4 + 1) / 1e4);
  });
  // Renumber the kept features compactly, in vocabulary order.
  const order = [...kept.keys()].sort((a, b) => a - b);
  const renumber = new Map(order.map((f, i) => [f, i]));
  for (const t of Object.values(triggers))
    t.weights = t.weights.map(([f, w]) => [renumber.get(f)!, w] as [number, number]);
  const sets = trainingSets();
  const digest = trainingDigest(sets);
  const file: ModelFile = {
    version: `m-${digest.slice(0, 12)}`,
    trainedOn: { tickets: all.length, sets: sets.map((s) => s.name), digest },
    scale: SCALE,
    features: order.map((f) => vocabulary[f]!),
    triggers,
  };
  const out = resolve(import.meta.dirname, '../policy/default-model.json');
  writeFileSync(out, JSON.stringify(file) + '\n');
  const ms = Date.now() - started;
  console.log(
    `wrote ${out}: ${all.length} tickets, ${file.features.length} features, ${Object.keys(triggers).length} triggers in ${ms} ms`,
  );
}

main();
