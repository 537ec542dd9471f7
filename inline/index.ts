/**
 * Inline warnings in the reply editor. On every change of the draft the content script checks
 * it itself (no round trip) against the reply rules in force for this ticket, which the
 * background works out from the ticket, the agent's facts and the policy; breaking phrases are
 * marked in an overlay outside the app's editor, whose DOM is only ever read. Internal notes
 * are never checked.
 *
 * Cost per keystroke: one walk of the editor's text and one pass of the rules' compiled regex
 * (in the microtask after the mutation); geometry is read once per frame, all of it before the
 * overlay writes anything, and only while there is something to draw; the overlay then writes
 * only what moved. Typing is not a page change for following the composer.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftWarning } from '../policy/contract';
import { checkDraft } from '../policy/draft';
import { observeElement } from '../sites/dom/observe';
import type { ReplyEditor, Site } from '../sites/site';
import type { SnapshotListener } from '../sites/watcher';
import { caretOffset, readEditor, type TextMap } from './editor-text';
import { clippingAncestors, intersect, textRects, visibleArea } from './geometry';
import { HOST_ID, InlineOverlay, type PlacedWarning } from './overlay';
import { observeOutside } from './page-changes';
import { ReplyRulesChannel } from './rules';
import { CHECK_MEASURE, DRAW_MEASURE, TIMING_ATTRIBUTE } from './timing';

export interface SnapshotSource {
  onSnapshot(listener: SnapshotListener): void;
}

function timed(name: string, work: () => void): void {
  const timing = document.documentElement.hasAttribute(TIMING_ATTRIBUTE);
  const start = timing ? performance.now() : 0;
  try {
    work();
  } catch (error) {
    // Whatever the page is doing, the agent's page must not see our failure.
    console.warn('[Escalation Assist] inline warnings:', error);
  } finally {
    if (timing) {
      performance.measure(name, { start });
      performance.clearMeasures(name); // observers still get it; the buffer does not grow
    }
  }
}

function boxOf(element: Element): string {
  const { left, top, width, height } = element.getBoundingClientRect();
  return `${left},${top},${width},${height}`;
}

/** Keys that survive edits elsewhere in the draft: rule, words, and which occurrence. */
function keyed(warnings: DraftWarning[]): { key: string; warning: DraftWarning }[] {
  const seen = new Map<string, number>();
  return warnings.map((warning) => {
    const base = `${warning.id}\u0000${warning.text.toLowerCase()}`;
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    return { key: `${base}\u0000${nth}`, warning };
  });
}

export function startInlineWarnings(
  ctx: ContentScriptContext,
  site: Site,
  source: SnapshotSource,
): void {
  const { signal } = ctx;
  let editor: ReplyEditor | null = null;
  let stopObservingEditor: (() => void) | null = null;
  let clippers: Element[] = [];
  let map: TextMap | null = null;
  let found: { key: string; warning: DraftWarning }[] = [];
  let shown = 0;
  let frame = 0;
  let overlay: InlineOverlay | null = null;
  let savedCaret: Range | null = null;
  /** Where the editor was at the last draw: a page change that did not move it moves no mark. */
  let drawnAt = '';

  const resizes = new ResizeObserver(() => scheduleDraw());
  const rules = new ReplyRulesChannel(ctx, () => check());

  /** Reads the draft and checks it against the rules in force. */
  function check(): void {
    timed(CHECK_MEASURE, () => {
      if (!ctx.isValid) return;
      const active = rules.active;
      if (!editor || editor.mode === 'note' || active.length === 0) {
        map = null;
        found = [];
      } else {
        map = readEditor(editor.element);
        found = keyed(checkDraft(map.text, active));
      }
      if (found.length || shown) scheduleDraw();
    });
  }

  function scheduleDraw(): void {
    if (!frame && (found.length || shown)) frame = ctx.requestAnimationFrame(draw);
  }

  /** Places the marks where the words are now (after typing, scrolling, resizing). */
  function draw(): void {
    frame = 0;
    timed(DRAW_MEASURE, () => {
      const placed: PlacedWarning[] = [];
      const visible = map && found.length ? visibleArea(clippers) : null;
      if (map && visible)
        for (const { key, warning } of found) {
          const rects = textRects(map, warning.start, warning.end)
            .map((rect) => intersect(rect, visible))
            .filter((rect): rect is DOMRect => rect !== null);
          placed.push({ key, warning, rects });
        }
      // Read before the overlay writes: reading after would force a second layout.
      drawnAt = editor ? boxOf(editor.element) : '';
      if (!overlay && placed.length)
        overlay = new InlineOverlay({
          onOpen: saveCaret,
          onClose: (restore) => restore && returnToEditor(),
        });
      overlay?.render(placed);
      shown = placed.length;
    });
  }

  /** Follows the composer the agent is writing in (the app may swap it, or open a note). */
  function track(): void {
    const next = site.findReplyEditor(document);
    if (next?.element !== editor?.element) {
      stopObservingEditor?.();
      stopObservingEditor = null;
      if (editor) resizes.unobserve(editor.element);
      if (next) {
        stopObservingEditor = observeElement(next.element, check, { signal });
        resizes.observe(next.element);
        clippers = clippingAncestors(next.element);
      }
      editor = next;
      check();
    } else if (next && editor && next.mode !== editor.mode) {
      editor = next;
      check();
    } else if (editor && (found.length || shown) && boxOf(editor.element) !== drawnAt)
      scheduleDraw(); // a message arrived above, a banner opened: the editor moved
  }

  /** The caret in the editor, if it is there, to give back when the popover closes. */
  function saveCaret(): void {
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    savedCaret =
      editor && range && editor.element.contains(range.startContainer) ? range.cloneRange() : null;
  }

  function returnToEditor(): void {
    if (!editor) return;
    editor.element.focus({ preventScroll: true });
    const selection = getSelection();
    if (savedCaret && editor.element.contains(savedCaret.startContainer) && selection) {
      selection.removeAllRanges();
      selection.addRange(savedCaret);
    }
    savedCaret = null;
  }

  /** Alt+Enter in the editor: the warning at (or before) the caret, else the first one. */
  function openAtCaret(): boolean {
    if (!overlay || !shown || !map || !found.length) return false;
    const caret = caretOffset(map, getSelection()) ?? 0;
    const before = found.filter((f) => f.warning.start <= caret);
    const target = before[before.length - 1] ?? found[0]!;
    overlay.open(target.key, true);
    return true;
  }

  /** Every entry point from the page: nothing thrown here may reach the host page. */
  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (ctx.isValid) handler(...args);
      } catch (error) {
        console.warn('[Escalation Assist] inline warnings:', error);
      }
    };

  const inEditor = (event: Event) =>
    !!editor && event.target instanceof Node && editor.element.contains(event.target);

  // A composer that appears, gets focus or takes input is followed at once.
  const retrackUnlessCurrent = guard((event: Event) => {
    if (!inEditor(event)) track();
  });
  document.addEventListener('focusin', retrackUnlessCurrent, { capture: true, signal });
  document.addEventListener('beforeinput', retrackUnlessCurrent, { capture: true, signal });

  window.addEventListener(
    'keydown',
    guard((event: KeyboardEvent) => {
      if (event.key === 'Escape' && overlay?.isOpen) {
        event.preventDefault();
        event.stopPropagation(); // Escape closes the topmost thing: our popover, not the app's
        overlay.close(overlay.hasFocus); // focus still in the editor: leave the caret be
      } else if (
        event.key === 'Enter' &&
        event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.shiftKey &&
        inEditor(event) &&
        openAtCaret()
      ) {
        event.preventDefault();
        event.stopPropagation();
      }
    }),
    { capture: true, signal },
  );
  document.addEventListener(
    'pointerdown',
    guard((event: PointerEvent) => {
      const inside = event
        .composedPath()
        .some((node) => node instanceof Element && node.id === HOST_ID);
      if (overlay?.isOpen && !inside) overlay.close(false);
    }),
    { capture: true, signal },
  );
  document.addEventListener('scroll', guard(scheduleDraw), {
    capture: true,
    passive: true,
    signal,
  });
  window.addEventListener('resize', guard(scheduleDraw), { signal });
  // Anything else that moves the editor (a message arriving above it, a banner, a mode switch).
  // Typing is not among them: the editor's own observer and ResizeObserver follow it.
  observeOutside(document.body, () => editor?.element ?? null, guard(track), {
    signal,
    debounceMs: 50,
  });

  source.onSnapshot(guard((snapshot, reply) => rules.onSnapshot(snapshot, reply)));
  ctx.onInvalidated(() => {
    resizes.disconnect();
    overlay?.destroy();
    overlay = null;
  });
  track();
}
