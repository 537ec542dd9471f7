import { Component, type ReactNode } from 'react';

/** A fault in one ticket's evaluation shows a message; the rest of the panel keeps working. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <EvaluationError message={this.state.error.message} />;
  }
}

/** What the agent sees when the engine (or the panel) fails on this ticket. */
export function EvaluationError({ message }: { message: string }) {
  return (
    <section className="empty" role="alert" data-testid="evaluation-error">
      <h1>This ticket could not be evaluated</h1>
      <p>{message}</p>
      <p className="muted">
        The helpdesk page is unaffected. Try another ticket, or paste the message instead.
      </p>
    </section>
  );
}
