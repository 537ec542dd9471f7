/**
 * Finding the editor the agent is writing in, and whether it writes a reply or an internal note.
 * Both helpdesks may keep more than one composer in the page (a reply and a note, one hidden), so
 * every selector of the ordered list is tried and the focused composer wins.
 */
import type { ReplyEditor } from '../site';
import type { SelectorList } from './query';
import { editorText } from './text';

/** Every element any selector of the list matches, in list order, each once. */
function candidates(root: ParentNode, list: SelectorList): HTMLElement[] {
  const seen = new Set<HTMLElement>();
  for (const selector of list.selectors)
    for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector)))
      seen.add(element);
  return [...seen];
}

/** An internal note when the editor, or any element around it, matches the note-mode list. */
export function isNoteEditor(element: Element, noteMode: SelectorList): boolean {
  return noteMode.selectors.some((selector) => element.closest(selector) !== null);
}

/**
 * The composer holding focus; else the first one shown on screen; else the first found (a saved
 * page read outside a browser lays nothing out).
 */
export function findComposer(
  doc: Document,
  editors: SelectorList,
  noteMode: SelectorList,
): ReplyEditor | null {
  const found = candidates(doc, editors);
  const active = doc.activeElement;
  const element =
    found.find((e) => active && e.contains(active)) ??
    found.find((e) => e.getClientRects().length > 0) ??
    found[0];
  if (!element) return null;
  return { element, mode: isNoteEditor(element, noteMode) ? 'note' : 'reply' };
}

/**
 * The ticket's `draft`: the text of the reply being written. Empty without a composer, or when it
 * writes an internal note (notes are not the reply).
 */
export function draftOf(editor: ReplyEditor | null): string {
  return editor?.mode === 'reply' ? editorText(editor.element) : '';
}
