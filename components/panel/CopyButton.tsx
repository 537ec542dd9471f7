import { copyText, useCopyStatus } from './copy';

/** Copies text and says so visibly (and to screen readers) for two seconds. */
export function CopyButton({
  id,
  text,
  label,
  className,
  shortcut,
}: {
  /** What is copied, e.g. `note`; the keyboard shortcut confirms on the button with its id. */
  id: string;
  text: string;
  label: string;
  className?: string;
  /** The keyboard shortcut that does the same: shown, and given to assistive technology. */
  shortcut?: { label: string; aria: string };
}) {
  const status = useCopyStatus((s) => s.status[id] ?? 'idle');
  return (
    <>
      <button
        type="button"
        className={className ?? 'copy'}
        onClick={() => void copyText(id, text)}
        data-state={status}
        data-copy={id}
        aria-keyshortcuts={shortcut?.aria}
      >
        <span aria-hidden="true">{status === 'copied' ? '✓ ' : ''}</span>
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed' : label}
        {shortcut && status === 'idle' ? (
          <kbd className="shortcut" aria-hidden="true">
            {shortcut.label}
          </kbd>
        ) : null}
      </button>
      <span className="visually-hidden" role="status">
        {status === 'copied'
          ? `${label}: copied to the clipboard`
          : status === 'failed'
            ? `${label}: the clipboard refused it`
            : ''}
      </span>
    </>
  );
}
