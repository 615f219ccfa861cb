import type {
  CreateStaffInput,
  CreateWebhookInput,
  DepartmentInput,
  DepartmentKind,
  PropertyInput,
  Role,
  UpdateStaffInput,
  UpdateWebhookInput,
  WebhookDeliveryStatus,
} from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../lib/api';
import { propertyKeys } from '../shell/property-context';
import { woKeys } from '../work-orders/queries';

export type Staff = {
  id: number;
  username: string;
  name: string;
  employeeNo: string;
  phone: string | null;
  departmentId: number | null;
  isDeptHead: boolean;
  certifiedForDuty: boolean;
  active: boolean;
  roles: Role[];
  propertyIds: number[];
};

export type Property = {
  id: number;
  code: string;
  name: string;
  timezone: string;
  address: string | null;
  phone: string | null;
  createdAt: string;
};

export type Department = { id: number; propertyId: number; name: string; kind: DepartmentKind };

export type BrokenEntity = {
  entityType: string;
  entityId: string;
  problems: { seq: number | null; problem: string }[];
};

export type HistoryEntry = {
  seq: number;
  at: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  data: unknown;
  reason: string | null;
};

/** One row of GET /api/settings: the label is the server's Chinese text. */
export type Setting = { key: string; label: string; value: number; default: number };

export type Webhook = {
  id: number;
  url: string;
  kinds: '*' | string[];
  hasSecret: boolean;
  active: boolean;
  createdAt: string;
};

export type WebhookDelivery = {
  id: number;
  kind: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  payload: string;
};

export type DeliveryFilter = { page: number; status?: WebhookDeliveryStatus };

export const adminKeys = {
  all: ['admin'] as const,
  staff: () => [...adminKeys.all, 'staff'] as const,
  properties: () => [...adminKeys.all, 'properties'] as const,
  departments: () => [...adminKeys.all, 'departments'] as const,
  verify: () => [...adminKeys.all, 'history-verify'] as const,
  history: (entityType: string, entityId: number) =>
    [...adminKeys.all, 'history', entityType, entityId] as const,
  settings: (propertyId: number | null) => [...adminKeys.all, 'settings', propertyId] as const,
  webhooks: () => [...adminKeys.all, 'webhooks'] as const,
  deliveries: (id: number, f: DeliveryFilter) => [...adminKeys.webhooks(), id, 'deliveries', f] as const,
};

export const useStaffList = () =>
  useQuery({ queryKey: adminKeys.staff(), queryFn: () => api.get<Staff[]>('/api/admin/staff') });
export const useAdminProperties = () =>
  useQuery({ queryKey: adminKeys.properties(), queryFn: () => api.get<Property[]>('/api/admin/properties') });
export const useDepartments = () =>
  useQuery({ queryKey: adminKeys.departments(), queryFn: () => api.get<Department[]>('/api/departments') });
export const useHistoryVerify = () =>
  useQuery({
    queryKey: adminKeys.verify(),
    queryFn: () => api.get<{ checked: number; broken: BrokenEntity[] }>('/api/admin/history/verify'),
    staleTime: 0,
  });
export const useAdminHistory = (entityType: 'staff' | 'property' | 'department', entityId: number | null) =>
  useQuery({
    queryKey: adminKeys.history(entityType, entityId ?? 0),
    queryFn: () => api.get<HistoryEntry[]>(`/api/admin/history/${entityType}/${entityId}`),
    enabled: entityId !== null,
  });

export const useCreateStaff = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateStaffInput) => api.post<{ id: number }>('/api/admin/staff', input),
    meta: { quietErrors: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.staff() }),
  });
};

export const useUpdateStaff = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateStaffInput }) =>
      api.put(`/api/admin/staff/${id}`, input),
    meta: { quietErrors: true },
    onSuccess: (_r, v) => {
      void qc.invalidateQueries({ queryKey: adminKeys.staff() });
      void qc.invalidateQueries({ queryKey: adminKeys.history('staff', v.id) });
    },
  });
};

export const useResetPassword = () =>
  useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      api.post(`/api/admin/staff/${id}/password`, { password }),
  });

export const useSaveProperty = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: PropertyInput }) =>
      id === null ? api.post('/api/admin/properties', input) : api.put(`/api/admin/properties/${id}`, input),
    meta: { quietErrors: true },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: adminKeys.properties() });
      void qc.invalidateQueries({ queryKey: propertyKeys.all });
    },
  });
};

export const useCreateDepartment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: DepartmentInput) => api.post('/api/admin/departments', input),
    meta: { quietErrors: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.departments() }),
  });
};

export const useSettings = (propertyId: number | null) =>
  useQuery({
    queryKey: adminKeys.settings(propertyId),
    queryFn: () => api.get<Setting[]>('/api/settings', { propertyId }),
    enabled: propertyId !== null,
  });

export const useSaveSetting = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { propertyId: number; key: string; value: number }) =>
      api.put('/api/admin/settings', input),
    meta: { quietErrors: true },
    onSuccess: (_r, v) => {
      void qc.invalidateQueries({ queryKey: adminKeys.settings(v.propertyId) });
      // The price-list page shows the work-order limits from its own query.
      void qc.invalidateQueries({ queryKey: woKeys.settings(v.propertyId) });
    },
  });
};

export const useWebhooks = () =>
  useQuery({ queryKey: adminKeys.webhooks(), queryFn: () => api.get<Webhook[]>('/api/admin/webhooks') });

export const useWebhookDeliveries = (id: number | null, f: DeliveryFilter) =>
  useQuery({
    queryKey: adminKeys.deliveries(id ?? 0, f),
    queryFn: ({ signal }) =>
      api.get<{ items: WebhookDelivery[]; total: number }>(
        `/api/admin/webhooks/${id}/deliveries`,
        { page: f.page, pageSize: 20, status: f.status },
        signal,
      ),
    enabled: id !== null,
    staleTime: 0,
  });

export const useCreateWebhook = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => api.post<{ id: number }>('/api/admin/webhooks', input),
    meta: { quietErrors: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.webhooks() }),
  });
};

/** Deactivating asks first; turning back on keeps the URL, events and secret as they are. */
export const useSetWebhookActive = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ hook, isActive }: { hook: Webhook; isActive: boolean }) =>
      isActive
        ? api.put(`/api/admin/webhooks/${hook.id}`, {
            url: hook.url,
            kinds: hook.kinds,
            active: true,
          } satisfies UpdateWebhookInput)
        : api.post(`/api/admin/webhooks/${hook.id}/deactivate`),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.webhooks() }),
  });
};
