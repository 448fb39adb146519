import { Component, Fragment, type ComponentChildren } from 'preact';
import { errorText } from '../hooks';
import { t } from '../i18n';
import { retry } from './retry';

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
      <div class="kl-alert kl-alert--error" role="alert">
        <p>{errorText(this.state.error)}</p>
        <button
          type="button"
          class="kl-btn kl-btn--small"
          onClick={() =>
            retry(this.state.error, () =>
              this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 })),
            )
          }
        >
          {t('common.retry')}
        </button>
      </div>
    );
  }
}
