import type {
  AmendCaseInput,
  AttachmentView,
  CaseActionInput,
  CreateIncidentInput,
  CreateTaskInput,
  DecideLetterInput,
  PassUpInput,
  RegisterContactInput,
  RegisterLetterInput,
} from '@propdesk/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../lib/api';

import type {
  CallerContext,
  CaseDetail,
  CaseFilter,
  CaseListRow,
  DayCheck,
  Department,
  DeskStaff,
  Incident,
  Letter,
  Registered,
  Task,
} from './types';

export type * from './types';

const PAGE = 50;

export const intakeKeys = {
  all: ['intake'] as const,
  cases: (f: CaseFilter) => [...intakeKeys.all, 'cases', f] as const,
  case: (id: number) => [...intakeKeys.all, 'case', id] as const,
  caller: (propertyId: number | null, roomId: number | null, phone: string | null) =>
    [...intakeKeys.all, 'caller', propertyId, roomId, phone] as const,
  tasks: (propertyId: number | null, isAll: boolean, isDone: boolean) =>
    [...intakeKeys.all, 'tasks', propertyId, isAll, isDone] as const,
  letters: (propertyId: number | null, year: number | null, isPending: boolean) =>
    [...intakeKeys.all, 'letters', propertyId, year, isPending] as const,
  incidents: (propertyId: number | null) => [...intakeKeys.all, 'incidents', propertyId] as const,
  dayCheck: (propertyId: number | null, day: string | null) =>
    [...intakeKeys.all, 'day-check', propertyId, day] as const,
  staff: (propertyId: number | null) => [...intakeKeys.all, 'staff', propertyId] as const,
  departments: () => [...intakeKeys.all, 'departments'] as const,
  attachments: (entityType: string, entityId: number) =>
    [...intakeKeys.all, 'attachments', entityType, entityId] as const,
};

/** Newest first, 50 at a time; the next page starts below the last id seen. */
export const useCases = (f: CaseFilter) =>
  useInfiniteQuery({
    queryKey: intakeKeys.cases(f),
    queryFn: ({ pageParam, signal }) =>
      api.get<CaseListRow[]>(
        '/api/cases',
        {
          propertyId: f.propertyId,
          q: f.q,
          state: f.state,
          type: f.type,
          mine: f.mine ? '1' : undefined,
          open: f.open ? '1' : undefined,
          limit: PAGE,
          before: pageParam ?? undefined,
        },
        signal,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => (last.length < PAGE ? undefined : (last[last.length - 1]?.id ?? undefined)),
    enabled: f.propertyId !== null,
    placeholderData: keepPreviousData,
  });

export const useCase = (id: number) =>
  useQuery({
    queryKey: intakeKeys.case(id),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`),
    enabled: id > 0,
  });

export const useCallerContext = (propertyId: number | null, roomId: number | null, phone: string | null) =>
  useQuery({
    queryKey: intakeKeys.caller(propertyId, roomId, phone),
    queryFn: ({ signal }) =>
      api.get<CallerContext>('/api/desk/caller', { propertyId, roomId, phone }, signal),
    enabled: propertyId !== null && (roomId !== null || phone !== null),
    staleTime: 5_000,
  });

export const useTasks = (propertyId: number | null, isAll: boolean, isDone: boolean) =>
  useQuery({
    queryKey: intakeKeys.tasks(propertyId, isAll, isDone),
    queryFn: () =>
      api.get<Task[]>('/api/tasks', {
        propertyId,
        all: isAll ? '1' : undefined,
        done: isDone ? '1' : undefined,
      }),
    enabled: propertyId !== null,
  });

export const useLetters = (propertyId: number | null, year: number | null, isPending = false) =>
  useQuery({
    queryKey: intakeKeys.letters(propertyId, year, isPending),
    queryFn: () =>
      api.get<Letter[]>('/api/letters', { propertyId, year, pending: isPending ? '1' : undefined }),
    enabled: propertyId !== null,
  });

export const useIncidents = (propertyId: number | null) =>
  useQuery({
    queryKey: intakeKeys.incidents(propertyId),
    queryFn: () => api.get<Incident[]>('/api/incidents', { propertyId }),
    enabled: propertyId !== null,
  });

export const useDayCheck = (propertyId: number | null, day: string | null) =>
  useQuery({
    queryKey: intakeKeys.dayCheck(propertyId, day),
    queryFn: () => api.get<DayCheck>('/api/day-check', { propertyId, day }),
    enabled: propertyId !== null,
  });

export const useDeskStaff = (propertyId: number | null) =>
  useQuery({
    queryKey: intakeKeys.staff(propertyId),
    queryFn: () => api.get<DeskStaff[]>('/api/desk/staff', { propertyId }),
    enabled: propertyId !== null,
    staleTime: 5 * 60_000,
  });

export const usePropertyDepartments = (propertyId: number | null) => {
  const q = useQuery({
    queryKey: intakeKeys.departments(),
    queryFn: () => api.get<Department[]>('/api/departments'),
    staleTime: 5 * 60_000,
  });
  return { ...q, data: q.data?.filter((d) => d.propertyId === propertyId) };
};

export const useAttachments = (entityType: string, entityId: number) =>
  useQuery({
    queryKey: intakeKeys.attachments(entityType, entityId),
    queryFn: () => api.get<AttachmentView[]>('/api/attachments', { entityType, entityId }),
    enabled: entityId > 0,
  });

/** Every intake write can change lists, the case, the caller panel and the day check: refresh them all. */
const useIntakeMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: true },
    // Not awaited: the form answers at once and the lists catch up.
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: intakeKeys.all });
    },
  });
};

export const useRegisterContact = () =>
  useIntakeMutation((input: RegisterContactInput) => api.post<Registered>('/api/contacts', input));
export const useCaseAction = (id: number) =>
  useIntakeMutation((input: CaseActionInput) => api.post(`/api/cases/${id}/actions`, input));
export const usePassUp = (id: number) =>
  useIntakeMutation((input: PassUpInput) => api.post(`/api/cases/${id}/pass-up`, input));
export const useAmendCase = (id: number) =>
  useIntakeMutation((input: AmendCaseInput) => api.post(`/api/cases/${id}/amendments`, input));
export const useCreateTask = () =>
  useIntakeMutation((input: CreateTaskInput) => api.post<{ id: number }>('/api/tasks', input));
export const useCompleteTask = () =>
  useIntakeMutation(({ id, outcome }: { id: number; outcome: string }) =>
    api.post(`/api/tasks/${id}/complete`, { outcome }),
  );
export const useRegisterLetter = () =>
  useIntakeMutation((input: RegisterLetterInput) => api.post<{ letterId: number }>('/api/letters', input));
export const useDecideLetter = () =>
  useIntakeMutation(({ id, input }: { id: number; input: DecideLetterInput }) =>
    api.post<{ caseId: number | null }>(`/api/letters/${id}/decision`, input),
  );
export const useCreateIncident = () =>
  useIntakeMutation((input: CreateIncidentInput) => api.post<{ id: number }>('/api/incidents', input));
export const useConfirmDay = () =>
  useIntakeMutation((input: { propertyId: number; day: string; note?: string }) =>
    api.post('/api/day-check/confirm', input),
  );

export const uploadAttachment = (
  target: { propertyId: number; entityType: string; entityId: number },
  file: File,
  onProgress?: (p: number) => void,
) => {
  const form = new FormData();
  form.append('propertyId', String(target.propertyId));
  form.append('entityType', target.entityType);
  form.append('entityId', String(target.entityId));
  form.append('file', file, file.name);
  return api.upload<{ id: number }>('/api/attachments', form, onProgress);
};

export const useUploadAttachment = () =>
  useIntakeMutation(
    ({
      target,
      file,
      onProgress,
    }: {
      target: { propertyId: number; entityType: string; entityId: number };
      file: File;
      onProgress?: (p: number) => void;
    }) => uploadAttachment(target, file, onProgress),
  );
