import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';
import { toastError } from '../lib/feedback';

/** Called when any request finds the session gone; the router sends the user to sign in. */
let onSignedOut: () => void = () => {};
export const setSignedOutHandler = (fn: () => void) => {
  onSignedOut = fn;
};

const handle = (error: unknown, isQuiet: boolean) => {
  if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
    onSignedOut();
    return;
  }
  if (!isQuiet) toastError(error instanceof Error ? error.message : String(error));
};

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && count < 2,
      },
    },
    // Lists show their own error state, so query errors are not toasted.
    queryCache: new QueryCache({ onError: (error) => handle(error, true) }),
    mutationCache: new MutationCache({
      onError: (error, _v, _c, m) => handle(error, m.meta?.quietErrors === true),
    }),
  });

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { quietErrors?: boolean };
  }
}
