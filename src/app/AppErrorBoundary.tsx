import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last line of defence: a failure outside any route still shows a way back, never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Tourbook crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="boot-error">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>Your saved data is safe in this browser. Reload to continue.</p>
        <button type="button" onClick={() => location.assign('/')}>
          Reload Tourbook
        </button>
      </div>
    );
  }
}
