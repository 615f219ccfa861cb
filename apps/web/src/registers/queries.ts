import type { NoticeScreenView, ReceiptView, RegisterKind, RenovationPermitView } from '@propdesk/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { api } from '../lib/api';
import type {
  AccessPass,
  DeskPayment,
  GateCheck,
  GateLookup,
  KeyInventories,
  KeyLoan,
  KeySet,
  KeyTakeBack,
  MailItem,
  MoveDetail,
  MoveRegistration,
  Notice,
  Reconciliation,
  RegisterDayCheck,
  ReleaseSlip,
  ReleaseSlipDetail,
  Renovation,
  RenovationDetail,
  SlipPrint,
  Visitor,
} from './types';

type P = number | null;

/** One key factory for the front-desk registers; every write refreshes `registerKeys.all`. */
export const registerKeys = {
  all: ['registers'] as const,
  keySets: (p: P) => [...registerKeys.all, 'key-sets', p] as const,
  keyLoans: (p: P, isOpen: boolean) => [...registerKeys.all, 'key-loans', p, isOpen] as const,
  takeBacks: (p: P) => [...registerKeys.all, 'key-take-backs', p] as const,
  inventories: (p: P) => [...registerKeys.all, 'key-inventories', p] as const,
  mail: (p: P, status: string) => [...registerKeys.all, 'mail', p, status] as const,
  payments: (p: P, pending: string) => [...registerKeys.all, 'payments', p, pending] as const,
  receipt: (id: number) => [...registerKeys.all, 'receipt', id] as const,
  slips: (p: P, state: string) => [...registerKeys.all, 'slips', p, state] as const,
  slip: (id: number) => [...registerKeys.all, 'slip', id] as const,
  slipPrint: (id: number) => [...registerKeys.all, 'slip-print', id] as const,
  gateLookup: (p: P, number: string) => [...registerKeys.all, 'gate', p, number] as const,
  gateLog: (p: P, month: string) => [...registerKeys.all, 'gate-log', p, month] as const,
  reconciliation: (p: P, month: string) => [...registerKeys.all, 'reconciliation', p, month] as const,
  visitors: (p: P, inside: boolean, day: string | null) =>
    [...registerKeys.all, 'visitors', p, inside, day] as const,
  passes: (p: P, status: string) => [...registerKeys.all, 'passes', p, status] as const,
  renovations: (p: P, filter: string) => [...registerKeys.all, 'renovations', p, filter] as const,
  renovation: (id: number) => [...registerKeys.all, 'renovation', id] as const,
  permit: (id: number) => [...registerKeys.all, 'permit', id] as const,
  moves: (p: P, isPending: boolean) => [...registerKeys.all, 'moves', p, isPending] as const,
  move: (id: number) => [...registerKeys.all, 'move', id] as const,
  notices: (p: P, state: string) => [...registerKeys.all, 'notices', p, state] as const,
  screen: (p: P) => [...registerKeys.all, 'screen', p] as const,
  dayCheck: (p: P, day: string | null) => [...registerKeys.all, 'day-check', p, day] as const,
  history: (register: RegisterKind, id: number) => [...registerKeys.all, 'history', register, id] as const,
};

const usePropertyList = <T>(
  key: readonly unknown[],
  p: P,
  path: string,
  params: Record<string, unknown> = {},
) =>
  useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api.get<T>(path, { propertyId: p, ...(params as Record<string, string | undefined>) }, signal),
    enabled: p !== null,
    placeholderData: keepPreviousData,
  });

export const useKeySets = (p: P) =>
  usePropertyList<KeySet[]>(registerKeys.keySets(p), p, '/api/registers/key-sets');
export const useKeyLoans = (p: P, isOpen: boolean) =>
  usePropertyList<KeyLoan[]>(registerKeys.keyLoans(p, isOpen), p, '/api/registers/key-loans', {
    open: isOpen ? '1' : undefined,
  });
export const useTakeBacks = (p: P) =>
  usePropertyList<KeyTakeBack[]>(registerKeys.takeBacks(p), p, '/api/registers/key-take-backs');
export const useKeyInventories = (p: P) =>
  usePropertyList<KeyInventories>(registerKeys.inventories(p), p, '/api/registers/key-inventories');

export const useMail = (p: P, status: 'uncollected' | 'all') =>
  usePropertyList<MailItem[]>(registerKeys.mail(p, status), p, '/api/registers/mail', { status });

export const usePayments = (p: P, pending: '' | 'handover' | 'invoice') =>
  usePropertyList<DeskPayment[]>(registerKeys.payments(p, pending), p, '/api/registers/payments', {
    pending: pending || undefined,
  });
export const useReceipt = (id: number) =>
  useQuery({
    queryKey: registerKeys.receipt(id),
    queryFn: () => api.get<ReceiptView>(`/api/registers/payments/${id}/receipt`),
  });

export const useSlips = (p: P, state: string) =>
  usePropertyList<ReleaseSlip[]>(registerKeys.slips(p, state), p, '/api/registers/release-slips', {
    state: state || undefined,
  });
export const useSlip = (id: number) =>
  useQuery({
    queryKey: registerKeys.slip(id),
    queryFn: () => api.get<ReleaseSlipDetail>(`/api/registers/release-slips/${id}`),
  });
export const useSlipPrint = (id: number) =>
  useQuery({
    queryKey: registerKeys.slipPrint(id),
    queryFn: () => api.get<SlipPrint>(`/api/registers/release-slips/${id}/print`),
  });
export const useGateLookup = (p: P, number: string) =>
  useQuery({
    queryKey: registerKeys.gateLookup(p, number),
    queryFn: () => api.get<GateLookup>('/api/registers/gate/release-slips', { propertyId: p, number }),
    enabled: p !== null && number.length >= 4,
    retry: false,
    staleTime: 0,
  });
export const useGateLog = (p: P, month: string) =>
  usePropertyList<(GateCheck & { checkedByName: string | null })[]>(
    registerKeys.gateLog(p, month),
    p,
    '/api/registers/gate/release-log',
    { month },
  );
export const useReconciliation = (p: P, month: string) =>
  usePropertyList<Reconciliation>(
    registerKeys.reconciliation(p, month),
    p,
    '/api/registers/release-slips-reconciliation',
    { month },
  );

export const useVisitors = (p: P, inside: boolean, day: string | null) =>
  usePropertyList<Visitor[]>(registerKeys.visitors(p, inside, day), p, '/api/registers/visitors', {
    inside: inside ? '1' : undefined,
    day: inside ? undefined : (day ?? undefined),
  });

export const usePasses = (p: P, status: 'out' | 'expired' | 'all') =>
  usePropertyList<AccessPass[]>(registerKeys.passes(p, status), p, '/api/registers/passes', { status });

export const useRenovations = (p: P, filter: string) =>
  usePropertyList<Renovation[]>(registerKeys.renovations(p, filter), p, '/api/registers/renovations', {
    state: filter && filter !== 'awaitingNotice' ? filter : undefined,
    awaitingNotice: filter === 'awaitingNotice' ? '1' : undefined,
  });
export const useRenovation = (id: number) =>
  useQuery({
    queryKey: registerKeys.renovation(id),
    queryFn: () => api.get<RenovationDetail>(`/api/registers/renovations/${id}`),
    enabled: id > 0,
  });
export const usePermit = (id: number) =>
  useQuery({
    queryKey: registerKeys.permit(id),
    queryFn: () => api.get<RenovationPermitView>(`/api/registers/renovations/${id}/permit`),
    retry: false,
  });

export const useMoves = (p: P, isPending: boolean) =>
  usePropertyList<MoveRegistration[]>(registerKeys.moves(p, isPending), p, '/api/registers/moves', {
    pending: isPending ? '1' : undefined,
  });
export const useMove = (id: number | null) =>
  useQuery({
    queryKey: registerKeys.move(id ?? 0),
    queryFn: () => api.get<MoveDetail>(`/api/registers/moves/${id}`),
    enabled: id !== null,
  });

export const useNotices = (p: P, state: string) =>
  usePropertyList<Notice[]>(registerKeys.notices(p, state), p, '/api/registers/notices', {
    state: state || undefined,
  });
/** The lobby screen polls; the version tells it whether anything changed. */
export const useNoticeScreen = (p: P, intervalMs: number) =>
  useQuery({
    queryKey: registerKeys.screen(p),
    queryFn: () => api.get<NoticeScreenView>('/api/registers/notices-screen', { propertyId: p }),
    enabled: p !== null,
    refetchInterval: intervalMs,
    refetchIntervalInBackground: true,
    placeholderData: keepPreviousData,
  });

export const useRegisterDayCheck = (p: P, day: string | null) =>
  usePropertyList<RegisterDayCheck>(registerKeys.dayCheck(p, day), p, '/api/registers/day-check', {
    day: day ?? undefined,
  });

export const useRegisterHistory = (register: RegisterKind, id: number | null) =>
  useQuery({
    queryKey: registerKeys.history(register, id ?? 0),
    queryFn: () => api.get<HistoryEntry[]>('/api/registers/history', { register, id }),
    enabled: id !== null,
  });
