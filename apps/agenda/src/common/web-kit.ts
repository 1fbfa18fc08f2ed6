import { createWebKit } from '@jamsessie/web';
import { texts } from '../texts';

const kit = createWebKit({ ...texts.common, siteName: texts.site.titleSuffix });

/** The shared page states, form field and page-title hook, in the agenda's words. */
export const { ErrorState, Field, FormErrorSummary, LoadingState, QueryState, useDocumentTitle } =
  kit;

/** Reads what a tRPC call threw as a Dutch problem, with the agenda's sentences for the rest. */
export const { readApiError } = kit;
