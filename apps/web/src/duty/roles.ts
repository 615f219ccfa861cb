import type { Role } from '@propdesk/domain';

/** The duty API's role lists as the pages need them (the server checks again). */

/** Who sets up posts and their times (server postRoles). */
export const postWriterRoles: readonly Role[] = ['supervisor', 'admin'];
/** Who fills the monthly roster, cell by cell or a month at once (server rosterRoles). */
export const rosterWriterRoles: readonly Role[] = ['supervisor'];
/** Who reads attendance facts and workload (server dutyReaderRoles). */
export const dutyReaderRoles: readonly Role[] = ['supervisor', 'manager', 'assistant', 'company'];
/** Who sees 岗位与班次 in the menu: those who set posts up and those who read attendance. */
export const postPageRoles: readonly Role[] = [...postWriterRoles, 'manager', 'assistant', 'company'];
/** Who records what was done about an unresolved matter besides its author (server deskRoles). */
export const resolverRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];

export const hasAnyRole = (roles: readonly Role[] | undefined, allowed: readonly Role[]) =>
  !!roles?.some((r) => allowed.includes(r));
