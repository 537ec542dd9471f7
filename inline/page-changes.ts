/**
 * Page changes that may move or swap the reply editor, debounced. Mutations inside the editor
 * are left out: a keystroke cannot swap the composer, and the editor's own observer and its
 * ResizeObserver already redraw the marks for it. Without this, every keystroke looked up the
 * composer again and read the editor's box (about 0.3 to 0.5 ms per keystroke).
 */
import type { ObserveOptions } from '../sites/dom/observe';

export function observeOutside(
  root: Node,
  inside: () => Node | null,
  onChange: () => void,
  { signal, debounceMs }: Pick<ObserveOptions, 'signal' | 'debounceMs'>,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart = 0;
  // As observePage: quiet for debounceMs, and never later than twice that after a burst began.
  const schedule = () => {
    const now = performance.now();
    if (timer === undefined) burstStart = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, burstStart + debounceMs * 2 - now));
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, wait);
  };
  const observer = new MutationObserver((records) => {
    const editor = inside();
    // The editor added, removed or restyled counts; its content changing does not. A node that
    // left the page since (a text node the editor re-rendered away) counts through the record
    // of its removal, whose target is still on the page.
    const outside = (r: MutationRecord) =>
      !editor ||
      (r.target === editor
        ? r.type === 'attributes'
        : r.target.isConnected && !editor.contains(r.target));
    if (records.some(outside)) schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'class'],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
