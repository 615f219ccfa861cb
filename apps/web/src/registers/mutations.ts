import { useMutation, useQueryClient } from '@tanstack/react-query';
import { archiveKeys } from '../archive/queries';
import { api } from '../lib/api';
import { registerKeys } from './queries';

type Opts = {
  /** A payment or a move changes the archive (arrears, occupants): refresh it too. */
  isArchiveChange?: boolean;
  /** Buttons without a form around them let the shared handler toast the error. */
  isToasted?: boolean;
};

/** POST to a register; every register list and record is refreshed afterwards. */
export const useRegPost = <B, R = unknown>(path: string, opts: Opts = {}) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<R>(path, body),
    meta: { quietErrors: !opts.isToasted },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: registerKeys.all });
      if (opts.isArchiveChange) void qc.invalidateQueries({ queryKey: archiveKeys.all });
    },
  });
};

/** POST to one record's action, e.g. `/api/registers/mail/12/collect`. */
export const useRegAction = <B, R = unknown>(pathOf: (id: number) => string, opts: Opts = {}) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: B }) => api.post<R>(pathOf(id), body),
    meta: { quietErrors: !opts.isToasted },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: registerKeys.all });
      if (opts.isArchiveChange) void qc.invalidateQueries({ queryKey: archiveKeys.all });
    },
  });
};
