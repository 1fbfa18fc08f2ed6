import { readApiError, type ApiErrorTexts, type ApiProblem } from './api/api-errors';
import { ErrorState, type ErrorStateProps } from './components/ErrorState';
import { Field, type FieldProps } from './components/Field';
import { FormErrorSummary, type FormErrorSummaryProps } from './components/FormErrorSummary';
import { LoadingState, type LoadingStateProps } from './components/LoadingState';
import { useDocumentTitle } from './document/use-document-title';

/** The few texts the shared pieces show, in the app's own words. */
export type WebTexts = ApiErrorTexts & {
  /** After every page title in the browser tab, e.g. 'Radicale vernieuwing'. */
  siteName: string;
  /** The title of an error state, e.g. 'Dit lukte niet'. */
  errorTitle: string;
  /** The retry button, e.g. 'Probeer opnieuw'. */
  retry: string;
  /** What screen readers hear while data loads, e.g. 'Bezig met laden…'. */
  loading: string;
  /** Above several form messages, e.g. 'Niet alles is goed ingevuld:'. */
  formSummary: string;
  /** After the label of a field that may stay empty, e.g. 'optioneel'. */
  optional: string;
  /** The button that loads the newest version after a stale edit. */
  reloadLatest?: string | undefined;
};

/** What {@link createWebKit}'s `QueryState` reads of a query (a TanStack Query result fits). */
export type QueryStatusLike = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

/** Props of the bound {@link Field}: `optional` adds the app's word for it to the label. */
export type BoundFieldProps = Omit<FieldProps, 'optionalText'> & {
  /** The field may stay empty. */
  optional?: boolean | undefined;
};

/**
 * The shared pieces bound to one app's texts, made once per app (like tRPC's
 * `createTRPCContext`), so a page writes `<ErrorState message={…} />` and every app keeps
 * its own wording.
 *
 * @example export const { ErrorState, Field, FormErrorSummary, LoadingState } = createWebKit(webTexts);
 */
export function createWebKit(texts: WebTexts) {
  // Each member renders (or calls) the unbound piece of the same name imported above.
  return {
    /** {@link ErrorState} with the app's title and retry text. */
    ErrorState: (props: Omit<ErrorStateProps, 'title' | 'retryLabel'>) => {
      return <ErrorState title={texts.errorTitle} retryLabel={texts.retry} {...props} />;
    },
    /** {@link LoadingState} that says the app's loading text unless given another. */
    LoadingState: ({ label = texts.loading, lines }: Partial<LoadingStateProps>) => {
      return <LoadingState label={label} lines={lines} />;
    },
    /** {@link FormErrorSummary} with the app's summary title and reload text. */
    FormErrorSummary: (props: Omit<FormErrorSummaryProps, 'summaryTitle' | 'reloadLabel'>) => {
      return (
        <FormErrorSummary
          summaryTitle={texts.formSummary}
          reloadLabel={texts.reloadLatest}
          {...props}
        />
      );
    },
    /** {@link Field} that marks an optional field with the app's word for it. */
    Field: ({ optional, ...props }: BoundFieldProps) => {
      return <Field optionalText={optional ? texts.optional : undefined} {...props} />;
    },
    /**
     * A query's in-between states in one place: the loading skeleton while it is pending, the
     * error with a retry when it failed, nothing once it has its data.
     */
    QueryState: ({ query, lines }: { query: QueryStatusLike; lines?: number }) => {
      if (query.isPending) return <LoadingState label={texts.loading} lines={lines} />;
      if (!query.isError) return null;
      return (
        <ErrorState
          title={texts.errorTitle}
          retryLabel={texts.retry}
          message={readApiError(query.error, texts).message}
          onRetry={() => void query.refetch()}
        />
      );
    },
    /** {@link useDocumentTitle} with the app's name after the title. */
    useDocumentTitle: (title: string): void => {
      useDocumentTitle(title, texts.siteName);
    },
    /** {@link readApiError} with the app's sentences for unexplained failures. */
    readApiError: (error: unknown): ApiProblem => {
      return readApiError(error, texts);
    },
  };
}
