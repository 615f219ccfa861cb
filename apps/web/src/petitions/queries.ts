import type { IntakeProfile } from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { api } from '../lib/api';
import type { Petition, PetitionDetail } from './types';

type P = number | null;

/** One key factory for the petition register; every write refreshes `petitionKeys.all`. */
export const petitionKeys = {
  all: ['petitions'] as const,
  profile: (p: P) => [...petitionKeys.all, 'profile', p] as const,
  list: (p: P) => [...petitionKeys.all, 'list', p] as const,
  detail: (id: number) => [...petitionKeys.all, 'detail', id] as const,
  byCase: (caseId: number) => [...petitionKeys.all, 'by-case', caseId] as const,
  history: (id: number) => [...petitionKeys.all, 'history', id] as const,
  count: (p: P, phone: string, personId: number | null) =>
    [...petitionKeys.all, 'count', p, phone, personId] as const,
};

export const useIntakeProfile = (propertyId: P) =>
  useQuery({
    queryKey: petitionKeys.profile(propertyId),
    queryFn: () => api.get<{ profile: IntakeProfile }>('/api/petitions/profile', { propertyId }),
    enabled: propertyId !== null,
    staleTime: 60_000,
  });

export const usePetitions = (propertyId: P) =>
  useQuery({
    queryKey: petitionKeys.list(propertyId),
    queryFn: () => api.get<Petition[]>('/api/petitions', { propertyId }),
    enabled: propertyId !== null,
  });

export const usePetition = (id: number) =>
  useQuery({
    queryKey: petitionKeys.detail(id),
    queryFn: () => api.get<PetitionDetail>(`/api/petitions/${id}`),
    enabled: id > 0,
  });

/** The petition of a case, if it was registered as one (404 otherwise, shown as nothing). */
export const useCasePetition = (caseId: number) =>
  useQuery({
    queryKey: petitionKeys.byCase(caseId),
    queryFn: () => api.get<PetitionDetail>(`/api/cases/${caseId}/petition`),
    enabled: caseId > 0,
    retry: false,
  });

export const usePetitionHistory = (id: number) =>
  useQuery({
    queryKey: petitionKeys.history(id),
    queryFn: () => api.get<HistoryEntry[]>(`/api/petitions/${id}/history`),
    enabled: id > 0,
  });

/** 信访次数 this person's petition would get: counted on the server from earlier cases. */
export const useVisitCount = (propertyId: P, phone: string, personId: number | null) =>
  useQuery({
    queryKey: petitionKeys.count(propertyId, phone, personId),
    queryFn: () =>
      api.get<{ visitCount: number }>('/api/petitions/visit-count', {
        propertyId,
        phone: phone || undefined,
        personId: personId ?? undefined,
      }),
    enabled: propertyId !== null && (phone.replace(/\D/g, '').length >= 7 || personId !== null),
  });

/** A write to the petition API; every petition view and the cases are refreshed afterwards. */
export const usePetitionWrite = <B, R = unknown>(method: 'post' | 'put' = 'post', isToasted = false) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: B }) => api[method]<R>(path, body),
    meta: { quietErrors: !isToasted },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: petitionKeys.all });
      void qc.invalidateQueries({ queryKey: ['intake'] });
    },
  });
};
