import type { Role } from '@propdesk/domain';
import { z } from 'zod';
import { deskRoles as intakeDeskRoles } from '../intake/routes.js';

/** Who keeps the registers: the desk (DOMAIN.md §1 receptionist, and the desk's seniors). */
export const deskRoles: readonly Role[] = intakeDeskRoles;
/** Reads: any signed-in staff member of the property (the company role reads all). */
export const read = { access: 'signed-in' } as const;
export const Created = z.object({ id: z.number() });
