/**
 * Plain text from a message element: block elements become line breaks, table cells are kept
 * apart, and what is not the author's own words is left out (quoted history, signatures, hidden
 * parts such as email preheaders). Reads text nodes only, so markup a customer typed ("<b>")
 * stays literal text and nothing is ever parsed as HTML. Never writes to the DOM.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DIV',
  'DL',
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
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'UL',
]);
/** List items and table rows: one line each, no blank line between them. */
const LINE = new Set(['DD', 'DT', 'LI', 'TR']);
/** Cells of one table row stay on one line, a space apart ("Order #10442 $249.00"). */
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IMG',
  'SVG',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'OBJECT',
]);

/** Placeholder text editors draw inside themselves while empty: never the agent's words. */
const EDITOR_PLACEHOLDER_SELECTOR = [
  '[data-slate-placeholder]', // Slate's placeholder text, drawn inside an empty editor
  '.public-DraftEditorPlaceholder-root', // Draft.js placeholder ("Click here to reply")
].join(',');

/** Signatures and inline quotes as email clients mark them: left out, reading goes on after. */
const SKIPPED_SELECTOR = [
  'blockquote', // every client's quoted text (Gmail, Apple Mail type=cite, Thunderbird)
  '.gmail_signature', // Gmail signature
  '[data-smartmail="gmail_signature"]', // Gmail signature, newer attribute
  '.moz-signature', // Thunderbird signature
  '#Signature', // Outlook on the web signature
  '#ms-outlook-mobile-signature', // Outlook mobile ("Get Outlook for iOS")
  '[data-signature]', // helpdesk-rendered signature blocks
  '.signature', // generic signature class
  EDITOR_PLACEHOLDER_SELECTOR,
].join(',');

/**
 * Where quoted history begins in the markup: this element and everything after it in the
 * message is history (Outlook puts the old message after its header, as siblings).
 */
const HISTORY_SELECTOR = [
  '.gmail_quote', // Gmail: "On … wrote:" and the quoted message
  '.gmail_quote_container', // Gmail, newer wrapper
  '#divRplyFwdMsg', // Outlook on the web: the From/Sent header of the quoted message
  '[id$="_divRplyFwdMsg"]', // same, re-id'd by a forwarder ("x_divRplyFwdMsg")
  '#appendonsend', // Outlook on the web: marker before the quoted message
  '#mail-editor-reference-message-container', // new Outlook: the quoted message
  '.OutlookMessageHeader', // Outlook for Mac header
  '.moz-cite-prefix', // Thunderbird: "On … wrote:"
  '.yahoo_quoted', // Yahoo Mail
  'div[style*="border-top:solid #E1E1E1"]', // Outlook desktop: the ruled From/Sent header
  'div[style*="border-top: solid #E1E1E1"]', // same, other spacing
  'div[style*="border-top:solid #B5C4DF"]', // Outlook 2010 header rule
].join(',');

/** Inline styles that hide an element from the agent too (email preheaders, tracking text). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Plain-text reply headers: from here on the text is quoted history. */
const HISTORY_HEADERS = [
  // "On Mon, Nov 16, 2026 at 9:00 AM Sam <sam@x.com> wrote:", possibly wrapped onto two lines
  /^[ \t>]*On\b[^\n]{0,200}\d[^\n]{0,200}(?:\n[^\n]{0,120})?\bwrote:[ \t]*$/m,
  /^[ \t>]*Le\b[^\n]{0,200}\d[^\n]{0,200}(?:\n[^\n]{0,120})?a écrit ?:[ \t]*$/m, // French
  /^[ \t>]*Am\b[^\n]{0,200}\d[^\n]{0,200}(?:\n[^\n]{0,120})?schrieb[^\n]{0,120}:[ \t]*$/m, // German
  /^[ \t>]*El\b[^\n]{0,200}\d[^\n]{0,200}(?:\n[^\n]{0,120})?escribió:[ \t]*$/m, // Spanish
  /^[ \t]*-{2,} ?Original Message ?-{2,}/im, // Outlook plain text, older clients
  /^[ \t]*_{10,}[ \t]*\n[ \t]*From: /m, // Outlook plain text: a rule, then the header
  /^[ \t*]*From:[ \t*]+[^\n]+\n[ \t*]*(?:Sent|Date):[ \t*]/m, // Outlook / Apple header block
];

/** Signature openers: from this line on, the text is the sender's signature. */
const SIGNATURE_STARTS = [
  /^-- ?$/m, // the standard "-- " delimiter (and "--" without its space)
  /^(?:Sent from my [^\n]{1,40}|Sent from (?:Outlook|Yahoo Mail|Mail for Windows)[^\n]{0,40}|Get Outlook for [^\n]{1,30})$/m,
];

/** Invisible characters that only get in the way of matching: zero-width space, BOM, soft hyphen, word joiner. */
const INVISIBLE = /[\u200B\uFEFF\u00AD\u2060]/g;

function hidden(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The elements of a body that start quoted history, and those left out (quotes, signatures). */
interface Marked {
  history: ReadonlySet<Element>;
  skipped: ReadonlySet<Element>;
}

/**
 * Finds the marked elements once per body (two selector queries) instead of matching every
 * element against both lists on the walk: a 200-message thread has thousands of elements.
 */
function markedIn(nodes: readonly Node[]): Marked {
  const history = new Set<Element>();
  const skipped = new Set<Element>();
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.matches(HISTORY_SELECTOR)) history.add(element);
    else if (element.matches(SKIPPED_SELECTOR)) skipped.add(element);
    element.querySelectorAll(HISTORY_SELECTOR).forEach((e) => history.add(e));
    element.querySelectorAll(SKIPPED_SELECTOR).forEach((e) => skipped.add(e));
  }
  return { history, skipped };
}

/** Appends the text under `node` to `out`; returns false once quoted history begins. */
function walk(node: Node, out: string[], marked: Marked): boolean {
  if (node.nodeType === 3) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return true;
  }
  if (node.nodeType !== 1) return true;
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIP.has(tag) || hidden(element)) return true;
  if (marked.history.has(element)) return false;
  if (marked.skipped.has(element)) return true;
  if (tag === 'BR') {
    out.push('\n');
    return true;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (let child = element.firstChild; child; child = child.nextSibling)
    if (!walk(child, out, marked)) return false;
  if (block || LINE.has(tag)) out.push('\n');
  else if (CELL.has(tag)) out.push(' ');
  return true;
}

/** Collapses spaces, trims lines, keeps at most one blank line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts `text` at the earliest match of any pattern. */
function cutAtFirst(text: string, patterns: readonly RegExp[]): string {
  let end = text.length;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && match.index < end) end = match.index;
  }
  return text.slice(0, end);
}

/**
 * The author's own words of a plain-text message: quoted history ("On … wrote:", Outlook's
 * From/Sent block, "> " lines) and the signature are cut.
 */
export function stripQuotedText(text: string): string {
  const own = cutAtFirst(text, HISTORY_HEADERS)
    .split('\n')
    .filter((line) => !/^[ \t]*>/.test(line))
    .join('\n');
  return tidy(cutAtFirst(own, SIGNATURE_STARTS));
}

/** Unicode clean-up every reading gets: one normal form, no invisible characters. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/**
 * The author's own words in a message body, as plain text: one element, or the run of sibling
 * nodes that make up the body (quoted history in one ends the whole message).
 */
export function messageText(body: Node | readonly Node[]): string {
  const nodes = Array.isArray(body) ? body : [body as Node];
  const marked = markedIn(nodes);
  const out: string[] = [];
  for (const node of nodes) if (!walk(node, out, marked)) break;
  return stripQuotedText(tidy(normalizeText(out.join(''))));
}

/**
 * The text of an editor, as typed: each block (a Draft.js block, a Slate paragraph) one line,
 * nothing stripped as history, placeholders left out. Lines break as the inline warnings'
 * reading of the same editor breaks them, so both see one text.
 */
export function editorText(element: Element): string {
  let text = '';
  const lineBreak = () => {
    if (text.length && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      // Whitespace with a line break between blocks is markup formatting, not typed text.
      if (!/^\s*\n\s*$/.test(node.nodeValue ?? '')) text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (SKIP.has(tag) || child.matches(EDITOR_PLACEHOLDER_SELECTOR)) return;
    if (tag === 'BR') return lineBreak();
    const block = BLOCK.has(tag) || LINE.has(tag);
    if (block) lineBreak();
    for (let next = child.firstChild; next; next = next.nextSibling) visit(next);
    if (block) lineBreak();
  };
  for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
  return normalizeText(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Plain text of any element (headers, sidebar values), whitespace collapsed. */
export function plainText(element: Element | null | undefined): string {
  return normalizeText(element?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
