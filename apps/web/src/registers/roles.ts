import type { Role } from '@propdesk/domain';

/** Who keeps the registers; mirrors the server's deskRoles (apps/server/src/registers/http.ts). */
export const deskRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];
/** Supervisors and managers confirm checks and void receipts. */
export const seniorRoles: readonly Role[] = ['supervisor', 'manager'];
