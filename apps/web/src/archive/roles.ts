import type { Role } from '@propdesk/domain';

/** Mirrors the server's archiveWriters: who sees the archive's edit buttons. */
export const archiveWriterRoles: readonly Role[] = [
  'receptionist',
  'assistant',
  'supervisor',
  'manager',
  'admin',
];
