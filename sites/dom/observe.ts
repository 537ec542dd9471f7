/**
 * The one DOM-observation helper: a debounced MutationObserver plus single-page-app navigation,
 * stopped by an AbortSignal. A burst of app re-renders costs one read: `onChange` runs once the
 * page has been quiet for `debounceMs`, and never later than `maxWaitMs` after the first change
 * (so a clock or spinner that mutates all the time cannot hold a reading back). Given an element
 * to tell apart (the reply editor), `onChange` also hears whether the burst changed anything
 * outside it, or only what is inside it (typing).
 */

export interface ObserveOptions {
  signal: AbortSignal;
  debounceMs: number;
  /** Longest wait from the first change of a burst to `onChange`; `debounceMs * 2` by default. */
  maxWaitMs?: number;
  /** Whether a batch of mutations matters (every batch by default); navigation always does. */
  relevant?: (records: readonly MutationRecord[]) => boolean;
  /**
   * The element whose content changes are told apart from the rest of the page (the reply
   * editor, or null when there is none): see `PageChange.outside`.
   */
  inside?: () => Node | null;
}

/** What one burst of changes was. */
export interface PageChange {
  /**
   * Something outside `inside` changed, or the page navigated; false when every change was
   * inside it. Always true without `inside`.
   */
  outside: boolean;
}

/**
 * Whether a batch holds a change outside `inside`. The element added, removed or restyled
 * counts; its content changing does not. A node that left the page since (a text node the editor
 * re-rendered away) counts through the record of its removal, whose target is still on the page.
 * No element: every change is outside.
 */
export function changedOutside(records: readonly MutationRecord[], inside: Node | null): boolean {
  return records.some(
    (r) =>
      !inside ||
      (r.target === inside
        ? r.type === 'attributes'
        : r.target.isConnected && !inside.contains(r.target)),
  );
}

/** How often to compare `location.href` where the Navigation API is missing. */
const URL_POLL_MS = 200;

export function observePage(
  root: Node,
  onChange: (change: PageChange) => void,
  { signal, debounceMs, maxWaitMs = debounceMs * 2, relevant, inside }: ObserveOptions,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart = 0;
  /** Whether the burst so far changed anything outside `inside`. */
  let outside = false;
  const fire = () => {
    timer = undefined;
    const change = { outside };
    outside = false;
    onChange(change);
  };
  const schedule = () => {
    const now = performance.now();
    if (timer === undefined) burstStart = now;
    else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - now)));
  };
  /** Navigation, or a change that is not only inside `inside`. */
  const scheduleOutside = () => {
    outside = true;
    schedule();
  };
  const observer = new MutationObserver((records) => {
    if (relevant && !relevant(records)) return;
    // Once a burst has changed something outside, the rest of it need not be looked at.
    if (!outside) outside = !inside || changedOutside(records, inside());
    schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'class'],
  });
  // SPA navigation: the router changes the URL before (or without) re-rendering, and a content
  // script cannot wrap the page's own history.pushState (it runs in another JS world).
  window.addEventListener('popstate', scheduleOutside, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', scheduleOutside, { signal });
  } else {
    let href = location.href;
    poll = setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      scheduleOutside();
    }, URL_POLL_MS);
  }
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
    },
    { once: true },
  );
}

/**
 * Says once, on the console, when a field's place is on the page but the field is not (the
 * sidebar is open but the email is not found in it: the app changed its markup), never on every
 * mutation and never because a ticket simply lacks the data. A field must stay that way for
 * `confirmMs` first, so a widget that is still loading is not taken for a changed layout. The
 * panel hears of it through the reading report's notes.
 */
export class SelectorWatch {
  private readonly warned = new Set<string>();
  /** Fields seen changed and not yet warned about, with when they were first seen so. */
  private readonly pending = new Map<string, number>();

  constructor(
    private readonly siteName: string,
    private readonly describe: (field: string) => string = (field) => field,
    private readonly confirmMs = 1000,
  ) {}

  /** The ticket the pending fields were seen on. */
  private ticketKey: string | null = null;

  /**
   * Records one reading's changed fields at time `now`. Returns true while some field waits for
   * confirmation: call again after `confirmMs` with a fresh reading. A field must look changed
   * on one ticket for the whole wait: moving to another ticket starts the wait again, so a widget
   * caught mid-render during the move is never taken for a changed layout.
   */
  update(ticketKey: string | null, layoutChanged: readonly string[], now: number): boolean {
    if (ticketKey !== this.ticketKey) {
      this.ticketKey = ticketKey;
      this.pending.clear();
    }
    for (const field of [...this.pending.keys()])
      if (!layoutChanged.includes(field)) this.pending.delete(field);
    const confirmed: string[] = [];
    for (const field of layoutChanged) {
      if (this.warned.has(field)) continue;
      const since = this.pending.get(field);
      if (since === undefined) this.pending.set(field, now);
      else if (now - since >= this.confirmMs) {
        this.pending.delete(field);
        this.warned.add(field);
        confirmed.push(field);
      }
    }
    if (confirmed.length) {
      const them = confirmed.length === 1 ? 'it' : 'them';
      console.warn(
        `[Escalation Assist] ${this.siteName}: ${confirmed.map(this.describe).join(', ')} could not be found where the page shows ${them}; the app's layout may have changed. Reading goes on without ${them}.`,
      );
    }
    return this.pending.size > 0;
  }
}

/**
 * The same helper for one element that must be followed keystroke by keystroke (the reply
 * editor): not debounced, text and structure only. `onChange` runs in the microtask after each
 * burst of mutations, before the browser paints. Returns a function that stops observing.
 */
export function observeElement(
  element: Node,
  onChange: () => void,
  { signal }: Pick<ObserveOptions, 'signal'>,
): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  return () => {
    stop();
    signal.removeEventListener('abort', stop);
  };
}
