/**
 * The second opinion: a linear model over the words of what the engine reads (the customer's and
 * notes' own text, quoted history cut off) and the words of the agent's replies, trained on the
 * labelled tickets kept in `test/` (`npm run train`, scripts/train-model.ts). It speaks only for
 * the judgment triggers, whose meaning a customer can put in words no phrase lists ("the consumer
 * court can decide"), and only where no rule fired. A trigger fires when:
 * - its score clears the trigger's threshold, which training sets above every labelled negative
 *   the model had not seen (five-fold, out of fold);
 * - the sentence that weighs most is the customer's or a note's, and its strongest word is not
 *   negated or hypothetical ("I'm not going to dispute it" stays quiet).
 * Its reason names the words that weighed most. Pure: no DOM, no browser API.
 */
import type { NormalizedTicket, TriggerId } from '../contract';
import { TextMemo } from '../memo';
import { negatedOrHypothetical, type ReadText } from './context';

/** The model file (policy/default-model.json), as training writes it. */
export interface ModelFile {
  version: string;
  trainedOn: { tickets: number; sets: string[]; digest: string };
  /** Each feature present adds `scale` × its weight to the trigger's score. */
  scale: number;
  /** Words, word pairs ("call_my") and the agent's words ("a:refund"). */
  features: string[];
  triggers: Partial<Record<TriggerId, ModelTrigger>>;
}

export interface ModelTrigger {
  bias: number;
  /** The score (log-odds) a ticket must pass. */
  threshold: number;
  /** [feature index, weight] pairs. */
  weights: [number, number][];
}

interface CompiledModel {
  file: ModelFile;
  ids: TriggerId[];
  /** Words to their feature; the agent's words (features "a:…") by the word alone. */
  words: Map<string, number>;
  agentWords: Map<string, number>;
  /** Word pairs, first word to second word to feature: no pair string is ever built. */
  pairs: Map<string, Map<string, number>>;
  /** Per text (the customer's, a note's, an agent's), its features: a panel re-reads the same messages. */
  known: TextMemo<Int32Array>;
  /** For feature f: slots[offsets[f] .. offsets[f + 1]) and their weights. */
  offsets: Int32Array;
  slots: Int32Array;
  weights: Float64Array;
}

const WORD = /[a-z0-9']+/g;
/** Texts whose features are remembered (a long thread, and the next ticket's). */
const CACHED_TEXTS = 1024;
/**
 * Words too common to mean anything alone: they count only inside a word pair ("talk to"), so the
 * model leans on what was said, and its reasons name words that carry meaning.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if so to of in on at by for with from as is are was were be been am it it's " +
    "its this that these those i i'm i've i'd i'll me my we our you your he she they them his her " +
    'their there here what which who how when where why do does did done have has had can could ' +
    'will would should just not no yes please hi hello thanks thank up out about into than then ' +
    'too very also all any some one'
  ).split(' '),
);
const PAIR = '_';
const AGENT = 'a:';

/** The words of a text, lowercased, as the model sees them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Every feature of a ticket: the read texts' words and word pairs, the agent replies' words. The
 * training script uses this; scoring below finds the same features without building them all.
 */
export function ticketFeatures(ticket: NormalizedTicket, texts: readonly ReadText[]): Set<string> {
  const features = new Set<string>();
  for (const t of texts) {
    const words = wordsOf(t.text.slice(0, t.end));
    words.forEach((w, i) => {
      if (!FUNCTION_WORDS.has(w)) features.add(w);
      if (i > 0) features.add(`${words[i - 1]}${PAIR}${w}`);
    });
  }
  for (const m of ticket.messages)
    if (m.author === 'agent')
      for (const w of wordsOf(m.body)) if (!FUNCTION_WORDS.has(w)) features.add(AGENT + w);
  return features;
}

const compiledModels = new WeakMap<ModelFile, CompiledModel>();

function compileModel(file: ModelFile): CompiledModel {
  const cached = compiledModels.get(file);
  if (cached) return cached;
  const ids = Object.keys(file.triggers) as TriggerId[];
  const postings: [number, number][][] = file.features.map(() => []);
  ids.forEach((id, slot) => {
    for (const [feature, weight] of file.triggers[id]!.weights)
      postings[feature]?.push([slot, weight]);
  });
  const offsets = new Int32Array(file.features.length + 1);
  postings.forEach((p, f) => (offsets[f + 1] = offsets[f]! + p.length));
  const slots = new Int32Array(offsets[file.features.length]!);
  const weights = new Float64Array(slots.length);
  postings.flat().forEach(([slot, weight], i) => {
    slots[i] = slot;
    weights[i] = weight;
  });
  const words = new Map<string, number>();
  const agentWords = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  file.features.forEach((f, i) => {
    if (f.startsWith(AGENT)) agentWords.set(f.slice(AGENT.length), i);
    else if (f.includes(PAIR)) {
      const [first, second] = f.split(PAIR) as [string, string];
      if (!pairs.has(first)) pairs.set(first, new Map());
      pairs.get(first)!.set(second, i);
    } else words.set(f, i);
  });
  const known = new TextMemo<Int32Array>(CACHED_TEXTS);
  const compiled = { file, ids, words, agentWords, pairs, known, offsets, slots, weights };
  compiledModels.set(file, compiled);
  return compiled;
}

/** Calls `visit` for each known feature of `words` (an agent's: single words only), with the word's index. */
function eachFeature(
  model: CompiledModel,
  words: readonly string[],
  visit: (feature: number, word: number) => void,
  agent = false,
): void {
  const singles = agent ? model.agentWords : model.words;
  let after: Map<string, number> | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const single = singles.get(word);
    if (single !== undefined) visit(single, i);
    if (agent) continue;
    const pair = after?.get(word);
    if (pair !== undefined) visit(pair, i);
    after = model.pairs.get(word);
  }
}

/** A text's known features, each once (remembered per text). */
function featuresOf(model: CompiledModel, text: string, agent: boolean): Int32Array {
  const key = agent ? `${AGENT}${text}` : text;
  const remembered = model.known.get(key);
  if (remembered) return remembered;
  const found = new Set<number>();
  eachFeature(model, wordsOf(text), (f) => found.add(f), agent);
  const features = Int32Array.from(found);
  model.known.set(key, features);
  return features;
}

/** The ticket's score for each trigger the model knows, in `model.ids` order (log-odds). */
function scores(model: CompiledModel, ticket: NormalizedTicket, texts: readonly ReadText[]) {
  const { ids, offsets, slots, weights, file } = model;
  const total = new Float64Array(ids.length);
  ids.forEach((id, slot) => (total[slot] = file.triggers[id]!.bias));
  const seen = new Uint8Array(file.features.length);
  const add = (features: Int32Array) => {
    for (const feature of features) {
      if (seen[feature]) continue;
      seen[feature] = 1;
      for (let k = offsets[feature]!; k < offsets[feature + 1]!; k++)
        total[slots[k]!]! += file.scale * weights[k]!;
    }
  };
  for (const t of texts) add(featuresOf(model, t.text.slice(0, t.end), false));
  for (const m of ticket.messages) if (m.author === 'agent') add(featuresOf(model, m.body, true));
  return total;
}

/** One feature's weight for one trigger slot (0 when it has none). */
function weightOf(model: CompiledModel, feature: number, slot: number): number {
  for (let k = model.offsets[feature]!; k < model.offsets[feature + 1]!; k++)
    if (model.slots[k] === slot) return model.weights[k]!;
  return 0;
}

export interface ModelDetection {
  id: TriggerId;
  evidence: { source: ReadText; start: number; end: number };
  /** The phrases that weighed most, as written in the read text. */
  words: string[];
  score: number;
  threshold: number;
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const WORD_AT = /[a-z0-9']+/gi;

interface Sentence {
  source: ReadText;
  start: number;
  end: number;
}

function sentencesOf(texts: readonly ReadText[]): Sentence[] {
  const out: Sentence[] = [];
  for (const source of texts) {
    const own = source.text.slice(0, source.end);
    for (const m of own.matchAll(SENTENCE)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (end > start) out.push({ source, start, end });
    }
  }
  return out;
}

/**
 * Where the model's reason for a trigger is: the read sentence whose words weigh most for it, its
 * strongest word or pair (for the negation check) and the phrases those words form, heaviest
 * first, as [weight, start, end] within the sentence.
 */
function bestSentence(model: CompiledModel, slot: number, sentences: readonly Sentence[]) {
  let best: { sentence: Sentence; weight: number; words: [number, number, number][] } | null = null;
  for (const sentence of sentences) {
    const text = sentence.source.text.slice(sentence.start, sentence.end);
    const spans = [...text.matchAll(WORD_AT)].map((m) => [m.index, m.index + m[0].length] as const);
    const words = spans.map(([a, b]) => text.slice(a, b).toLowerCase());
    const found: [number, number, number][] = [];
    const seen = new Set<number>();
    let weight = 0;
    eachFeature(model, words, (feature, i) => {
      if (seen.has(feature)) return;
      seen.add(feature);
      const w = weightOf(model, feature, slot);
      if (w <= 0) return;
      weight += w;
      const isPair = model.file.features[feature]!.includes(PAIR);
      found.push([w, spans[isPair ? i - 1 : i]![0], spans[i]![1]]);
    });
    if (weight > 0 && (!best || weight > best.weight)) best = { sentence, weight, words: found };
  }
  if (!best) return null;
  const strongest = best.words.reduce((a, b) => (b[0] > a[0] ? b : a));
  return { sentence: best.sentence, strongest, phrases: phrasesOf(best.words) };
}

/** The longest phrase a reason quotes, in characters. */
const MAX_PHRASE = 32;

/**
 * Weighed words and pairs that touch or overlap, joined into the phrase they are part of ("still
 * not fixed", not "still", "not", "fixed" apart), each weighing the sum of its parts; the
 * heaviest first.
 */
function phrasesOf(words: [number, number, number][]): [number, number, number][] {
  const byStart = [...words].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  const phrases: [number, number, number][] = [];
  for (const [w, start, end] of byStart) {
    const last = phrases.at(-1);
    // One space apart counts as touching: consecutive words. A phrase stays short enough to
    // read as a reason, not a second copy of the quote.
    if (last && start <= last[2] + 1 && end - last[1] <= MAX_PHRASE) {
      last[0] += w;
      last[2] = Math.max(last[2], end);
    } else phrases.push([w, start, end]);
  }
  phrases.sort((a, b) => b[0] - a[0]);
  return phrases;
}

/**
 * The triggers the model finds, except those in `skip` (fired by a rule, or left to the rules by
 * the policy's `secondOpinion: false`).
 */
export function secondOpinions(
  file: ModelFile,
  ticket: NormalizedTicket,
  texts: readonly ReadText[],
  skip: ReadonlySet<TriggerId>,
): ModelDetection[] {
  if (!texts.length) return [];
  const model = compileModel(file);
  const total = scores(model, ticket, texts);
  const found: ModelDetection[] = [];
  let sentences: Sentence[] | null = null;
  model.ids.forEach((id, slot) => {
    const threshold = file.triggers[id]!.threshold;
    if (skip.has(id) || !(total[slot]! > threshold)) return;
    sentences ??= sentencesOf(texts);
    const best = bestSentence(model, slot, sentences);
    if (!best) return;
    const { source, start, end } = best.sentence;
    const [, wordStart, wordEnd] = best.strongest;
    if (negatedOrHypothetical(source.text, start + wordStart, start + wordEnd)) return;
    const text = source.text.slice(start, end);
    found.push({
      id,
      evidence: { source, start, end },
      words: best.phrases.slice(0, 3).map(([, a, b]) => text.slice(a, b)),
      score: total[slot]!,
      threshold,
    });
  });
  return found;
}

/** Each trigger's score (log-odds) for a ticket, as `secondOpinions` weighs it. */
export function modelScores(
  file: ModelFile,
  ticket: NormalizedTicket,
  texts: readonly ReadText[],
): Partial<Record<TriggerId, number>> {
  const model = compileModel(file);
  const total = scores(model, ticket, texts);
  return Object.fromEntries(model.ids.map((id, slot) => [id, total[slot]!]));
}
