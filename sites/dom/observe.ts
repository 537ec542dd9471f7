/**
 * The one DOM-observation helper: a debounced MutationObserver plus single-page-app navigation,
 * stopped by an AbortSignal. Reading is deferred to idle-ish time (a short debounce) so a burst
 * of app re-renders costs one read.
 */

export interface ObserveOptions {
  signal: AbortSignal;
  debounceMs: number;
}

export function observePage(
  root: Node,
  onChange: () => void,
  { signal, debounceMs }: ObserveOptions,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value', 'class'],
  });
  // SPA navigation: history changes fire no mutation of their own in some apps.
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('wxt:locationchange', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * Says once, on the console, when a field that used to be read stops being found (the app
 * changed its markup), and once more when it comes back; never on every mutation.
 */
export class SelectorWatch {
  private readonly lost = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(private readonly siteName: string) {}

  update(found: readonly string[], missing: readonly string[]): string[] {
    const newlyLost: string[] = [];
    for (const field of found) {
      this.seen.add(field);
      this.lost.delete(field);
    }
    for (const field of missing) {
      if (this.seen.has(field) && !this.lost.has(field)) {
        this.lost.add(field);
        newlyLost.push(field);
        console.warn(
          `[Escalation Assist] ${this.siteName}: "${field}" is no longer found on the page; the app's layout may have changed.`,
        );
      }
    }
    return [...this.lost];
  }
}
