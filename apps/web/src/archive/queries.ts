import type {
  CreatePersonInput,
  CreateRoomInput,
  LookupResult,
  MoveInInput,
  MoveOutInput,
  Relation,
  SetArrearsInput,
  TransferInput,
  UpdatePersonInput,
} from '@propdesk/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { api } from '../lib/api';

export type Building = {
  id: number;
  code: string;
  name: string;
  unitCount: number;
  roomCount: number;
  occupiedRoomCount: number;
  arrearsRoomCount: number;
};
export type Unit = { id: number; code: string; name: string; roomCount: number };
export type UnitsAnswer = {
  building: { id: number; propertyId: number; code: string; name: string };
  units: Unit[];
  roomsWithoutUnit: number;
};
export type Arrears = { monthsOwed: number; amountCents: number; asOf: string };
export type RoomRow = {
  id: number;
  code: string;
  label: string;
  floor: number | null;
  areaM2: number | null;
  unitId: number | null;
  owners: { id: number; name: string }[];
  occupantCount: number;
  arrears: Arrears | null;
};
export type RoomFilter = 'all' | 'arrears' | 'vacant';
export type RoomListParams = { unitId?: number; filter: RoomFilter; page: number; pageSize: number };
export type Occupancy = {
  occupancyId: number;
  personId: number;
  name: string;
  idNumberMasked: string | null;
  relation: Relation;
  startKind: string;
  startDate: string;
  endDate: string | null;
  endKind: string | null;
  phones: string[];
};
export type RoomPage = {
  room: {
    id: number;
    propertyId: number;
    code: string;
    label: string;
    floor: number | null;
    areaM2: number | null;
    buildingId: number;
    buildingName: string;
    unitId: number | null;
    unitName: string | null;
  };
  current: Occupancy[];
  past: Occupancy[];
  arrears: (Arrears & { updatedAt: string }) | null;
  history: HistoryEntry[];
};
export type PersonPage = {
  person: {
    id: number;
    propertyId: number;
    name: string;
    idNumberMasked: string | null;
    note: string | null;
  };
  phones: string[];
  rooms: {
    occupancyId: number;
    roomId: number;
    label: string;
    relation: Relation;
    startDate: string;
    endDate: string | null;
  }[];
  history: HistoryEntry[];
};

export const archiveKeys = {
  all: ['archive'] as const,
  lookup: (propertyId: number | null, q: string) => [...archiveKeys.all, 'lookup', propertyId, q] as const,
  buildings: (propertyId: number) => [...archiveKeys.all, 'buildings', propertyId] as const,
  units: (buildingId: number) => [...archiveKeys.all, 'units', buildingId] as const,
  rooms: (buildingId: number, params: RoomListParams) =>
    [...archiveKeys.all, 'rooms', buildingId, params] as const,
  room: (id: number) => [...archiveKeys.all, 'room', id] as const,
  person: (id: number) => [...archiveKeys.all, 'person', id] as const,
};

export const useLookup = (propertyId: number | null, q: string) =>
  useQuery({
    queryKey: archiveKeys.lookup(propertyId, q),
    queryFn: ({ signal }) => api.get<LookupResult[]>('/api/archive/lookup', { propertyId, q }, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useBuildings = (propertyId: number | null) =>
  useQuery({
    queryKey: archiveKeys.buildings(propertyId ?? 0),
    queryFn: () => api.get<Building[]>(`/api/archive/properties/${propertyId}/buildings`),
    enabled: propertyId !== null,
  });

export const fetchUnits = (buildingId: number) =>
  api.get<UnitsAnswer>(`/api/archive/buildings/${buildingId}/units`);

export const useRooms = (buildingId: number | null, params: RoomListParams) =>
  useQuery({
    queryKey: archiveKeys.rooms(buildingId ?? 0, params),
    queryFn: () =>
      api.get<{ items: RoomRow[]; total: number; page: number; pageSize: number }>(
        `/api/archive/buildings/${buildingId}/rooms`,
        params,
      ),
    enabled: buildingId !== null,
    placeholderData: keepPreviousData,
  });

export const useRoomPage = (id: number) =>
  useQuery({
    queryKey: archiveKeys.room(id),
    queryFn: () => api.get<RoomPage>(`/api/archive/rooms/${id}`),
    enabled: id > 0,
  });

export const usePersonPage = (id: number | null) =>
  useQuery({
    queryKey: archiveKeys.person(id ?? 0),
    queryFn: () => api.get<PersonPage>(`/api/archive/people/${id}`),
    enabled: id !== null,
  });

/** Archive writes touch rooms, lists and lookups alike: refresh the whole feature. */
const useArchiveMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: archiveKeys.all }),
  });
};

export const useCreateRoom = () =>
  useArchiveMutation((input: CreateRoomInput) => api.post<{ id: number }>('/api/archive/rooms', input));
export const useMoveIn = (roomId: number) =>
  useArchiveMutation((input: MoveInInput) =>
    api.post<{ occupancyId: number }>(`/api/archive/rooms/${roomId}/move-in`, input),
  );
export const useMoveOut = (roomId: number) =>
  useArchiveMutation((input: MoveOutInput) => api.post(`/api/archive/rooms/${roomId}/move-out`, input));
export const useTransfer = (roomId: number) =>
  useArchiveMutation((input: TransferInput) => api.post(`/api/archive/rooms/${roomId}/transfer`, input));
export const useSetArrears = (roomId: number) =>
  useArchiveMutation((input: SetArrearsInput) => api.put(`/api/archive/rooms/${roomId}/arrears`, input));
export const useCreatePerson = () =>
  useArchiveMutation((input: CreatePersonInput) => api.post<{ id: number }>('/api/archive/people', input));
export const useUpdatePerson = (personId: number) =>
  useArchiveMutation((input: UpdatePersonInput) => api.put(`/api/archive/people/${personId}`, input));
