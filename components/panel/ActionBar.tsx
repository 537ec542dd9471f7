import { CopyButton } from './CopyButton';

/** The two copies an escalation needs, kept at the bottom of the panel however far it scrolls. */
export function ActionBar({
  note,
  trackerRow,
  shortcut,
}: {
  note: string;
  trackerRow: string;
  shortcut: { label: string; aria: string };
}) {
  return (
    <div className="action-bar" role="group" aria-label="Copy">
      <CopyButton
        id="note"
        text={note}
        label="Copy note"
        className="copy primary"
        shortcut={shortcut}
      />
      <CopyButton id="tracker" text={trackerRow} label="Copy tracker row" />
    </div>
  );
}
