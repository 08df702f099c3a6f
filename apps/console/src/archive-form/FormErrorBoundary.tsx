import { Alert, Button } from '@mui/material';
import { useTranslate } from 'ra-core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/*
 * Catches a render error inside a form, where it happens: only the part that failed is replaced
 * by a notice, while the form (react-hook-form keeps values of unmounted inputs) and every other
 * part stay as typed. Without it react-admin's page-wide error page replaced the whole form.
 */

function Fallback({ onRetry }: { onRetry(): void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('bangfu.formGuard.retry')}
        </Button>
      }
    >
      {translate('bangfu.formGuard.crashed')}
    </Alert>
  );
}

export class FormErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // For the developer's console only; the values typed are not in the error.
    console.error('A form part failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? (
      <Fallback onRetry={() => this.setState({ failed: false })} />
    ) : (
      this.props.children
    );
  }
}
