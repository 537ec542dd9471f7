/**
 * Page changes that may move or swap the reply editor: the shared page observer, with mutations
 * inside the editor left out. A keystroke cannot swap the composer, and the editor's own observer
 * and its ResizeObserver already redraw the marks for it. Without this, every keystroke looked up
 * the composer again and read the editor's box (about 0.3 to 0.5 ms per keystroke).
 */
import { observePage, type ObserveOptions } from '../sites/dom/observe';

/**
 * Whether a batch holds a change outside the editor. The editor added, removed or restyled
 * counts; its content changing does not. A node that left the page since (a text node the editor
 * re-rendered away) counts through the record of its removal, whose target is still on the page.
 */
function outsideOf(inside: () => Node | null): (records: readonly MutationRecord[]) => boolean {
  return (records) => {
    const editor = inside();
    return records.some(
      (r) =>
        !editor ||
        (r.target === editor
          ? r.type === 'attributes'
          : r.target.isConnected && !editor.contains(r.target)),
    );
  };
}

export function observeOutside(
  root: Node,
  inside: () => Node | null,
  onChange: () => void,
  options: Pick<ObserveOptions, 'signal' | 'debounceMs'>,
): void {
  observePage(root, onChange, { ...options, relevant: outsideOf(inside) });
}
