/**
 * The editor's text with a map back to its DOM: one walk produces both, so a warning's offsets
 * always land on the words it is about. Block elements and <br> count as line breaks, so words
 * on two lines never run together into one phrase. Reads only.
 */

export interface TextMap {
  text: string;
  /** Text nodes with the offset of their first character in `text`, in document order. */
  nodes: { node: Text; start: number }[];
}

const BLOCK = /^(DIV|P|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL|TR)$/;

export function readEditor(root: Node): TextMap {
  // Parts joined once at the end: asking a growing string for its last character would flatten
  // it at every block, which costs a 2 KB draft more than the whole phrase check.
  const parts: string[] = [];
  let length = 0;
  let endsLine = true;
  const nodes: TextMap['nodes'] = [];
  const lineBreak = () => {
    if (endsLine) return;
    parts.push('\n');
    length++;
    endsLine = true;
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data;
      if (value.length) {
        nodes.push({ node: node as Text, start: length });
        parts.push(value);
        length += value.length;
        endsLine = value.endsWith('\n');
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName;
    if (tag === 'BR') return lineBreak();
    const block = BLOCK.test(tag);
    if (block) lineBreak();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) lineBreak();
  };
  walk(root);
  // Same length: offsets stay valid. Non-breaking spaces are spaces to the phrase matcher.
  return { text: parts.join('').replace(/\u00a0/g, ' '), nodes };
}

/** One text node's share of a span of the mapped text. */
export interface Segment {
  node: Text;
  from: number;
  to: number;
}

/** The first text node ending after `offset`. */
function firstNodeAfter(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const { node, start } = map.nodes[mid]!;
    if (start + node.data.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The text nodes (and the part of each) covering [start, end) of the mapped text. Empty when the
 * DOM moved on since the map was read (a node left the document).
 */
export function segmentsOf(map: TextMap, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  for (let i = firstNodeAfter(map, start); i < map.nodes.length; i++) {
    const { node, start: at } = map.nodes[i]!;
    if (at >= end) break;
    if (!node.isConnected) return [];
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + node.data.length) - at;
    if (to > from) segments.push({ node, from, to });
  }
  return segments;
}

/** The caret's offset in the mapped text, or null when the caret is not in a mapped text node. */
export function caretOffset(map: TextMap, selection: Selection | null): number | null {
  if (!selection || selection.rangeCount === 0) return null;
  const { focusNode, focusOffset } = selection;
  const entry = map.nodes.find((n) => n.node === focusNode);
  return entry ? entry.start + focusOffset : null;
}
