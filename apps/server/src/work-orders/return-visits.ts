import {
  initialDeadlines,
  localDate,
  priorityRank,
  type RecordReturnVisitInput,
  type ReturnVisitQueueQuery,
} from '@propdesk/domain';
import { staffWithRole } from '../intake/case-repo.js';
import { AppError } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { nextSerial, readSettings } from '../settings/settings.js';
import { reopenCase } from './case-link.js';
import type { Mutate, WorkOrderDeps } from './mutate.js';
import { assertDesk } from './permissions.js';
import {
  deptHeads,
  ENTITY,
  limitsFor,
  type OrderRow,
  orderEvent,
  propertyOf,
  type Trx,
  transition,
  writeOrder,
} from './repo.js';

const flag = (v: number | null) => (v === null ? null : v === 1);

/** The visit columns as the API shows them. */
export const visitView = (v: {
  id: number;
  workOrderId: number;
  kind: string;
  dueAt: string;
  method: string | null;
  attitude: string | null;
  quality: string | null;
  improperCharge: number | null;
  cashCharge: number | null;
  chargeDetail: string | null;
  satisfied: number | null;
  comment: string | null;
  visitedByName: string | null;
  visitedAt: string | null;
  reworkOrderId: number | null;
}) => ({
  ...v,
  kind: v.kind as 'required' | 'spotCheck',
  improperCharge: flag(v.improperCharge),
  cashCharge: flag(v.cashCharge),
  satisfied: flag(v.satisfied),
});

/** S3 篇九 4.5.5: same-day return visits, and S4 篇3 spot checks of other departments' orders. */
export const createReturnVisits = (deps: WorkOrderDeps, mutate: Mutate) => {
  const { db, clock, notify } = deps;

  /** Not satisfied: this order closes as reworked and a new one waits at the desk for dispatch. */
  const rework = async (trx: Trx, o: OrderRow, actor: Actor, now: Date, comment: string | null) => {
    const at = now.toISOString();
    const [property, settings] = await Promise.all([
      propertyOf(trx, o.propertyId),
      readSettings(trx, o.propertyId),
    ]);
    const day = localDate(now, property.timezone);
    const serial = await nextSerial(trx, o.propertyId, 'workOrder', day);
    // A fresh promise to the customer: the type's limits run from now.
    const deadlines = initialDeadlines({ at: now, ...limitsFor(settings, o.type) });
    if (!deadlines.ok) throw new AppError('INTERNAL', { message: deadlines.message });
    const urgency = o.urgency === 'normal' ? 'urgent' : o.urgency;
    const { id: _id, version: _v, ...copy } = o;
    const values = {
      ...copy,
      number: `${property.code}W${day.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`,
      description: `回访不满意重新派工：${comment ?? ''}（原单 ${o.number}：${o.description}）`.slice(
        0,
        2000,
      ),
      urgency,
      priorityRank: priorityRank(urgency),
      // The desk dispatches it again, so it is always visited.
      origin: 'desk',
      assigneeId: null,
      state: 'awaitingDispatch',
      dispatchMode: null,
      dispatchedBy: null,
      dispatchedAt: null,
      acceptedAt: null,
      arrivalDueAt: deadlines.arrivalDueAt,
      isMustKeep: 0,
      arrivedAt: null,
      arrivalBreachedAt: null,
      completionDueAt: deadlines.completionDueAt,
      completedAt: null,
      completionBreachedAt: null,
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
      reworkOfId: o.id,
      closedAs: null,
      closedAt: null,
      openedDay: day,
      lastNoteDay: null,
      version: 1,
      createdBy: actor.id,
      createdAt: at,
      updatedAt: at,
    };
    const [row] = await trx
      .insertInto('workOrders')
      .values({ ...values, nextDueAt: values.arrivalDueAt })
      .returning('id')
      .execute();
    const created = { ...values, nextDueAt: values.arrivalDueAt, id: row!.id };
    await orderEvent(
      trx,
      clock,
      created,
      actor.id,
      'created',
      {
        after: { number: values.number, state: 'awaitingDispatch', reworkOfId: o.id },
        rule: 'S3 篇九 4.5.5 回访不满意：重新派工',
      },
      comment,
    );
    return created;
  };

  const record = (actor: Actor, id: number, input: RecordReturnVisitInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, o, now) => {
      const to = transition(o, 'returnVisit', { isSatisfied: input.satisfied });
      const at = now.toISOString();
      const comment = input.comment ?? null;
      const created = input.satisfied ? null : await rework(trx, o, actor, now, comment);
      const res = await trx
        .updateTable('returnVisits')
        .set({
          method: input.method,
          attitude: input.attitude,
          quality: input.quality,
          improperCharge: input.improperCharge ? 1 : 0,
          cashCharge: input.cashCharge ? 1 : 0,
          chargeDetail: input.chargeDetail ?? null,
          satisfied: input.satisfied ? 1 : 0,
          comment,
          visitedBy: actor.id,
          visitedAt: at,
          reworkOrderId: created?.id ?? null,
        })
        .where('workOrderId', '=', o.id)
        .where('visitedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('INVALID_TRANSITION', { message: '该派工单无待办回访' });
      const after = created ? { state: to, closedAs: 'reworked', closedAt: at } : { state: to };
      const next = await writeOrder(trx, clock, o, after);
      const { version: _v, ...visit } = input;
      await orderEvent(trx, clock, o, actor.id, 'return-visited', {
        before: { state: o.state },
        after: { ...after, visit, reworkOrderId: created?.id ?? null },
        rule: 'S3 篇九 4.5.5.1 回访：态度、质量、有无乱收费或收现金、是否满意',
      });
      const alerts = new Set<number>();
      if (!input.satisfied) {
        await reopenCase(trx, clock, o.caseId, actor.id, {
          workOrderId: o.id,
          newWorkOrderId: created!.id,
          comment,
        });
        for (const s of await deptHeads(trx, o.departmentId)) alerts.add(s);
      }
      if (!input.satisfied || input.improperCharge || input.cashCharge)
        for (const s of await staffWithRole(trx, o.propertyId, 'supervisor')) alerts.add(s);
      alerts.delete(actor.id);
      if (alerts.size)
        await notify(trx, {
          recipientIds: [...alerts],
          propertyId: o.propertyId,
          kind: input.satisfied ? 'work-order.charge-reported' : 'work-order.unsatisfied',
          title: `派工单 ${o.number} 回访${input.satisfied ? '' : '不满意'}${input.improperCharge || input.cashCharge ? '，客户反映乱收费或收现金' : ''}`,
          body: [comment, input.chargeDetail].filter(Boolean).join('；') || null,
          entityType: ENTITY,
          entityId: o.id,
        });
      return { version: next.version, reworkOrderId: created?.id ?? null };
    });

  /** Due visits, the earliest due first; or those done, the latest first. */
  const queue = async (actor: Actor, q: ReturnVisitQueueQuery) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    let base = db
      .selectFrom('returnVisits')
      .where('returnVisits.propertyId', '=', q.propertyId)
      .where('returnVisits.visitedAt', q.status === 'due' ? 'is' : 'is not', null);
    if (q.kind) base = base.where('returnVisits.kind', '=', q.kind);
    const [rows, total] = await Promise.all([
      base
        .innerJoin('workOrders as wo', 'wo.id', 'returnVisits.workOrderId')
        .innerJoin('cases', 'cases.id', 'wo.caseId')
        .leftJoin('rooms', 'rooms.id', 'cases.roomId')
        .leftJoin('departments', 'departments.id', 'wo.departmentId')
        .leftJoin('staff as assignee', 'assignee.id', 'wo.assigneeId')
        .leftJoin('staff as visitor', 'visitor.id', 'returnVisits.visitedBy')
        .selectAll('returnVisits')
        .select([
          'wo.number as orderNumber',
          'wo.caseId',
          'cases.number as caseNumber',
          'departments.name as departmentName',
          'assignee.name as assigneeName',
          'cases.callerName',
          'cases.callerPhone',
          'rooms.label as roomLabel',
          'wo.description',
          'wo.result',
          'wo.completedAt',
          'wo.version as orderVersion',
          'visitor.name as visitedByName',
        ])
        .orderBy(
          q.status === 'due' ? 'returnVisits.dueAt' : 'returnVisits.visitedAt',
          q.status === 'due' ? 'asc' : 'desc',
        )
        .orderBy('returnVisits.id')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute(),
      base
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),
    ]);
    const now = clock.now().toISOString();
    return {
      items: rows.map(({ propertyId: _p, createdAt: _c, visitedBy: _b, ...r }) => ({
        ...r,
        ...visitView(r),
        isOverdue: !r.visitedAt && r.dueAt < now,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  };

  return { record, queue };
};
