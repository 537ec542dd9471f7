/**
 * One-click copy with a visible confirmation. The status lives in a small store keyed by what
 * was copied, so the keyboard shortcut and the button it stands for confirm in the same place.
 */
import { create } from 'zustand';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on the button. */
export const COPY_CONFIRM_MS = 2000;

interface CopyStore {
  status: Record<string, CopyStatus>;
  set(id: string, status: CopyStatus): void;
}

export const useCopyStatus = create<CopyStore>((set, get) => ({
  status: {},
  set(id, status) {
    set({ status: { ...get().status, [id]: status } });
  },
}));

const timers = new Map<string, ReturnType<typeof setTimeout>>();

/** Writes `text` to the clipboard and marks `id` copied (or failed) for a moment. */
export async function copyText(id: string, text: string): Promise<boolean> {
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
  }
  useCopyStatus.getState().set(id, ok ? 'copied' : 'failed');
  clearTimeout(timers.get(id));
  timers.set(
    id,
    setTimeout(() => useCopyStatus.getState().set(id, 'idle'), COPY_CONFIRM_MS),
  );
  return ok;
}
