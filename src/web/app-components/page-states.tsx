import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';

/** Shown while a page's data loads; the label is read by screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="page-loading" role="status">
      <Spinner aria-label={label} data-size="md" />
    </div>
  );
}

interface ErrorStateProps {
  title: string;
  message: string;
  /** Shown so that support can find the request in the logs. */
  reference: string | null;
  retryLabel: string;
  onRetry: () => void;
  /** Heading level of the title: 1 when the error replaces the whole page. */
  level?: 1 | 2;
}

export function ErrorState({
  title,
  message,
  reference,
  retryLabel,
  onRetry,
  level = 2,
}: ErrorStateProps) {
  return (
    <Alert data-color="danger" className="page-error">
      <Heading level={level} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{message}</Paragraph>
      {reference && <Paragraph data-size="sm">{reference}</Paragraph>}
      <Button type="button" variant="secondary" data-size="sm" onClick={onRetry}>
        {retryLabel}
      </Button>
    </Alert>
  );
}
