import { Section } from './Section';
import { TRACKER_COLUMNS } from './summary';

/**
 * The escalation note, editable before copying (edits stay with the ticket), and what the
 * Escalation Tracker row holds. The copy buttons are in the action bar, always in reach.
 */
export function NotePanel({
  note,
  edited,
  stale,
  trackerCells,
  signed,
  shortcut,
  onEdit,
  onReset,
  onSettings,
}: {
  note: string;
  /** The agent changed the note. */
  edited: boolean;
  /** …and the evaluation changed since, so the edited note may say something no longer true. */
  stale: boolean;
  trackerCells: string[];
  /** The agent's name is set, so the note is signed. */
  signed: boolean;
  shortcut: string;
  onEdit: (note: string) => void;
  onReset: () => void;
  onSettings?: () => void;
}) {
  return (
    <Section
      id="note"
      title="Escalation note"
      aside={<span className="muted small">{edited ? 'Edited' : 'Prefilled'}</span>}
    >
      <label htmlFor="note-text" className="visually-hidden">
        Escalation note
      </label>
      <textarea
        id="note-text"
        value={note}
        rows={12}
        spellCheck
        aria-describedby="note-help"
        onChange={(e) => onEdit(e.target.value)}
      />
      <p id="note-help" className="muted small">
        Edit it here if you like; {shortcut} copies it from anywhere in the panel.
        {!signed ? (
          <>
            {' '}
            Add your name in{' '}
            {onSettings ? (
              <button type="button" className="link" onClick={onSettings}>
                Settings
              </button>
            ) : (
              'Settings'
            )}{' '}
            to sign it.
          </>
        ) : null}
      </p>
      {edited ? (
        <div className={`note-edited${stale ? ' stale' : ''}`} role={stale ? 'status' : undefined}>
          {stale ? (
            <p className="small">
              The ticket&rsquo;s evaluation changed after you edited the note: check it, or start
              again from the new one.
            </p>
          ) : null}
          <button type="button" className="link small" onClick={onReset}>
            {stale ? 'Use the new note' : 'Undo my edits'}
          </button>
        </div>
      ) : null}
      <details className="tracker-preview" data-testid="tracker-preview">
        <summary>What the tracker row holds</summary>
        <dl>
          {TRACKER_COLUMNS.map((column, i) => (
            <div key={column}>
              <dt>{column}</dt>
              <dd>{trackerCells[i]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Section>
  );
}
