import type { Role } from '@propdesk/domain';

/** Who books and makes home visits; mirrors the server's visitRoles (the customer service centre). */
export const visitRoles: readonly Role[] = ['receptionist', 'assistant', 'supervisor', 'manager'];
/** Who draws the 苑区 of the quarter's campaign; mirrors the server's organiserRoles. */
export const organiserRoles: readonly Role[] = ['supervisor', 'manager'];
