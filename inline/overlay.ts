/**
 * The layer inline warnings are drawn in: a fixed host under <body> with its own shadow root, so
 * neither the app's styles nor its re-renders touch it, and the app's editor is never modified.
 * Marks underline the breaking words; a small button after each opens a popover with the SOP
 * rule, the reason and the safer wording to copy.
 *
 * Elements are kept between draws (only their positions change), so a focused button keeps its
 * focus while the agent scrolls, and typing never rebuilds an open popover.
 */
import type { DraftWarning } from '../policy/contract';

export const HOST_ID = 'escalation-assist-inline';

/** The shortcut that opens the popover of the warning at the caret. */
export const OPEN_SHORTCUT = 'Alt+Enter';

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483645; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c2330; }
.mark { position: fixed; box-sizing: border-box; border-bottom: 2px solid #c8102e; background: rgba(200, 16, 46, 0.10); border-radius: 2px 2px 0 0; }
.flag { position: fixed; pointer-events: auto; width: 18px; height: 18px; border-radius: 9px; border: 1px solid #fff; background: #c8102e; color: #fff;
  font: 700 11px/16px system-ui, sans-serif; text-align: center; padding: 0; margin: 0; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
.flag:hover { background: #a00d25; }
.flag:focus-visible, .popover button:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.popover { position: fixed; pointer-events: auto; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); background: #fff; color: #1c2330;
  border: 1px solid #d9dee5; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.popover h2 { font-size: 13px; font-weight: 650; margin: 0 0 4px; color: #a00d25; }
.popover p { margin: 4px 0; }
.popover .label { font-weight: 600; margin-top: 8px; }
.popover .instead { background: #f3f5f8; border-radius: 6px; padding: 6px 8px; margin-top: 2px; }
.popover .actions { display: flex; gap: 8px; margin-top: 8px; align-items: center; }
.popover button { font: inherit; border: 1px solid #c5ccd6; background: #f6f7f9; color: inherit; border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.popover button.primary { background: #1f5fbf; border-color: #1f5fbf; color: #fff; }
.popover .hint { color: #5b6574; font-size: 12px; margin-left: auto; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .popover { background: #1e232a; color: #e7ebf0; border-color: #343b45; }
  .popover h2 { color: #ff8a9c; }
  .popover .instead, .popover button { background: #15181d; border-color: #3c4450; }
  .popover .hint { color: #a4adba; }
}
`;

/** The contract's reply rules (policy-contract.md, section 5). */
const RULE_TITLES: Record<string, string> = {
  refund_commitment: 'Refund promised before approval',
  replacement_commitment: 'Replacement promised before approval',
  best_of_my_abilities: '“Best of my abilities” language',
};

export interface PlacedWarning {
  /** Stable while the text stands: which popover is open survives edits elsewhere. */
  key: string;
  warning: DraftWarning;
  /** Where its words are on screen, already clipped to what is visible. */
  rects: DOMRect[];
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where each node was last put: a keystroke that moves no mark writes no style. */
const placedAt = new WeakMap<HTMLElement, string>();

function place(node: HTMLElement, left: number, top: number, width?: number, height?: number) {
  const box = [left, top, width ?? -1, height ?? -1].map(Math.round);
  const key = box.join(',');
  if (placedAt.get(node) === key) return;
  placedAt.set(node, key);
  node.style.left = `${box[0]}px`;
  node.style.top = `${box[1]}px`;
  if (width !== undefined) node.style.width = `${box[2]}px`;
  if (height !== undefined) node.style.height = `${box[3]}px`;
}

/** An attribute written only when it changes (each write is a style invalidation). */
function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Puts text on the clipboard; the textarea route covers pages whose permissions refuse it. */
async function copyText(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = element('textarea', 'sr-only');
    area.value = text;
    shadow.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

export interface OverlayEvents {
  /** A popover is about to open (before focus may move into it). */
  onOpen(): void;
  /** The agent asked to close the popover: focus goes back to the editor. */
  onClose(restoreFocus: boolean): void;
}

export class InlineOverlay {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly status: HTMLElement;
  private readonly marks: HTMLElement[] = [];
  private readonly flags = new Map<string, HTMLButtonElement>();
  private popover: { key: string; box: HTMLElement; copy: HTMLButtonElement } | null = null;
  private openKey: string | null = null;
  private placed: PlacedWarning[] = [];
  private announced = 0;

  constructor(private readonly events: OverlayEvents) {
    document.getElementById(HOST_ID)?.remove(); // a previous instance of this script
    this.host = document.createElement('div');
    this.host.id = HOST_ID;
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.adoptStyle();
    this.layer = element('div', 'layer');
    this.status = element('div', 'sr-only');
    this.status.setAttribute('role', 'status');
    this.layer.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.shadow.append(this.layer, this.status);
    this.attach();
  }

  /** Constructed sheets are outside the page's style-src CSP; a <style> is the fallback. */
  private adoptStyle(): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      this.shadow.adoptedStyleSheets = [sheet];
    } catch {
      this.shadow.append(element('style', '', STYLE));
    }
  }

  /** Back under <body> if the app replaced the body's children. */
  private attach(): void {
    if (!this.host.isConnected) document.body.append(this.host);
  }

  get isOpen(): boolean {
    return this.openKey !== null;
  }

  /** Focus is on one of the overlay's own controls. */
  get hasFocus(): boolean {
    return this.shadow.activeElement !== null;
  }

  render(placed: PlacedWarning[]): void {
    this.attach();
    this.placed = placed;
    if (this.openKey && !placed.some((p) => p.key === this.openKey)) this.close(false);
    let used = 0;
    const liveFlags = new Set<string>();
    for (const item of placed) {
      for (const rect of item.rects) this.placeMark(used++, item, rect);
      const last = item.rects[item.rects.length - 1];
      if (!last) continue;
      liveFlags.add(item.key);
      this.placeFlag(item, last);
      if (this.openKey === item.key) this.placePopover(item, last);
    }
    for (const mark of this.marks.splice(used)) mark.remove();
    for (const [key, flag] of this.flags)
      if (!liveFlags.has(key)) {
        flag.remove();
        this.flags.delete(key);
      }
    if (this.popover && !liveFlags.has(this.popover.key)) this.popover.box.hidden = true;
    setAttr(this.host, 'data-warnings', String(placed.length));
    this.announce(placed.length);
  }

  /** Opens the popover of one warning; from the keyboard, focus moves into it. */
  open(key: string, focus: boolean): void {
    this.events.onOpen();
    this.openKey = key;
    this.render(this.placed);
    this.syncExpanded();
    if (focus) this.popover?.copy.focus({ preventScroll: true });
  }

  close(restoreFocus: boolean): void {
    if (!this.openKey) return;
    this.openKey = null;
    this.popover?.box.remove();
    this.popover = null;
    this.syncExpanded();
    this.events.onClose(restoreFocus);
  }

  destroy(): void {
    this.host.remove();
  }

  private syncExpanded(): void {
    for (const [key, flag] of this.flags)
      setAttr(flag, 'aria-expanded', String(key === this.openKey));
  }

  private announce(count: number): void {
    if (count === this.announced) return;
    this.announced = count;
    this.status.textContent = count
      ? `Escalation Assist: ${count === 1 ? 'one phrase' : `${count} phrases`} in your reply ${count === 1 ? 'breaks' : 'break'} a reply rule. ${OPEN_SHORTCUT} explains.`
      : '';
  }

  private placeMark(index: number, item: PlacedWarning, rect: DOMRect): void {
    let mark = this.marks[index];
    if (!mark) {
      mark = element('div', 'mark');
      this.marks.push(mark);
      this.layer.append(mark);
    }
    setAttr(mark, 'data-rule', item.warning.id);
    setAttr(mark, 'data-text', item.warning.text);
    place(mark, rect.left, rect.top, rect.width, rect.height);
  }

  private placeFlag(item: PlacedWarning, last: DOMRect): void {
    let flag = this.flags.get(item.key);
    if (!flag) {
      flag = element('button', 'flag', '!');
      flag.type = 'button';
      flag.setAttribute('aria-haspopup', 'dialog');
      flag.setAttribute('aria-expanded', 'false');
      // Keeps the editor's focus and caret when the agent clicks the flag.
      flag.addEventListener('mousedown', (event) => event.preventDefault());
      const key = item.key;
      flag.addEventListener('click', (event) => {
        if (this.openKey === key) this.close(false);
        else this.open(key, event.detail === 0); // detail 0: Enter or Space, not a mouse click
      });
      this.flags.set(key, flag);
      this.layer.append(flag);
    }
    setAttr(flag, 'data-rule', item.warning.id);
    setAttr(
      flag,
      'aria-label',
      `“${item.warning.text}”: ${RULE_TITLES[item.warning.id] ?? 'breaks a reply rule'}`,
    );
    place(flag, Math.min(last.right + 2, innerWidth - 20), Math.max(0, last.top - 9));
  }

  private buildPopover(item: PlacedWarning): NonNullable<InlineOverlay['popover']> {
    const { warning } = item;
    const title = RULE_TITLES[warning.id] ?? 'This breaks a reply rule';
    const box = element('div', 'popover');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', title);
    box.setAttribute('data-rule', warning.id);
    const quote = element('p', '');
    quote.append(element('strong', '', `“${warning.text}”`));
    const actions = element('div', 'actions');
    const copy = element('button', 'primary', 'Copy safer wording');
    copy.type = 'button';
    copy.addEventListener('click', () => {
      void copyText(warning.instead, this.shadow).then((ok) => {
        copy.textContent = ok ? 'Copied ✓' : 'Copy failed: select the text';
        this.status.textContent = ok ? 'Safer wording copied.' : 'Could not copy.';
      });
    });
    const close = element('button', '', 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.close(true));
    actions.append(copy, close, element('span', 'hint', 'Esc closes'));
    box.append(
      element('h2', '', title),
      quote,
      element('p', 'why', warning.why),
      element('p', 'label', 'Say instead:'),
      element('p', 'instead', warning.instead),
      actions,
    );
    this.layer.append(box);
    return { key: item.key, box, copy };
  }

  private placePopover(item: PlacedWarning, last: DOMRect): void {
    if (this.popover?.key !== item.key) {
      this.popover?.box.remove();
      this.popover = this.buildPopover(item);
    }
    const { box } = this.popover;
    box.hidden = false;
    const height = box.offsetHeight || 200;
    const width = box.offsetWidth || 320;
    const below = last.bottom + 8;
    const top = below + height > innerHeight - 8 ? Math.max(8, last.top - height - 8) : below;
    const left = Math.max(8, Math.min(last.left, innerWidth - width - 8));
    place(box, left, top);
  }

  /** Tab stays inside the open popover; Escape is handled at the document (see index.ts). */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.popover) return;
    const buttons = Array.from(this.popover.box.querySelectorAll('button'));
    const index = buttons.indexOf(this.shadow.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = (index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
    buttons[next]!.focus();
  }
}
