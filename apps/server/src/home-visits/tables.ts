import type { Generated } from 'kysely';

/** Home visits (S2 家访; migration 20261123_1000_home_visits). */
export type HomeVisitTables = {
  homeVisitAreas: {
    id: Generated<number>;
    propertyId: number;
    name: string;
    /** JSON array of building ids. */
    buildingIds: string;
    createdBy: number;
    createdAt: string;
    updatedAt: string;
  };
  homeVisitAppointments: {
    id: Generated<number>;
    propertyId: number;
    roomId: number;
    residentName: string;
    /** The number called to agree the visit (S2 家访 (二)1). */
    phone: string;
    calledAt: string;
    calledBy: number;
    scheduledAt: string;
    visitorId: number;
    companions: string | null;
    purpose: string | null;
    /** scheduled | visited | notHome | cancelled */
    state: string;
    rescheduleCount: number;
    closedReason: string | null;
    closedAt: string | null;
    closedBy: number | null;
    createdAt: string;
  };
  homeVisits: {
    id: Generated<number>;
    propertyId: number;
    appointmentId: number;
    roomId: number;
    visitedAt: string;
    visitorId: number;
    companions: string | null;
    metName: string;
    groomingChecked: number;
    satisfaction: string;
    opinions: string;
    followUp: string | null;
    recordedBy: number;
    createdAt: string;
  };
};
