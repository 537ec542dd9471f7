import { useEffect, useState } from 'react';

/** Copies text and says so visibly (and to screen readers) for two seconds. */
export function CopyButton({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <button type="button" className={className ?? 'copy'} onClick={copy} data-state={state}>
      <span aria-hidden="true">{state === 'copied' ? '✓ ' : ''}</span>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied' ? `${label}: copied to the clipboard` : ''}
      </span>
    </button>
  );
}
