import type { ImportJobView, ImportKind } from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { archiveKeys } from '../archive/queries';
import { api } from '../lib/api';

export const importKeys = {
  all: ['imports'] as const,
  list: (propertyId: number) => [...importKeys.all, 'list', propertyId] as const,
  job: (id: number) => [...importKeys.all, 'job', id] as const,
};

export const templateUrl = (kind: ImportKind, ext: 'xlsx' | 'csv') => `/api/imports/templates/${kind}.${ext}`;
export const exportUrl = (kind: ImportKind, propertyId: number, scope: 'current' | 'all' = 'current') =>
  `/api/imports/export/${kind}.xlsx?propertyId=${propertyId}&scope=${scope}`;

export const useImportJobs = (propertyId: number | null) =>
  useQuery({
    queryKey: importKeys.list(propertyId ?? 0),
    queryFn: () => api.get<ImportJobView[]>('/api/imports', { propertyId }),
    enabled: propertyId !== null,
  });

const isActive = (job: ImportJobView | undefined) => job?.status === 'running';

/** One job; polled every second while it runs, then without the long issue lists it already has. */
export const useImportJob = (id: number | null) => {
  const qc = useQueryClient();
  return useQuery({
    queryKey: importKeys.job(id ?? 0),
    queryFn: async () => {
      const prev = qc.getQueryData<ImportJobView>(importKeys.job(id ?? 0));
      if (!prev || !isActive(prev)) return api.get<ImportJobView>(`/api/imports/${id}`);
      const job = await api.get<ImportJobView>(`/api/imports/${id}`, { issues: '0' });
      return { ...job, errors: prev.errors, warnings: prev.warnings, sample: prev.sample };
    },
    enabled: id !== null,
    refetchInterval: (q) => (isActive(q.state.data) ? 1000 : false),
  });
};

export const useUploadImport = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      propertyId,
      kind,
      file,
      onProgress,
    }: {
      propertyId: number;
      kind: ImportKind;
      file: File;
      onProgress: (p: number) => void;
    }) => {
      const form = new FormData();
      form.append('propertyId', String(propertyId));
      form.append('kind', kind);
      form.append('file', file, file.name);
      return api.upload<ImportJobView>('/api/imports', form, onProgress);
    },
    meta: { quietErrors: true },
    onSuccess: (job) => {
      qc.setQueryData(importKeys.job(job.id), job);
      void qc.invalidateQueries({ queryKey: importKeys.list(job.propertyId) });
    },
  });
};

export const useCommitImport = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, onlyValid }: { id: number; onlyValid: boolean }) =>
      api.post<ImportJobView>(`/api/imports/${id}/commit`, { onlyValid }),
    onSuccess: (job) => {
      // Keep the preview's issue lists; take the new status and counts.
      qc.setQueryData<ImportJobView>(importKeys.job(job.id), (prev) =>
        prev ? { ...prev, ...job, errors: prev.errors, sample: prev.sample } : job,
      );
      void qc.invalidateQueries({ queryKey: importKeys.list(job.propertyId) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: archiveKeys.all }),
  });
};
