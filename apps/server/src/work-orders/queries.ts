import {
  allowedActions,
  localDate,
  type TransitionContext,
  type WorkOrderAction,
  type WorkOrderDetail,
  type WorkOrderListQuery,
  type WorkOrderState,
} from '@propdesk/domain';
import { listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { forbidden, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole, readableProperties } from '../kernel/http/actor.js';
import { assertCanView, isDesk, isFieldFor } from './permissions.js';
import { ENTITY, findOrder, type OrderRow } from './repo.js';
import { visitView } from './return-visits.js';
import { ordersFrom, toSummary, withSummary } from './summary.js';

const FIELD_ACTIONS: readonly WorkOrderAction[] = ['accept', 'arrive', 'complete', 'sendBack'];

/** What this actor may do to this order now: the buttons to show. */
export const actionsFor = (
  actor: Actor,
  o: Pick<OrderRow, 'state' | 'pausedFrom' | 'isMustKeep' | 'propertyId' | 'assigneeId' | 'departmentId'>,
  ctx: TransitionContext,
) => {
  const all = allowedActions(o.state as WorkOrderState, {
    pausedFrom: (o.pausedFrom as WorkOrderState | null) ?? null,
    isMustKeep: o.isMustKeep === 1,
    ...ctx,
  });
  const desk = isDesk(actor) && actor.propertyIds.includes(o.propertyId);
  const field = isFieldFor(actor, o) && actor.propertyIds.includes(o.propertyId);
  return all.filter((a) => (FIELD_ACTIONS.includes(a) ? field : desk));
};

export const createQueries = ({ db, clock }: { db: Db; clock: Clock }) => {
  const todayIn = async (propertyId: number) => {
    const p = await db
      .selectFrom('properties')
      .select('timezone')
      .where('id', '=', propertyId)
      .executeTakeFirst();
    return localDate(clock.now(), p?.timezone ?? 'Asia/Shanghai');
  };

  /** Orders of a case or a property, newest first; department staff see their own (heads: their department's). */
  const list = async (actor: Actor, q: WorkOrderListQuery) => {
    let base = ordersFrom(db);
    if (q.propertyId) {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      base = base.where('wo.propertyId', '=', q.propertyId);
    } else {
      const props = readableProperties(actor);
      if (props !== 'all') base = base.where('wo.propertyId', 'in', props.length ? props : [0]);
    }
    if (q.caseId) base = base.where('wo.caseId', '=', q.caseId);
    if (q.state) base = base.where('wo.state', '=', q.state);
    if (!isDesk(actor) && !hasRole(actor, 'company')) {
      if (!hasRole(actor, 'dept_staff')) throw forbidden('您的角色无权查看派工单');
      base = base.where((eb) =>
        eb.or([
          eb('wo.assigneeId', '=', actor.id),
          ...(actor.isDeptHead && actor.departmentId ? [eb('wo.departmentId', '=', actor.departmentId)] : []),
        ]),
      );
    }
    const today = await todayIn(q.propertyId ?? actor.propertyIds[0] ?? 0);
    const [rows, total] = await Promise.all([
      withSummary(base)
        .orderBy('wo.id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const now = clock.now();
    return {
      items: rows.map((r) => toSummary(r, now, today)),
      total: Number(total.n),
      page: q.page,
      pageSize: q.pageSize,
    };
  };

  /**
   * The phone page (issue 4 item 4): my open orders, urgent first then nearest deadline, plus
   * those I finished in the last day; a department head may ask for the whole department's.
   */
  const mine = async (actor: Actor, scope: 'mine' | 'department') => {
    if (scope === 'department' && (!actor.isDeptHead || !actor.departmentId))
      throw forbidden('只有部门主管可以查看本部门的派工单');
    const since = new Date(clock.now().getTime() - 86_400_000).toISOString();
    const base = ordersFrom(db)
      .where('wo.propertyId', 'in', actor.propertyIds.length ? actor.propertyIds : [0])
      .where(
        scope === 'mine' ? 'wo.assigneeId' : 'wo.departmentId',
        '=',
        scope === 'mine' ? actor.id : actor.departmentId!,
      )
      .where((eb) =>
        eb.or([
          eb('wo.state', 'in', ['dispatched', 'accepted', 'onSite', 'paused']),
          eb('wo.completedAt', '>=', since),
        ]),
      );
    const today = await todayIn(actor.propertyIds[0] ?? 0);
    const rows = await withSummary(base)
      .select(['wo.pausedFrom'])
      .orderBy((eb) => eb.case().when('wo.completedAt', 'is', null).then(0).else(1).end())
      .orderBy('wo.priorityRank')
      .orderBy('wo.nextDueAt')
      .limit(200)
      .execute();
    const now = clock.now();
    return rows.map((r) => ({
      ...toSummary(r, now, today),
      allowedActions: actionsFor(actor, r, {}),
    }));
  };

  const detail = async (actor: Actor, id: number): Promise<WorkOrderDetail> => {
    const o = await findOrder(db, id);
    if (!o) throw notFound('派工单');
    assertCanView(actor, o);
    const today = await todayIn(o.propertyId);
    const [row, c, dispatcher, items, breaches, notes, visit, timeline] = await Promise.all([
      withSummary(ordersFrom(db).where('wo.id', '=', id)).executeTakeFirstOrThrow(),
      db
        .selectFrom('cases')
        .select(['id', 'number', 'state', 'summary', 'identity'])
        .where('id', '=', o.caseId)
        .executeTakeFirstOrThrow(),
      o.dispatchedBy
        ? db.selectFrom('staff').select('name').where('id', '=', o.dispatchedBy).executeTakeFirst()
        : undefined,
      db
        .selectFrom('workOrderItems')
        .select(['id', 'priceItemId', 'name', 'unit', 'unitPriceCents', 'quantity', 'amountCents'])
        .where('workOrderId', '=', id)
        .where('supersededAt', 'is', null)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('workOrderBreaches')
        .select(['kind', 'dueAt', 'detectedAt', 'cause'])
        .where('workOrderId', '=', id)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('workOrderNotes')
        .leftJoin('staff', 'staff.id', 'workOrderNotes.authorId')
        .select([
          'workOrderNotes.id',
          'workOrderNotes.day',
          'workOrderNotes.text',
          'staff.name as authorName',
          'workOrderNotes.createdAt',
        ])
        .where('workOrderId', '=', id)
        .orderBy('workOrderNotes.id')
        .execute(),
      db
        .selectFrom('returnVisits')
        .leftJoin('staff', 'staff.id', 'returnVisits.visitedBy')
        .selectAll('returnVisits')
        .select('staff.name as visitedByName')
        .where('workOrderId', '=', id)
        .executeTakeFirst(),
      listHistory(db, ENTITY, id),
    ]);
    const now = clock.now();
    return {
      ...toSummary(row, now, today),
      case: c,
      dispatchedByName: dispatcher?.name ?? null,
      acceptedAt: o.acceptedAt,
      pauseReason: o.pauseReason,
      result: o.result,
      materials: JSON.parse(o.materials),
      items: items.map((i) => ({ ...i, quantity: Number(i.quantity) })),
      feeCents: o.feeCents,
      referredTo: o.referredTo,
      reworkOfId: o.reworkOfId,
      closedAt: o.closedAt,
      breaches: breaches as WorkOrderDetail['breaches'],
      notes: notes.map((n) => ({ ...n, day: String(n.day) })),
      returnVisit: visit ? visitView(visit) : null,
      allowedActions: actionsFor(actor, o, { isVisitRequired: !!visit && !visit.visitedAt }),
      timeline: timeline.map((t) => ({
        seq: t.seq,
        at: t.at,
        action: t.action,
        actorName: t.actorName,
        data: t.data,
        reason: t.reason,
      })),
    };
  };

  return { list, mine, detail };
};
