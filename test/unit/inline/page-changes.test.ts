// @vitest-environment happy-dom
/**
 * The page observer that follows the composer: changes around the editor are seen (debounced),
 * typing inside it is not, and the editor itself leaving the page is.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { observeOutside } from '../../../inline/page-changes';

let controller: AbortController;
let calls: number;
let editor: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  document.body.innerHTML = '<main><p id="above"></p><div id="editor"><p>Hi</p></div></main>';
  editor = document.getElementById('editor')!;
  controller = new AbortController();
  calls = 0;
  observeOutside(
    document.body,
    () => editor,
    () => calls++,
    {
      signal: controller.signal,
      debounceMs: 50,
    },
  );
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** Lets the mutation records reach the observer, then moves the clock. */
async function after(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

test('typing inside the editor is not a page change', async () => {
  editor.querySelector('p')!.append(' there');
  await after(200);
  expect(calls).toBe(0);
  editor.querySelector('p')!.firstChild!.textContent = 'Hi there';
  editor.append(document.createElement('p'));
  editor.replaceChildren(document.createElement('div'));
  await after(200);
  expect(calls).toBe(0);
});

test('a change around the editor is, once per burst', async () => {
  document.getElementById('above')!.textContent = 'A new message';
  document.getElementById('above')!.className = 'new';
  await after(200);
  expect(calls).toBe(1);
});

test('the editor leaving the page, or its own class changing, is a change', async () => {
  editor.className = 'is-internal-note';
  await after(200);
  expect(calls).toBe(1);
  editor.remove();
  await after(200);
  expect(calls).toBe(2);
});

test('nothing is observed once stopped', async () => {
  controller.abort();
  document.getElementById('above')!.textContent = 'Later';
  await after(200);
  expect(calls).toBe(0);
});
