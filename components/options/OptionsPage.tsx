/** Placeholder options page. */
export function OptionsPage() {
  return (
    <main>
      <h1>Escalation Assist settings</h1>
    </main>
  );
}
