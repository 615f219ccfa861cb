import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { api } from '../lib/api';
import type { Appointment, Area, HomeVisit, Progress } from './types';

type P = number | null;

/** One key factory for home visits; every write refreshes `homeVisitKeys.all`. */
export const homeVisitKeys = {
  all: ['home-visits'] as const,
  appointments: (p: P, state: string) => [...homeVisitKeys.all, 'appointments', p, state] as const,
  progress: (p: P, quarter: string | null) => [...homeVisitKeys.all, 'progress', p, quarter] as const,
  visits: (p: P, quarter: string | null) => [...homeVisitKeys.all, 'visits', p, quarter] as const,
  visit: (id: number | null) => [...homeVisitKeys.all, 'visit', id] as const,
  areas: (p: P) => [...homeVisitKeys.all, 'areas', p] as const,
  history: (kind: string, id: number | null) => [...homeVisitKeys.all, 'history', kind, id] as const,
};

export const useAppointments = (propertyId: P, state: string) =>
  useQuery({
    queryKey: homeVisitKeys.appointments(propertyId, state),
    queryFn: () => api.get<Appointment[]>('/api/home-visits/appointments', { propertyId, state }),
    enabled: propertyId !== null,
  });

export const useProgress = (propertyId: P, quarter: string | null) =>
  useQuery({
    queryKey: homeVisitKeys.progress(propertyId, quarter),
    queryFn: () => api.get<Progress>('/api/home-visits/progress', { propertyId, quarter }),
    enabled: propertyId !== null,
  });

export const useQuarterVisits = (propertyId: P, quarter: string | null) =>
  useQuery({
    queryKey: homeVisitKeys.visits(propertyId, quarter),
    queryFn: () => api.get<HomeVisit[]>('/api/home-visits/visits', { propertyId, quarter }),
    enabled: propertyId !== null && quarter !== null,
  });

export const useVisit = (id: number | null) =>
  useQuery({
    queryKey: homeVisitKeys.visit(id),
    queryFn: () => api.get<HomeVisit>(`/api/home-visits/visits/${id}`),
    enabled: id !== null,
  });

export const useAreas = (propertyId: P) =>
  useQuery({
    queryKey: homeVisitKeys.areas(propertyId),
    queryFn: () => api.get<Area[]>('/api/home-visits/areas', { propertyId }),
    enabled: propertyId !== null,
  });

export const useHomeVisitHistory = (kind: 'appointments' | 'visits', id: number | null) =>
  useQuery({
    queryKey: homeVisitKeys.history(kind, id),
    queryFn: () => api.get<HistoryEntry[]>(`/api/home-visits/${kind}/${id}/history`),
    enabled: id !== null,
  });

type Method = 'post' | 'put' | 'delete';

/** A write to the home-visit API; form errors stay on the form, button errors are toasted. */
export const useHomeVisitWrite = <B, R = unknown>(method: Method = 'post', isToasted = false) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: B }) =>
      method === 'delete' ? api.del<R>(path) : api[method]<R>(path, body),
    meta: { quietErrors: !isToasted },
    onSuccess: () => qc.invalidateQueries({ queryKey: homeVisitKeys.all }),
  });
};
