import type {
  BoardView,
  CompleteWorkOrderInput,
  CreatePriceItemInput,
  CreateWorkOrderInput,
  DispatchWorkOrderInput,
  PauseWorkOrderInput,
  PriceItemView,
  ReassignWorkOrderInput,
  RecordReturnVisitInput,
  ReferWorkOrderInput,
  RescheduleWorkOrderInput,
  ReturnVisitQueue,
  SendBackWorkOrderInput,
  WorkOrderAction,
  WorkOrderDetail,
  WorkOrderPage,
  WorkOrderReceipt,
  WorkOrderSlip,
  WorkOrderSummary,
} from '@propdesk/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { intakeKeys } from '../intake/queries';
import { api, isApiError } from '../lib/api';
import { toastError } from '../lib/feedback';

export type Board = z.infer<typeof BoardView>;
export type BoardOrder = WorkOrderSummary;
export type BoardCase = Board['cases'][number];
export type OrderDetail = WorkOrderDetail;
export type MyOrder = WorkOrderSummary & { allowedActions: WorkOrderAction[] };
export type VisitQueue = z.infer<typeof ReturnVisitQueue>;
export type VisitRow = VisitQueue['items'][number];
export type PriceItem = z.infer<typeof PriceItemView>;
export type OrderPage = z.infer<typeof WorkOrderPage>;
export type Slip = z.infer<typeof WorkOrderSlip>;
export type Receipt = z.infer<typeof WorkOrderReceipt>;
export type Setting = { key: string; label: string; value: number; default: number };
export type FieldStaff = {
  id: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  roles: string[];
};
export type Department = { id: number; propertyId: number; name: string; kind: string };

export type BoardFilter = {
  propertyId: number | null;
  departmentId?: number;
  type?: string;
  state?: string;
  assigneeId?: number;
  flag?: 'followUp' | 'breached' | 'overdue';
  page?: number;
};
export type VisitFilter = {
  propertyId: number | null;
  status: 'due' | 'done';
  kind?: 'required' | 'spotCheck';
  page: number;
};

export const woKeys = {
  all: ['work-orders'] as const,
  board: (f: BoardFilter) => [...woKeys.all, 'board', f] as const,
  boardAll: () => [...woKeys.all, 'board'] as const,
  order: (id: number) => [...woKeys.all, 'order', id] as const,
  slip: (id: number) => [...woKeys.all, 'slip', id] as const,
  receipt: (id: number) => [...woKeys.all, 'receipt', id] as const,
  mine: (scope: 'mine' | 'department') => [...woKeys.all, 'mine', scope] as const,
  ofCase: (caseId: number) => [...woKeys.all, 'case', caseId] as const,
  visits: (f: VisitFilter) => [...woKeys.all, 'visits', f] as const,
  prices: (propertyId: number | null, isAll: boolean) =>
    [...woKeys.all, 'prices', propertyId, isAll] as const,
  settings: (propertyId: number | null) => [...woKeys.all, 'settings', propertyId] as const,
  staff: (propertyId: number | null) => [...woKeys.all, 'staff', propertyId] as const,
  departments: () => [...woKeys.all, 'departments'] as const,
};

export const useBoard = (f: BoardFilter) =>
  useQuery({
    queryKey: woKeys.board(f),
    queryFn: ({ signal }) =>
      api.get<Board>('/api/work-orders/board', { ...f, pageSize: 50, page: f.page ?? 1 }, signal),
    enabled: f.propertyId !== null,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });

export const useWorkOrder = (id: number) =>
  useQuery({
    queryKey: woKeys.order(id),
    queryFn: ({ signal }) => api.get<OrderDetail>(`/api/work-orders/${id}`, undefined, signal),
    enabled: id > 0,
    staleTime: 5_000,
  });

export const useSlip = (id: number) =>
  useQuery({ queryKey: woKeys.slip(id), queryFn: () => api.get<Slip>(`/api/work-orders/${id}/slip`) });
export const useReceipt = (id: number) =>
  useQuery({
    queryKey: woKeys.receipt(id),
    queryFn: () => api.get<Receipt>(`/api/work-orders/${id}/receipt`),
  });

export const useMyOrders = (scope: 'mine' | 'department') =>
  useQuery({
    queryKey: woKeys.mine(scope),
    queryFn: ({ signal }) => api.get<MyOrder[]>('/api/work-orders/mine', { scope }, signal),
    staleTime: 5_000,
    refetchInterval: 60_000,
  });

export const useCaseOrders = (caseId: number) =>
  useQuery({
    queryKey: woKeys.ofCase(caseId),
    queryFn: ({ signal }) => api.get<OrderPage>('/api/work-orders', { caseId, pageSize: 50 }, signal),
    enabled: caseId > 0,
  });

export const useReturnVisits = (f: VisitFilter) =>
  useQuery({
    queryKey: woKeys.visits(f),
    queryFn: ({ signal }) => api.get<VisitQueue>('/api/return-visits', { ...f, pageSize: 50 }, signal),
    enabled: f.propertyId !== null,
    placeholderData: keepPreviousData,
  });

export const usePriceItems = (propertyId: number | null, isAll = false) =>
  useQuery({
    queryKey: woKeys.prices(propertyId, isAll),
    queryFn: () =>
      api.get<PriceItem[]>('/api/price-items', { propertyId, includeRetired: isAll ? '1' : undefined }),
    enabled: propertyId !== null,
    staleTime: 60_000,
  });

export const useWoSettings = (propertyId: number | null) =>
  useQuery({
    queryKey: woKeys.settings(propertyId),
    queryFn: async () =>
      (await api.get<Setting[]>('/api/settings', { propertyId })).filter((s) =>
        s.key.startsWith('workOrders.'),
      ),
    enabled: propertyId !== null,
  });

export const useFieldStaff = (propertyId: number | null) =>
  useQuery({
    queryKey: woKeys.staff(propertyId),
    queryFn: () => api.get<FieldStaff[]>('/api/desk/staff', { propertyId }),
    enabled: propertyId !== null,
    staleTime: 5 * 60_000,
  });

export const useDepartments = (propertyId: number | null) => {
  const q = useQuery({
    queryKey: woKeys.departments(),
    queryFn: () => api.get<Department[]>('/api/departments'),
    staleTime: 5 * 60_000,
  });
  return { ...q, data: q.data?.filter((d) => d.propertyId === propertyId) };
};

/** A write refused because the order moved on meanwhile: someone else changed it first. */
export const isStale = (e: unknown) =>
  isApiError(e) && (e.code === 'CONFLICT' || e.code === 'INVALID_TRANSITION');

export const STALE_TEXT = '该派工单已被他人更新，已刷新';

/**
 * Every order write: on success the board, lists, the order and the case refresh; on a 409
 * (another person changed the order first) the order is read again and the desk is told so.
 */
const useWoMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: woKeys.all }),
      qc.invalidateQueries({ queryKey: intakeKeys.all }),
    ]);
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: true },
    onSuccess: refresh,
    onError: (e) => {
      if (!isStale(e)) return;
      toastError(isApiError(e) && e.code === 'CONFLICT' ? STALE_TEXT : `${e.message}（${STALE_TEXT}）`);
      void refresh();
    },
  });
};

type Written = { version: number; reworkOrderId?: number | null; isCaseClosed?: boolean };
const act =
  <I>(path: string) =>
  ({ id, input }: { id: number; input: I }) =>
    api.post<Written>(`/api/work-orders/${id}/${path}`, input);

export const useCreateOrder = () =>
  useWoMutation((input: CreateWorkOrderInput) =>
    api.post<{ id: number; number: string; version: number }>('/api/work-orders', input),
  );
export const useDispatchOrder = () => useWoMutation(act<DispatchWorkOrderInput>('dispatch'));
export const useSimpleAction = () =>
  useWoMutation(({ id, action, version }: { id: number; action: SimpleAction; version: number }) =>
    api.post<Written>(`/api/work-orders/${id}/${action}`, { version }),
  );
export type SimpleAction = 'accept' | 'arrive' | 'resume' | 'close';
export const useCompleteOrder = () => useWoMutation(act<CompleteWorkOrderInput>('complete'));
export const useRescheduleOrder = () => useWoMutation(act<RescheduleWorkOrderInput>('reschedule'));
export const useReassignOrder = () => useWoMutation(act<ReassignWorkOrderInput>('reassign'));
export const useSendBackOrder = () => useWoMutation(act<SendBackWorkOrderInput>('send-back'));
export const useReferOrder = () => useWoMutation(act<ReferWorkOrderInput>('refer'));
export const usePauseOrder = () => useWoMutation(act<PauseWorkOrderInput>('pause'));
export const useAddNote = () =>
  useWoMutation(({ id, text }: { id: number; text: string }) =>
    api.post<{ id: number; day: string }>(`/api/work-orders/${id}/notes`, { text }),
  );
/** The visit, then (satisfied, when asked) the close that follows it, at the version the visit gave. */
export const useRecordVisit = () =>
  useWoMutation(
    async ({ id, input, andClose }: { id: number; input: RecordReturnVisitInput; andClose: boolean }) => {
      const r = await api.post<Written>(`/api/work-orders/${id}/return-visit`, input);
      if (!andClose || !input.satisfied) return r;
      return api.post<Written>(`/api/work-orders/${id}/close`, { version: r.version });
    },
  );
export const useSlipPrinted = () =>
  useMutation({
    mutationFn: (id: number) => api.post(`/api/work-orders/${id}/slip-printed`),
    meta: { quietErrors: true },
  });

const usePriceMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: [...woKeys.all, 'prices'] }),
  });
};
export const useCreatePriceItem = () =>
  usePriceMutation((input: CreatePriceItemInput) =>
    api.post<{ id: number }>('/api/admin/price-items', input),
  );
export const useRetirePriceItem = () =>
  usePriceMutation((id: number) => api.post(`/api/admin/price-items/${id}/retire`));
export const useUpdateSetting = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { propertyId: number; key: string; value: number }) =>
      api.put('/api/admin/settings', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...woKeys.all, 'settings'] }),
  });
};
