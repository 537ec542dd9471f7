/** A clipboard that remembers what was written (happy-dom's own is per window and async). */
import { vi } from 'vitest';

export function fakeClipboard(options: { refuse?: boolean } = {}) {
  const written: string[] = [];
  const writeText = vi.fn(async (text: string) => {
    if (options.refuse) throw new DOMException('Document is not focused', 'NotAllowedError');
    written.push(text);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return { written, writeText };
}
