/**
 * Plain text from a message element: block elements become line breaks, and what is not the
 * author's own words is left out (quoted history, blockquotes, signatures, hidden parts, the
 * extension's own overlay). Reads the DOM only; never writes to it.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IMG', 'SVG']);

/** Quoted history and signatures as email clients mark them. */
const QUOTED_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '.gmail_signature',
  '.yahoo_quoted',
  '#divRplyFwdMsg',
  '#appendonsend',
  '.moz-cite-prefix',
  '[data-signature]',
  '.signature',
].join(',');

const QUOTE_HEADER =
  /\n[ \t>]*(On [^\n]{1,200}wrote:|-{2,} ?Original Message ?-{2,}|From: [^\n]+\n[ \t]*(Sent|Date): )[\s\S]*$/i;
const SIGNATURE_DELIMITER = /\n-- ?\n[\s\S]*$/;

function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (SKIP.has(element.tagName) || element.matches(QUOTED_SELECTOR)) return;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return;
  if (element.tagName === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(element.tagName);
  if (block) out.push('\n');
  for (const child of Array.from(element.childNodes)) walk(child, out);
  if (block) out.push('\n');
}

/** Collapses spaces, trims lines, keeps at most one blank line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function stripQuotedText(text: string): string {
  return tidy(`\n${text}`.replace(QUOTE_HEADER, '').replace(SIGNATURE_DELIMITER, ''));
}

/** The author's own words in a message body element, as plain text. */
export function messageText(element: Element): string {
  const out: string[] = [];
  walk(element, out);
  return stripQuotedText(tidy(out.join('')));
}

/** Plain text of any element (headers, sidebar values), whitespace collapsed. */
export function plainText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
