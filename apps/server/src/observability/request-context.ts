import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<{ readonly requestId: string }>();

/**
 * Runs `work` as part of the request `requestId`: every log line written meanwhile, also
 * deep in a procedure or a repository error, carries that id.
 */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return context.run({ requestId }, work);
}

/** The id of the request being handled here, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}
