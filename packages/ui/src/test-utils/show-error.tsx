import { Component } from 'react';
import type { ReactNode } from 'react';

/**
 * Shows what its children threw, as an app's own error boundary would: the parts' tests use it to
 * read the message a part outside its `Root` throws.
 */
export class ShowError extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message ? <p>{this.state.message}</p> : this.props.children;
  }
}
