/**
 * A bounded memo from texts to answers that forgets the oldest first. The keys sit in a ring, so
 * making room is one array read, not a Map iterator per eviction (which grows slow as a Map
 * fills with deleted slots). Keyed by the text itself, so an answer cannot go stale.
 */
export class TextMemo<T> {
  private readonly answers = new Map<string, T>();
  private readonly ring: (string | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.ring = new Array<string | undefined>(Math.max(1, size)).fill(undefined);
  }

  get(text: string): T | undefined {
    return this.answers.get(text);
  }

  /** Remembers the answer of a text not remembered yet (after `get` found nothing). */
  set(text: string, answer: T): void {
    const oldest = this.ring[this.next];
    if (oldest !== undefined) this.answers.delete(oldest);
    this.ring[this.next] = text;
    this.next = (this.next + 1) % this.ring.length;
    this.answers.set(text, answer);
  }

  clear(): void {
    this.answers.clear();
    this.ring.fill(undefined);
    this.next = 0;
  }
}
