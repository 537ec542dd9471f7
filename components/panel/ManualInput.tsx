import type { Policy } from '../../policy/index';

/** Manual mode: the customer's message pasted by the agent, evaluated like a page. */
export function ManualInput({
  text,
  brand,
  brands,
  onChange,
  onClose,
}: {
  text: string;
  brand: string;
  brands: Policy['brands'];
  onChange: (change: { text?: string; brand?: string }) => void;
  onClose: () => void;
}) {
  return (
    <section className="manual" aria-labelledby="manual-title" data-testid="manual">
      <div className="section-head">
        <h2 id="manual-title">Paste a customer message</h2>
        <button type="button" className="link" onClick={onClose}>
          Back to the page
        </button>
      </div>
      <label htmlFor="manual-text" className="visually-hidden">
        Customer message
      </label>
      <textarea
        id="manual-text"
        rows={6}
        value={text}
        placeholder="Paste what the customer wrote…"
        // The agent came here to paste: the cursor is waiting in the box.
        autoFocus
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <div className="manual-row">
        <div className="field inline">
          <label htmlFor="manual-brand">Brand</label>
          <select
            id="manual-brand"
            value={brand}
            onChange={(e) => onChange({ brand: e.target.value })}
          >
            <option value="">Unknown</option>
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        {text ? (
          <button type="button" className="link small" onClick={() => onChange({ text: '' })}>
            Clear
          </button>
        ) : null}
      </div>
    </section>
  );
}
