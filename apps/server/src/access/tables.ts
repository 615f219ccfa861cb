import type { Generated } from 'kysely';

export type AccessTables = {
  properties: {
    id: Generated<number>;
    code: string;
    name: string;
    timezone: string;
    address: string | null;
    phone: string | null;
    createdAt: string;
  };
  departments: {
    id: Generated<number>;
    propertyId: number;
    name: string;
    /** e.g. engineering, security, cleaning, greening, finance, admin, service */
    kind: string;
    createdAt: string;
  };
  staff: {
    id: Generated<number>;
    username: string;
    passwordHash: string;
    name: string;
    employeeNo: string;
    phone: string | null;
    departmentId: number | null;
    isDeptHead: number;
    certifiedForDuty: number;
    active: number;
    locale: string;
    createdAt: string;
  };
  staffRoles: { staffId: number; role: string };
  staffProperties: { staffId: number; propertyId: number };
  sessions: {
    id: string;
    staffId: number;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  };
  loginAttempts: {
    id: Generated<number>;
    username: string;
    at: string;
    ok: number;
    ip: string | null;
  };
};
