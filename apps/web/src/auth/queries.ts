import type { ChangePasswordInput, Role, SignInInput } from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../lib/api';

export type Me = {
  id: number;
  username: string;
  name: string;
  roles: Role[];
  propertyIds: number[];
  departmentId: number | null;
  isDeptHead: boolean;
  certifiedForDuty: boolean;
  csrfToken: string;
};

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

const fetchMe = async (): Promise<Me | null> => {
  try {
    const me = await api.get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (isApiError(e) && e.code === 'UNAUTHENTICATED') {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
};

/** The signed-in staff member, or null when nobody is signed in. */
export const useMe = () => useQuery({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: 5 * 60_000 });

export const useSignIn = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<Me>('/api/auth/sign-in', input),
    meta: { quietErrors: true },
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      qc.clear();
      qc.setQueryData(authKeys.me(), me);
    },
  });
};

export const useSignOut = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(authKeys.me(), null);
    },
  });
};

export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post('/api/auth/password', input),
    meta: { quietErrors: true },
  });

export const hasRole = (me: Me | null | undefined, ...roles: Role[]) =>
  !!me && roles.some((r) => me.roles.includes(r));
