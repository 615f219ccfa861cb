import type { Role } from '@propdesk/domain';

/** Who reads the monthly figures; mirrors apps/server/src/reports/routes.ts (the server checks again). */
export const reportReaders: readonly Role[] = ['assistant', 'supervisor', 'manager', 'company'];

/** The contact register is the desk's own paper form (S0), so the receptionist reads it too. */
export const registerReaders: readonly Role[] = ['receptionist', ...reportReaders];
