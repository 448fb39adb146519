import { Component, Fragment, type ComponentChildren } from 'preact';
import { RetryAlert } from './RetryAlert';

/**
 * Catches what a part of the page failed with — a live query that broke, code that could not
 * load, a worker that died — and shows the message with Retry, which builds that part
 * again (its queries subscribe again), or reloads the page for code that could not load
 * (`retry`). The rest of the page keeps working.
 */
export class ErrorBoundary extends Component<
  { children: ComponentChildren },
  { error: unknown; attempt: number }
> {
  override state = { error: undefined as unknown, attempt: 0 };

  static override getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (this.state.error === undefined)
      return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    return (
      <RetryAlert
        error={this.state.error}
        onRetry={() => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }))}
      />
    );
  }
}
