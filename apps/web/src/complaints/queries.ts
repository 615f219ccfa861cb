import type {
  AmendCaseInput,
  AmendComplaintInput,
  ComplaintReplyInput,
  RegisterComplaintInput,
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
  ComplaintDetail,
  ComplaintFilter,
  ComplaintRow,
  DepartmentOption,
  LibraryFilter,
  LibraryRow,
  PublicList,
  Registered,
  ReportMonth,
  ReportView,
  StaffOption,
} from './types';

export type * from './types';

const PAGE = 50;

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (f: ComplaintFilter) => [...complaintKeys.all, 'list', f] as const,
  detail: (id: number) => [...complaintKeys.all, 'detail', id] as const,
  library: (f: LibraryFilter) => [...complaintKeys.all, 'library', f] as const,
  publicList: (propertyId: number | null, month: string) =>
    [...complaintKeys.all, 'public-list', propertyId, month] as const,
  reportMonths: (propertyId: number | null) => [...complaintKeys.all, 'report-months', propertyId] as const,
  report: (propertyId: number | null, month: string) =>
    [...complaintKeys.all, 'report', propertyId, month] as const,
  staff: (propertyId: number | null) => [...complaintKeys.all, 'staff', propertyId] as const,
  departments: () => [...complaintKeys.all, 'departments'] as const,
};

/** Newest first, 50 at a time; the next page starts below the last case id seen. */
export const useComplaints = (f: ComplaintFilter) =>
  useInfiniteQuery({
    queryKey: complaintKeys.list(f),
    queryFn: ({ pageParam, signal }) =>
      api.get<ComplaintRow[]>(
        '/api/complaints',
        {
          propertyId: f.propertyId,
          q: f.q,
          state: f.state,
          severity: f.severity,
          category: f.category,
          departmentId: f.departmentId,
          open: f.open ? '1' : undefined,
          mine: f.mine ? '1' : undefined,
          limit: PAGE,
          before: pageParam ?? undefined,
        },
        signal,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) =>
      last.length < PAGE ? undefined : (last[last.length - 1]?.caseId ?? undefined),
    enabled: f.propertyId !== null,
    placeholderData: keepPreviousData,
  });

export const useComplaint = (id: number) =>
  useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: () => api.get<ComplaintDetail>(`/api/complaints/${id}`),
    enabled: id > 0,
  });

export const useLibrary = (f: LibraryFilter) =>
  useQuery({
    queryKey: complaintKeys.library(f),
    queryFn: ({ signal }) => api.get<LibraryRow[]>('/api/complaint-library', { ...f, limit: 100 }, signal),
    placeholderData: keepPreviousData,
  });

export const usePublicList = (propertyId: number | null, month: string) =>
  useQuery({
    queryKey: complaintKeys.publicList(propertyId, month),
    queryFn: () => api.get<PublicList>('/api/complaint-public-list', { propertyId, month }),
    enabled: propertyId !== null,
  });

export const useReportMonths = (propertyId: number | null) =>
  useQuery({
    queryKey: complaintKeys.reportMonths(propertyId),
    queryFn: () => api.get<ReportMonth[]>('/api/complaint-reports', { propertyId }),
    enabled: propertyId !== null,
  });

export const useReport = (propertyId: number | null, month: string | null) =>
  useQuery({
    queryKey: complaintKeys.report(propertyId, month ?? ''),
    queryFn: () => api.get<ReportView>('/api/complaint-reports/report', { propertyId, month }),
    enabled: propertyId !== null && !!month,
    placeholderData: keepPreviousData,
  });

export const reportXlsxUrl = (propertyId: number, month: string) =>
  `/api/complaint-reports/report.xlsx?propertyId=${propertyId}&month=${month}`;

export const useStaffOptions = (propertyId: number | null) =>
  useQuery({
    queryKey: complaintKeys.staff(propertyId),
    queryFn: () => api.get<StaffOption[]>('/api/desk/staff', { propertyId }),
    enabled: propertyId !== null,
    staleTime: 5 * 60_000,
  });

export const useDepartmentOptions = (propertyId: number | null) => {
  const q = useQuery({
    queryKey: complaintKeys.departments(),
    queryFn: () => api.get<DepartmentOption[]>('/api/departments'),
    staleTime: 5 * 60_000,
  });
  return { ...q, data: q.data?.filter((d) => d.propertyId === propertyId) };
};

/** A complaint write changes its lists, its page, the case behind it and the report: refresh them. */
const useComplaintMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: true },
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: complaintKeys.all }),
        // The case behind a complaint (case list and page) belongs to intake's query keys.
        qc.invalidateQueries({ queryKey: ['intake'] }),
      ]),
  });
};

/** The path's step endpoints under /api/complaints/:id/. */
export type StepPath =
  | 'acknowledgement'
  | 'severity'
  | 'sign'
  | 'inform'
  | 'verify'
  | 'return-visit'
  | 'return-visit-skip'
  | 'typical'
  | 'amendments';

export const useRegisterComplaint = () =>
  useComplaintMutation((input: RegisterComplaintInput) => api.post<Registered>('/api/complaints', input));
export const useComplaintStep = (id: number) =>
  useComplaintMutation(({ path, body }: { path: StepPath; body: unknown }) =>
    api.post(`/api/complaints/${id}/${path}`, body),
  );
export const useReplyComplaint = (id: number) =>
  useComplaintMutation((input: ComplaintReplyInput) =>
    api.post<{ id: number }>(`/api/complaints/${id}/replies`, input),
  );
export const useAmendComplaint = (id: number) =>
  useComplaintMutation((input: AmendComplaintInput) => api.post(`/api/complaints/${id}/amendments`, input));
/** Caller, phone and summary live on the case (S4 4.3 amendments there). */
export const useAmendComplaintCase = (id: number) =>
  useComplaintMutation((input: AmendCaseInput) => api.post(`/api/cases/${id}/amendments`, input));
export const useConfirmReport = () =>
  useComplaintMutation((input: { propertyId: number; month: string; note?: string }) =>
    api.post('/api/complaint-reports/confirm', input),
  );

/** A file of the department's written reply (entityType complaintReply). */
export const uploadReplyFile = (propertyId: number, replyId: number, file: File) => {
  const form = new FormData();
  form.append('propertyId', String(propertyId));
  form.append('entityType', 'complaintReply');
  form.append('entityId', String(replyId));
  form.append('file', file, file.name);
  return api.upload<{ id: number }>('/api/attachments', form);
};
export const useUploadReplyFile = () =>
  useComplaintMutation(({ propertyId, replyId, file }: { propertyId: number; replyId: number; file: File }) =>
    uploadReplyFile(propertyId, replyId, file),
  );
