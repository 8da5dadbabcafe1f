import { Alert, Button, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';

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

/**
 * What a page says when what it shows does not exist for this user (an API 404): a plain
 * heading, why, and a way on. Not an error to retry: trying again gives the same answer.
 */
export function NotFoundState(props: {
  title: string;
  body: string;
  linkTo: string;
  linkText: string;
}) {
  return (
    <>
      <Heading level={1} data-size="lg">
        {props.title}
      </Heading>
      <Paragraph>{props.body}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={props.linkTo}>{props.linkText}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
