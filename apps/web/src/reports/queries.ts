import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api';
import { reportApiUrl } from './filters';

export type DepartmentOption = { id: number; propertyId: number; name: string };

export const reportKeys = {
  all: ['reports'] as const,
  report: (slug: string, q: Record<string, string>) => [...reportKeys.all, slug, q] as const,
  departments: () => [...reportKeys.all, 'departments'] as const,
};

/** A report as JSON for the API query; the previous figures stay on screen while new ones load. */
export const useReportData = <R>(slug: string, q: Record<string, string>, isEnabled = true) =>
  useQuery({
    queryKey: reportKeys.report(slug, q),
    queryFn: ({ signal }) => api.get<R>(reportApiUrl(slug, q), undefined, signal),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Departments of every property the user reads (the filter shows those of the chosen one). */
export const useReportDepartments = () =>
  useQuery({
    queryKey: reportKeys.departments(),
    queryFn: () => api.get<DepartmentOption[]>('/api/departments'),
    staleTime: 5 * 60_000,
  });
