import type {
  AmendHandoverInput,
  AttendanceFactKind,
  CreateDutyLogEntryInput,
  CreateDutyPostInput,
  DepartmentKind,
  DutyPostView,
  UpdateDutyPostInput,
  WorkloadRow,
} from '@propdesk/domain';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, withQuery } from '../lib/api';
import { dutyKeys, type Fact, useDutyMutation } from './queries';

/** Posts, attendance, workload, the shift log and amendments (issue 7 items 1, 3–6). */

export type DutyPost = z.infer<typeof DutyPostView>;

export type AttendanceFactRow = {
  id: number;
  assignmentId: number;
  staffId: number;
  staffName: string;
  kind: AttendanceFactKind;
  minutes: number;
  at: string;
  day: string;
  startsAt: string;
  endsAt: string;
  postName: string;
  label: string;
};
export type AttendanceMonth = {
  month: string;
  facts: AttendanceFactRow[];
  perPerson: ({ staffId: number; staffName: string } & Record<AttendanceFactKind, number>)[];
};
export type WorkloadMonth = {
  month: string;
  rows: (WorkloadRow & { staffName: string })[];
  totalContacts: number;
  unattributedContacts: number;
};

export type LogEntry = {
  id: number;
  kind: 'event' | 'unresolved';
  text: string;
  occurredAt: string;
  authorId: number;
  authorName: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  resolution: string | null;
};
export type ShiftLog = {
  shift: {
    assignmentId: number;
    postName: string;
    day: string;
    startsAt: string;
    endsAt: string;
    onDutyName: string;
  };
  entries: LogEntry[];
  clockings: { staffId: number; kind: 'in' | 'out'; at: string }[];
  facts: (Fact & { label: string })[];
  contactsDuringShift: number;
};

type Department = { id: number; propertyId: number; kind: DepartmentKind };

const setupKeys = {
  posts: (propertyId: number) => [...dutyKeys.all, 'posts', propertyId] as const,
  attendance: (propertyId: number, month: string) =>
    [...dutyKeys.all, 'attendance', propertyId, month] as const,
  workload: (propertyId: number, month: string) => [...dutyKeys.all, 'workload', propertyId, month] as const,
  shiftLog: (assignmentId: number) => [...dutyKeys.all, 'shift-log', assignmentId] as const,
};

export const usePosts = (propertyId: number | null) =>
  useQuery({
    queryKey: setupKeys.posts(propertyId ?? 0),
    queryFn: () => api.get<DutyPost[]>(withQuery('/api/duty/posts', { propertyId })),
    enabled: propertyId !== null,
  });
export const useCreatePost = () =>
  useDutyMutation((input: CreateDutyPostInput) => api.post<{ id: number }>('/api/duty/posts', input), {
    isQuiet: true,
  });
export const useUpdatePost = (opts: { isQuiet?: boolean } = {}) =>
  useDutyMutation(
    ({ id, ...input }: UpdateDutyPostInput & { id: number }) =>
      api.patch<DutyPost>(`/api/duty/posts/${id}`, input),
    opts,
  );

export const useAttendance = (propertyId: number | null, month: string, isEnabled: boolean) =>
  useQuery({
    queryKey: setupKeys.attendance(propertyId ?? 0, month),
    queryFn: () => api.get<AttendanceMonth>(withQuery('/api/duty/attendance', { propertyId, month })),
    enabled: propertyId !== null && isEnabled,
  });
export const useWorkload = (propertyId: number | null, month: string, isEnabled: boolean) =>
  useQuery({
    queryKey: setupKeys.workload(propertyId ?? 0, month),
    queryFn: () => api.get<WorkloadMonth>(withQuery('/api/duty/workload', { propertyId, month })),
    enabled: propertyId !== null && isEnabled,
  });

export const useShiftLog = (assignmentId: number | null) =>
  useQuery({
    queryKey: setupKeys.shiftLog(assignmentId ?? 0),
    queryFn: () => api.get<ShiftLog>(`/api/duty/shifts/${assignmentId}/log`),
    enabled: assignmentId !== null,
  });
export const useAddLogEntry = () =>
  useDutyMutation((input: CreateDutyLogEntryInput) => api.post<{ id: number }>('/api/duty/log', input), {
    isQuiet: true,
  });
export const useResolveLogEntry = () =>
  useDutyMutation(
    ({ id, resolution }: { id: number; resolution: string }) =>
      api.post(`/api/duty/log/${id}/resolve`, { resolution }),
    { isQuiet: true },
  );
export const useAmendHandover = (id: number) =>
  useDutyMutation((input: AmendHandoverInput) => api.post(`/api/duty/handovers/${id}/amendments`, input), {
    isQuiet: true,
  });

/** Whether the signed-in person belongs to the property's 行政部 (who decides swaps, S3 篇一 五.4). */
export const useIsAdminDept = (departmentId: number | null | undefined, propertyId: number | null) => {
  const q = useQuery({
    queryKey: [...dutyKeys.all, 'departments'],
    queryFn: () => api.get<Department[]>('/api/departments'),
    enabled: !!departmentId,
    staleTime: 5 * 60_000,
  });
  return !!q.data?.some((d) => d.id === departmentId && d.propertyId === propertyId && d.kind === 'admin');
};
