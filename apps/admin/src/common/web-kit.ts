import { createWebKit } from '@jamsessie/web';
import { texts } from '../texts';

const kit = createWebKit({ ...texts.common, siteName: texts.site.titleSuffix });

/** The shared page states, form field and page-title hook, in the coordinators' words. */
export const { ErrorState, Field, FormErrorSummary, LoadingState, useDocumentTitle } = kit;

/**
 * Reads what a tRPC call threw as a Dutch problem; a stale edit always gets the one conflict
 * sentence, so it never looks like a random failure.
 */
export const { readApiError } = kit;
