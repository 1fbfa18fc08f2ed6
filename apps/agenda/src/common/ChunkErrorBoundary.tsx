import { Component, type ReactNode } from 'react';
import { texts } from '../texts';
import { ErrorState } from './web-kit';

type State = { failed: boolean };

/**
 * Catches a page that could not be loaded or crashed (a chunk missing after a new release,
 * a lost connection) and offers a reload instead of a blank page. React needs a class for this.
 */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <ErrorState message={texts.common.networkError} onRetry={() => window.location.reload()} />
      );
    }
    return this.props.children;
  }
}
