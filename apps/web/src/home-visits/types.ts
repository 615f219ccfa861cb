import type { AppointmentState, ProgressStatus } from '@propdesk/domain';

export type Appointment = {
  id: number;
  propertyId: number;
  roomId: number;
  roomLabel: string;
  residentName: string;
  phone: string;
  calledAt: string;
  calledBy: number;
  calledByName: string;
  scheduledAt: string;
  visitorId: number;
  visitorName: string;
  companions: string | null;
  purpose: string | null;
  state: AppointmentState;
  rescheduleCount: number;
  closedReason: string | null;
  closedAt: string | null;
  visitId: number | null;
};

export type HomeVisit = {
  id: number;
  propertyId: number;
  appointmentId: number;
  roomId: number;
  roomLabel: string;
  buildingId: number;
  visitedAt: string;
  visitorId: number;
  visitorName: string;
  companions: string | null;
  metName: string;
  groomingChecked: number;
  satisfaction: 'satisfied' | 'basically' | 'dissatisfied';
  opinions: string;
  followUp: string | null;
  recordedByName: string;
  residentName: string;
  phone: string;
  calledAt: string;
  scheduledAt: string;
  purpose: string | null;
};

export type AreaProgress = {
  id: number | null;
  name: string;
  households: number;
  target: number;
  remaining: number;
  percent: number;
  expectedByNow: number;
  status: ProgressStatus;
  roomCount: number;
  buildings: { id: number; name: string; rooms: number; households: number }[];
};

export type Progress = {
  quarter: string;
  start: string;
  end: string;
  target: number;
  visits: number;
  areas: AreaProgress[];
};

export type Area = { id: number; name: string; buildingIds: number[] };
