import { CopyButton } from './CopyButton';
import { Section } from './Section';

/** The escalation note, editable before copying, and the Escalation Tracker row. */
export function NotePanel({
  note,
  edited,
  trackerRow,
  onEdit,
  onReset,
}: {
  note: string;
  edited: boolean;
  trackerRow: string;
  onEdit: (note: string) => void;
  onReset: () => void;
}) {
  return (
    <Section
      id="note"
      title="Escalation note"
      aside={
        <kbd className="shortcut" title="Copies the note">
          Ctrl+Shift+C
        </kbd>
      }
    >
      <label htmlFor="note-text" className="visually-hidden">
        Escalation note
      </label>
      <textarea
        id="note-text"
        value={note}
        rows={14}
        spellCheck
        onChange={(e) => onEdit(e.target.value)}
      />
      <div className="actions">
        <CopyButton text={note} label="Copy note" className="copy primary" />
        <CopyButton text={trackerRow} label="Copy tracker row" />
        {edited ? (
          <button type="button" className="link" onClick={onReset}>
            Undo my edits
          </button>
        ) : null}
      </div>
    </Section>
  );
}
