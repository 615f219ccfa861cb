import type {
  BulkRosterInput,
  CreateSwapInput,
  EquipmentItem,
  HandoverDetailView,
  OpenHandoverInput,
  RosterGridView,
  SetRosterCellInput,
  SignIncomingInput,
  UpdateHandoverDraftInput,
} from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api';

export type MyShift = {
  assignmentId: number;
  postId: number;
  day: string;
  startsAt: string;
  endsAt: string;
  isSubstitute: boolean;
  clockIn: string | null;
  clockOut: string | null;
};
export type Fact = { kind: string; minutes: number };
export type HandoverRow = {
  id: number;
  state: string;
  stateLabel: string;
  day: string;
  postName: string;
  outgoingName: string;
  incomingName: string | null;
  openedAt: string;
  counts: { key: string; label: string; total: number }[];
};
export type DutyPerson = { id: number; name: string; employeeNo: string; certifiedForDuty: boolean };
export type { EquipmentItem, HandoverDetailView, RosterGridView };

export const dutyKeys = {
  all: ['duty'] as const,
  roster: (propertyId: number, month: string) => [...dutyKeys.all, 'roster', propertyId, month] as const,
  people: (propertyId: number) => [...dutyKeys.all, 'people', propertyId] as const,
  myShifts: (propertyId: number) => [...dutyKeys.all, 'my-shifts', propertyId] as const,
  handovers: (propertyId: number) => [...dutyKeys.all, 'handovers', propertyId] as const,
  handover: (id: number) => [...dutyKeys.all, 'handover', id] as const,
};

export const useRoster = (propertyId: number | null, month: string) =>
  useQuery({
    queryKey: dutyKeys.roster(propertyId ?? 0, month),
    queryFn: () => api.get<RosterGridView>(withQuery('/api/duty/roster', { propertyId, month })),
    enabled: propertyId !== null,
  });
export const useDutyPeople = (propertyId: number | null) =>
  useQuery({
    queryKey: dutyKeys.people(propertyId ?? 0),
    queryFn: () => api.get<DutyPerson[]>(withQuery('/api/duty/people', { propertyId })),
    enabled: propertyId !== null,
  });
export const useMyShifts = (propertyId: number | null) =>
  useQuery({
    queryKey: dutyKeys.myShifts(propertyId ?? 0),
    queryFn: () => api.get<MyShift[]>(withQuery('/api/duty/my-shifts', { propertyId })),
    enabled: propertyId !== null,
  });
export const useHandovers = (propertyId: number | null) =>
  useQuery({
    queryKey: dutyKeys.handovers(propertyId ?? 0),
    queryFn: () => api.get<HandoverRow[]>(withQuery('/api/duty/handovers', { propertyId })),
    enabled: propertyId !== null,
  });
export const useHandover = (id: number) =>
  useQuery({
    queryKey: dutyKeys.handover(id),
    queryFn: () => api.get<HandoverDetailView>(`/api/duty/handovers/${id}`),
    // The incoming person signs in another browser: the outgoing page sees it soon.
    refetchInterval: 5_000,
  });

/** Every duty mutation refreshes every duty query; forms that show the error themselves pass isQuiet. */
export const useDutyMutation = <V, R>(fn: (v: V) => Promise<R>, opts: { isQuiet?: boolean } = {}) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: opts.isQuiet === true },
    onSuccess: () => qc.invalidateQueries({ queryKey: dutyKeys.all }),
  });
};

export const useClock = () =>
  useDutyMutation(({ kind, propertyId }: { kind: 'in' | 'out'; propertyId: number }) =>
    api.post<{ assignmentId: number; at: string; facts: Fact[] }>(`/api/duty/clock-${kind}`, { propertyId }),
  );
export const useOpenHandover = () =>
  useDutyMutation((input: Partial<OpenHandoverInput> & { propertyId: number }) =>
    api.post<{ id: number }>('/api/duty/handovers', { notes: '', equipment: [], ...input }),
  );
export const useUpdateDraft = (id: number) =>
  useDutyMutation((input: Partial<UpdateHandoverDraftInput>) =>
    api.patch(`/api/duty/handovers/${id}/draft`, input),
  );
export const useHandOver = (id: number) =>
  useDutyMutation(() => api.post(`/api/duty/handovers/${id}/hand-over`));
export const useSignIncoming = (id: number) =>
  useDutyMutation((input: SignIncomingInput) => api.post(`/api/duty/handovers/${id}/sign`, input));
export const useCloseHandover = (id: number) =>
  useDutyMutation(() => api.post<{ closedAt: string; facts: Fact[] }>(`/api/duty/handovers/${id}/close`));
export const useSetCell = () =>
  useDutyMutation((input: SetRosterCellInput) => api.put('/api/duty/roster/cell', input));
/** 批量排班: all cells or none; the modal shows the refusal itself. */
export const useBulkRoster = () =>
  useDutyMutation((input: BulkRosterInput) => api.post<{ changed: number }>('/api/duty/roster/bulk', input), {
    isQuiet: true,
  });
export const useDefaultPosts = () =>
  useDutyMutation((propertyId: number) => api.post('/api/duty/posts/defaults', { propertyId }));

export type SwapRow = {
  id: number;
  mode: 'reported' | 'applied';
  state: 'reported' | 'pending' | 'approved' | 'refused' | 'withdrawn' | 'expired';
  day: string;
  startsAt: string;
  endsAt: string;
  postName: string;
  exchangeDay: string | null;
  exchangePostName: string | null;
  requesterId: number;
  substituteId: number;
  createdBy: number;
  requesterName: string;
  substituteName: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  reason: string;
  createdAt: string;
};
export type UnresolvedDay = {
  day: string;
  unresolvedEntries: {
    id: number;
    text: string;
    occurredAt: string;
    authorId: number;
    authorName: string;
    postName: string;
    day: string;
    resolvedAt: string | null;
    resolvedByName: string | null;
    resolution: string | null;
  }[];
  sections: HandoverDetailView['sections'];
};

export const useSwaps = (propertyId: number | null) =>
  useQuery({
    queryKey: [...dutyKeys.all, 'swaps', propertyId ?? 0],
    queryFn: () => api.get<SwapRow[]>(withQuery('/api/duty/swaps', { propertyId })),
    enabled: propertyId !== null,
  });
export const useUnresolved = (propertyId: number | null, day: string) =>
  useQuery({
    queryKey: [...dutyKeys.all, 'unresolved', propertyId ?? 0, day],
    queryFn: () => api.get<UnresolvedDay>(withQuery('/api/duty/unresolved', { propertyId, day })),
    enabled: propertyId !== null,
  });
export const useCreateSwap = () =>
  useDutyMutation(
    (input: CreateSwapInput) => api.post<{ id: number; state: string }>('/api/duty/swaps', input),
    { isQuiet: true },
  );
export const useDecideSwap = () =>
  useDutyMutation(
    ({ id, approve, note }: { id: number; approve: boolean; note: string }) =>
      api.post(`/api/duty/swaps/${id}/decision`, { approve, note }),
    { isQuiet: true },
  );
export const useWithdrawSwap = () =>
  useDutyMutation((id: number) => api.post(`/api/duty/swaps/${id}/withdraw`));
