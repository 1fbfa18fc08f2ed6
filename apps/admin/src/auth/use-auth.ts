import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/** The signed-in coordinator as `auth.me` returns it. */
export type CurrentUser = {
  id: string;
  email: string;
  displayName: string;
  role: 'coordinator' | 'admin';
  /** Signed in with a temporary password: only the change-password screen is open. */
  mustChangePassword?: boolean | undefined;
};

/**
 * Who is signed in: `auth.me` is the one request an anonymous visitor's browser makes.
 *
 * @example const { user, isPending } = useCurrentUser();
 */
export function useCurrentUser() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: Infinity });
  return {
    user: query.data?.user ?? null,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
  };
}

/**
 * Signs out: the server ends the session and clears the cookie; every cached answer is
 * dropped so nothing of the coordinator's data stays in memory.
 *
 * @example const signOut = useSignOut(); signOut.mutate();
 */
export function useSignOut(onDone?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
        onDone?.();
      },
    }),
  );
}
