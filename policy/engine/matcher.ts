/**
 * A compiled phrase list: one linear-time regex per list, built once per policy object.
 */
import { compilePhrase } from '../phrases';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export class Matcher {
  private readonly regex: RegExp | null;

  constructor(phrases: readonly string[], patterns: readonly string[] = []) {
    const sources = [...phrases.map(compilePhrase), ...patterns];
    this.regex = sources.length ? new RegExp(sources.join('|'), 'gi') : null;
  }

  get empty(): boolean {
    return this.regex === null;
  }

  /** Every non-overlapping match in text[from, to). */
  all(text: string, from = 0, to = text.length): Span[] {
    if (!this.regex || from >= to) return [];
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const spans: Span[] = [];
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(slice); m; m = this.regex.exec(slice)) {
      if (m[0].length === 0) {
        this.regex.lastIndex++;
        continue;
      }
      spans.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
    }
    return spans;
  }

  test(text: string, from = 0, to = text.length): boolean {
    return this.all(text, from, to).length > 0;
  }
}
