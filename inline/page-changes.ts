/**
 * Page changes that may move or swap the reply editor: the shared page observer, with mutations
 * inside the editor left out. A keystroke cannot swap the composer, and the editor's own observer
 * and its ResizeObserver already redraw the marks for it. Without this, every keystroke looked up
 * the composer again and read the editor's box (about 0.3 to 0.5 ms per keystroke). What counts
 * as inside the editor is decided by the observer itself (`changedOutside`), as for the ticket
 * watcher's draft-only readings.
 */
import { changedOutside, observePage, type ObserveOptions } from '../sites/dom/observe';

export function observeOutside(
  root: Node,
  inside: () => Node | null,
  onChange: () => void,
  options: Pick<ObserveOptions, 'signal' | 'debounceMs'>,
): void {
  observePage(root, () => onChange(), {
    ...options,
    relevant: (records) => changedOutside(records, inside()),
  });
}
