import { deskRoles } from '../intake/routes.js';
import { forbidden } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole } from '../kernel/http/actor.js';

type Owned = { propertyId: number; assigneeId: number | null; departmentId: number };

export const isDesk = (actor: Actor) => hasRole(actor, ...deskRoles);

/** The assignee, or the head of the order's department (issue 4 item 4). */
export const isFieldFor = (actor: Actor, o: Owned) =>
  hasRole(actor, 'dept_staff') &&
  (o.assigneeId === actor.id || (actor.isDeptHead && actor.departmentId === o.departmentId));

/** Another property's order does not exist (404); someone else's order in yours is a 403. */
export const assertCanView = (actor: Actor, o: Owned) => {
  assertPropertyAccess(actor, o.propertyId, 'read', '派工单');
  if (isDesk(actor) || hasRole(actor, 'company') || isFieldFor(actor, o)) return;
  throw forbidden('只能查看派给您或本部门的派工单');
};

export const assertField = (actor: Actor, o: Owned) => {
  assertPropertyAccess(actor, o.propertyId, 'write', '派工单');
  if (!isFieldFor(actor, o)) throw forbidden('只能操作派给您的派工单（或本部门的，限部门主管）');
};

export const assertDesk = (actor: Actor, o: Owned) => {
  assertPropertyAccess(actor, o.propertyId, 'write', '派工单');
  if (!isDesk(actor)) throw forbidden('此操作由客服中心执行');
};

/** Notes and corrections: the desk, or the assignee and their head. */
export const assertDeskOrField = (actor: Actor, o: Owned) => {
  assertPropertyAccess(actor, o.propertyId, 'write', '派工单');
  if (!isDesk(actor) && !isFieldFor(actor, o)) throw forbidden('只能操作派给您或本部门的派工单');
};
