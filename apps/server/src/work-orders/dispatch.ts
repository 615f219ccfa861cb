import {
  type CreateWorkOrderInput,
  type DispatchWorkOrderInput,
  initialDeadlines,
  localDate,
  priorityRank,
  type ReassignWorkOrderInput,
  type SendBackWorkOrderInput,
} from '@propdesk/domain';
import { findCase, loadCase } from '../intake/case-repo.js';
import { AppError, forbidden } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { nextSerial, readSettings } from '../settings/settings.js';
import { markCaseDispatched } from './case-link.js';
import type { Mutate, WorkOrderDeps } from './mutate.js';
import { assertDesk, assertField, isDesk } from './permissions.js';
import {
  checkAssignee,
  deskStaff,
  ENTITY,
  limitsFor,
  type OrderRow,
  orderEvent,
  propertyOf,
  type Trx,
  transition,
  writeOrder,
} from './repo.js';

/** Dispatch (S3 篇九 4.5.3), reassignment and sending back to the desk. */
export const createDispatch = (deps: WorkOrderDeps, mutate: Mutate) => {
  const { db, clock, notify } = deps;

  const tellAssignee = async (
    trx: Trx,
    o: Pick<OrderRow, 'id' | 'number' | 'propertyId' | 'description'>,
    assigneeId: number,
    actorId: number,
    title: string,
  ) => {
    if (assigneeId === actorId) return;
    await notify(trx, {
      recipientIds: [assigneeId],
      propertyId: o.propertyId,
      kind: 'work-order.assigned',
      title: `${title} ${o.number}`,
      body: o.description,
      entityType: ENTITY,
      entityId: o.id,
    });
  };

  /**
   * A new order from a case. The desk may dispatch from any open case; a department only from a
   * case transferred to it, to itself (its head: to anyone in the department). A case may have
   * several orders.
   */
  const create = async (actor: Actor, input: CreateWorkOrderInput) => {
    const c = await loadCase(db, actor, input.caseId, 'write');
    if (c.state === 'closed') throw new AppError('INVALID_TRANSITION', { message: '案件已关闭，不能派工' });
    const fromDesk = isDesk(actor);
    if (!fromDesk) {
      if (c.departmentId !== actor.departmentId || c.state !== 'assigned')
        throw forbidden('只能为转交本部门的案件派工');
      if (input.departmentId !== actor.departmentId) throw forbidden('只能派给本部门');
      if (!actor.isDeptHead && input.assigneeId !== actor.id)
        throw forbidden('只能派给自己；派给同事请由部门主管操作');
    }
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      await checkAssignee(trx, c.propertyId, input.departmentId, input.assigneeId);
      const [property, settings] = await Promise.all([
        propertyOf(trx, c.propertyId),
        readSettings(trx, c.propertyId),
      ]);
      const deadlines = initialDeadlines({
        at: now,
        ...limitsFor(settings, c.type),
        agreedArrivalAt: input.agreedArrivalAt,
        agreedCompletionAt: input.agreedCompletionAt,
      });
      if (!deadlines.ok)
        throw new AppError('VALIDATION_FAILED', {
          message: deadlines.message,
          details: [{ field: 'agreedArrivalAt', message: deadlines.message }],
        });
      const day = localDate(now, property.timezone);
      const number = `${property.code}W${day.replaceAll('-', '')}-${String(await nextSerial(trx, c.propertyId, 'workOrder', day)).padStart(4, '0')}`;
      const urgency = input.urgency ?? c.urgency;
      const at = now.toISOString();
      const values = {
        propertyId: c.propertyId,
        caseId: c.id,
        number,
        type: c.type,
        urgency,
        priorityRank: priorityRank(urgency),
        origin: fromDesk ? 'desk' : 'department',
        description: input.description ?? c.summary,
        departmentId: input.departmentId,
        assigneeId: input.assigneeId,
        state: 'dispatched',
        dispatchMode: input.dispatchMode,
        dispatchedBy: actor.id,
        dispatchedAt: at,
        acceptedAt: null,
        arrivalDueAt: deadlines.arrivalDueAt,
        isMustKeep: 0,
        arrivedAt: null,
        arrivalBreachedAt: null,
        completionDueAt: deadlines.completionDueAt,
        completedAt: null,
        completionBreachedAt: null,
        nextDueAt: deadlines.arrivalDueAt,
        breachCount: 0,
        pausedFrom: null,
        pausedAt: null,
        resumeAt: null,
        pauseReason: null,
        result: null,
        materials: '[]',
        feeCents: 0,
        visitDueAt: null,
        referredTo: null,
        reworkOfId: null,
        closedAs: null,
        closedAt: null,
        openedDay: day,
        lastNoteDay: null,
        version: 1,
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      };
      const [row] = await trx.insertInto('workOrders').values(values).returning('id').execute();
      const order = { ...values, id: row!.id };
      await orderEvent(trx, clock, order, actor.id, 'dispatched', {
        after: {
          number,
          caseId: c.id,
          departmentId: input.departmentId,
          assigneeId: input.assigneeId,
          dispatchMode: input.dispatchMode,
          urgency,
          origin: values.origin,
          arrivalDueAt: deadlines.arrivalDueAt,
          completionDueAt: deadlines.completionDueAt,
        },
        rule: 'S3 篇九 4.5.3 派工（口头派工或打单派工）；S4 4.4.1 半小时内抵现场',
      });
      await markCaseDispatched(trx, clock, c, order, actor.id);
      await tellAssignee(trx, order, input.assigneeId, actor.id, '新派工单');
      return { id: order.id, number, version: 1 };
    });
  };

  /** An order waiting at the desk (sent back, or opened again after a return visit) is dispatched. */
  const dispatch = (actor: Actor, id: number, input: DispatchWorkOrderInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, o, now) => {
      const to = transition(o, 'dispatch');
      const departmentId = input.departmentId ?? o.departmentId;
      await checkAssignee(trx, o.propertyId, departmentId, input.assigneeId);
      const after = {
        state: to,
        assigneeId: input.assigneeId,
        departmentId,
        dispatchMode: input.dispatchMode,
        dispatchedBy: actor.id,
        dispatchedAt: now.toISOString(),
        acceptedAt: null,
      };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(trx, clock, o, actor.id, 'dispatched', {
        before: { state: o.state, assigneeId: o.assigneeId, departmentId: o.departmentId },
        after,
        rule: 'S3 篇九 4.5.3 派工',
      });
      const c = await findCase(trx, o.caseId);
      if (c) await markCaseDispatched(trx, clock, c, next, actor.id);
      await tellAssignee(trx, o, input.assigneeId, actor.id, '新派工单');
      return { version: next.version };
    });

  const reassign = (actor: Actor, id: number, input: ReassignWorkOrderInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, o) => {
      const to = transition(o, 'reassign');
      const departmentId = input.departmentId ?? o.departmentId;
      await checkAssignee(trx, o.propertyId, departmentId, input.assigneeId);
      if (input.assigneeId === o.assigneeId && departmentId === o.departmentId)
        throw new AppError('RULE_VIOLATION', { message: '改派对象与原承办人相同' });
      const after = { state: to, assigneeId: input.assigneeId, departmentId, acceptedAt: null };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'reassigned',
        { before: { state: o.state, assigneeId: o.assigneeId, departmentId: o.departmentId }, after },
        input.reason,
      );
      await tellAssignee(trx, o, input.assigneeId, actor.id, '改派给您的派工单');
      if (o.assigneeId && o.assigneeId !== actor.id)
        await notify(trx, {
          recipientIds: [o.assigneeId],
          propertyId: o.propertyId,
          kind: 'work-order.reassigned',
          title: `派工单 ${o.number} 已改派他人`,
          body: input.reason,
          entityType: ENTITY,
          entityId: o.id,
        });
      return { version: next.version };
    });

  /** The assignee cannot do it: back to the desk with a reason; the clocks keep running. */
  const sendBack = (actor: Actor, id: number, input: SendBackWorkOrderInput) =>
    mutate(actor, id, input.version, assertField, async (trx, o) => {
      const to = transition(o, 'sendBack');
      const after = { state: to, assigneeId: null, acceptedAt: null };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'sent-back',
        {
          before: { state: o.state, assigneeId: o.assigneeId },
          after,
          rule: 'S3 篇九 4.5.3.2 难以解决的问题报请主管',
        },
        input.reason,
      );
      const desk = (await deskStaff(trx, o.propertyId, o.dispatchedBy)).filter((s) => s !== actor.id);
      await notify(trx, {
        recipientIds: desk,
        propertyId: o.propertyId,
        kind: 'work-order.sent-back',
        title: `派工单 ${o.number} 被退回前台`,
        body: input.reason,
        entityType: ENTITY,
        entityId: o.id,
      });
      return { version: next.version };
    });

  return { create, dispatch, reassign, sendBack };
};
