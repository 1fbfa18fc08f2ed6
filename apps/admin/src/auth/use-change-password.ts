import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc';

/**
 * Changes the signed-in coordinator's own password (`admin.me.changePassword`) and puts the
 * answer's user in the `auth.me` cache, so a temporary password's lock lifts at once.
 *
 * @example const change = useChangePassword(() => setStatus(texts.password.changed));
 */
export function useChangePassword(onChanged?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.me.changePassword.mutationOptions({
      onSuccess: (result) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: result.user });
        onChanged?.();
      },
    }),
  );
}
