/**
 * Where marked words are on screen. Only text line boxes count (a Range's own client rects also
 * include whole element boxes, which would paint a mark across a full Draft.js block), and only
 * the part visible through the editor and every scrolling box around it.
 */
import { segmentsOf, type TextMap } from './editor-text';

/** The editor and its ancestors that clip their content (overflow other than visible). */
export function clippingAncestors(element: Element): Element[] {
  const clippers: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node === document.documentElement || node === document.body) break;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.push(node);
  }
  return clippers;
}

export function intersect(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** The viewport cut by each clipping box's padding box; null when nothing of it shows. */
export function visibleArea(clippers: readonly Element[]): DOMRect | null {
  let area: DOMRect | null = new DOMRect(0, 0, innerWidth, innerHeight);
  for (const clipper of clippers) {
    if (!area) break;
    const box = clipper.getBoundingClientRect();
    // clientLeft/Top are the borders; clientWidth/Height leave the scrollbars out.
    const inner = new DOMRect(
      box.left + clipper.clientLeft,
      box.top + clipper.clientTop,
      clipper.clientWidth || box.width,
      clipper.clientHeight || box.height,
    );
    area = intersect(area, inner);
  }
  return area;
}

/** Line boxes of [start, end) of the mapped text, merged per line, in reading order. */
export function textRects(map: TextMap, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  const range = document.createRange();
  for (const { node, from, to } of segmentsOf(map, start, end)) {
    range.setStart(node, from);
    range.setEnd(node, to);
    for (const rect of Array.from(range.getClientRects()))
      if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return mergeLines(rects);
}

/** Adjacent boxes on one line (a phrase across styled spans) become one. */
function mergeLines(rects: DOMRect[]): DOMRect[] {
  const merged: DOMRect[] = [];
  for (const rect of rects) {
    const last = merged[merged.length - 1];
    const sameLine =
      last && Math.abs(last.top - rect.top) < 2 && Math.abs(last.bottom - rect.bottom) < 2;
    if (last && sameLine && rect.left <= last.right + 1 && rect.right >= last.left - 1) {
      const left = Math.min(last.left, rect.left);
      const right = Math.max(last.right, rect.right);
      merged[merged.length - 1] = new DOMRect(left, last.top, right - left, last.height);
    } else merged.push(rect);
  }
  return merged;
}
