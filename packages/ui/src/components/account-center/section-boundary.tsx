import { Component, Suspense } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { Card, CardContent } from '../../primitives/card.js';
import { Skeleton } from '../../primitives/skeleton.js';

/** A card-shaped placeholder for one section while it loads (`aria-busy`, spoken as "Loading…"). */
export function SectionSkeleton({ className }: { className?: string }) {
  const { t } = useI18n();
  return (
    <Card
      data-slot="section-skeleton"
      aria-busy="true"
      className={className ? `ac-section-skeleton ${className}` : 'ac-section-skeleton'}
    >
      <CardContent>
        <Skeleton />
        <Skeleton />
        <span className="ac-sr-only">{t('common.loading')}</span>
      </CardContent>
    </Card>
  );
}

function SectionFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Alert variant="danger" data-slot="section-error">
      <AlertDescription>{t('layout.sectionFailed')}</AlertDescription>
      <Button size="sm" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

interface BoundaryProps {
  onReset: () => void;
  onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  retry = () => {
    this.props.onReset();
    this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));
  };

  override render() {
    if (this.state.failed) return <SectionFailed onRetry={this.retry} />;
    // A new key remounts the section on retry, so it starts from a clean state.
    return <SectionAttempt key={this.state.attempt}>{this.props.children}</SectionAttempt>;
  }
}

function SectionAttempt({ children }: { children: ReactNode }) {
  return children;
}

export interface SectionBoundaryProps {
  children: ReactNode;
  /** Shown while a lazy part of the section loads; default a section skeleton. */
  fallback?: ReactNode;
  /** Report a crash (your error tracker); the section shows "couldn't be shown" with retry. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * Isolates one section: a crash (or a query error thrown with `throwOnError`) shows an inline
 * error with Try again in its place and never blanks the sections around it; Try again resets
 * the failed queries and remounts the section. Lazy content shows the section skeleton.
 */
export function SectionBoundary({ children, fallback, onError }: SectionBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary onReset={reset} onError={onError}>
          <Suspense fallback={fallback ?? <SectionSkeleton />}>{children}</Suspense>
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
