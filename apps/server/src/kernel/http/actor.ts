import type { Role } from '@propdesk/domain';
import { notFound } from '../errors.js';

/** The signed-in staff member a request acts for. */
export type Actor = {
  id: number;
  username: string;
  name: string;
  roles: Role[];
  propertyIds: number[];
  departmentId: number | null;
  isDeptHead: boolean;
  certifiedForDuty: boolean;
  sessionId: string;
  csrfToken: string;
};

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));

/** The company role reads every property; everyone else only those they serve. */
export const canReadProperty = (actor: Actor, propertyId: number) =>
  hasRole(actor, 'company') || actor.propertyIds.includes(propertyId);

export const canWriteProperty = (actor: Actor, propertyId: number) => actor.propertyIds.includes(propertyId);

/** Records of a property the actor does not serve do not exist for them: 404, not 403. */
export const assertPropertyAccess = (
  actor: Actor,
  propertyId: number,
  mode: 'read' | 'write',
  what?: string,
) => {
  const ok = mode === 'read' ? canReadProperty(actor, propertyId) : canWriteProperty(actor, propertyId);
  if (!ok) throw notFound(what);
};

/** Properties the actor may read, or 'all' for the company role. */
export const readableProperties = (actor: Actor): number[] | 'all' =>
  hasRole(actor, 'company') ? 'all' : actor.propertyIds;
