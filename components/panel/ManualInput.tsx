/** Manual mode: the customer's message pasted by the agent, evaluated like a page. */
export function ManualInput({
  text,
  brand,
  onChange,
  onClose,
}: {
  text: string;
  brand: string;
  onChange: (change: { text?: string; brand?: string }) => void;
  onClose: () => void;
}) {
  return (
    <section className="manual" aria-labelledby="manual-title">
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
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <div className="field inline">
        <label htmlFor="manual-brand">Brand</label>
        <select
          id="manual-brand"
          value={brand}
          onChange={(e) => onChange({ brand: e.target.value })}
        >
          <option value="">Unknown</option>
          <option value="TSM">TSM</option>
          <option value="HB">HB</option>
        </select>
      </div>
    </section>
  );
}
