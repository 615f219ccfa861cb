import {
  orderClockViews,
  unfinishedStates,
  type WorkOrderState,
  workOrderStateLabels,
} from '@propdesk/domain';
import { count, type HandoverSource, iso, LIMIT, overdue } from './handover-items.js';

/** Handover sources from work orders (open orders with their clocks, return visits due) and the key register. */
export const openWorkOrders: HandoverSource = {
  key: 'workOrders',
  label: '未完成派工单',
  collect: async (db, ctx) => {
    let q = db
      .selectFrom('workOrders')
      .leftJoin('departments', 'departments.id', 'workOrders.departmentId')
      .leftJoin('staff', 'staff.id', 'workOrders.assigneeId')
      .where('workOrders.propertyId', '=', ctx.propertyId)
      .where('workOrders.state', 'in', [...unfinishedStates]);
    // Only what existed by then (`until` is now for a live handover).
    q = q.where('workOrders.createdAt', '<', iso(ctx.until));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .selectAll('workOrders')
      .select(['departments.name as departmentName', 'staff.name as assigneeName'])
      .orderBy('workOrders.priorityRank')
      .orderBy('workOrders.nextDueAt')
      .orderBy('workOrders.id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => {
        const views = orderClockViews(
          { ...r, state: r.state as WorkOrderState, isMustKeep: r.isMustKeep === 1 },
          ctx.now,
        );
        const clocks = [
          { label: '到场', dueAt: views.arrival.dueAt, status: views.arrival.status },
          { label: '完成', dueAt: views.completion.dueAt, status: views.completion.status },
        ];
        return {
          type: 'workOrder',
          id: r.id,
          title: `${r.number}：${r.description}`,
          detail: `${workOrderStateLabels[r.state as WorkOrderState] ?? r.state}；${r.departmentName ?? ''} ${r.assigneeName ?? '未指派'}`,
          at: r.createdAt,
          dueAt: r.nextDueAt,
          isOverdue: clocks.some((c) => c.status === 'overdue'),
          clocks,
        };
      }),
    };
  },
};

export const dueReturnVisits: HandoverSource = {
  key: 'returnVisits',
  label: '待回访',
  collect: async (db, ctx) => {
    let q = db
      .selectFrom('returnVisits')
      .innerJoin('workOrders', 'workOrders.id', 'returnVisits.workOrderId')
      .where('returnVisits.propertyId', '=', ctx.propertyId)
      .where('returnVisits.visitedAt', 'is', null)
      .where('returnVisits.createdAt', '<', iso(ctx.until));
    if (ctx.scope === 'daily') q = q.where('returnVisits.dueAt', '<', iso(ctx.until));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .select([
        'returnVisits.id',
        'returnVisits.kind',
        'returnVisits.dueAt',
        'returnVisits.createdAt',
        'workOrders.number',
        'workOrders.description',
      ])
      .orderBy('returnVisits.dueAt')
      .orderBy('returnVisits.id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => ({
        type: 'returnVisit',
        id: r.id,
        title: `${r.number}：${r.description}`,
        detail: r.kind === 'spotCheck' ? '抽查回访' : '完工回访',
        at: r.createdAt,
        dueAt: r.dueAt,
        isOverdue: overdue(r.dueAt, ctx.now),
      })),
    };
  },
};

export const keysOut: HandoverSource = {
  key: 'keysOut',
  label: '借出未还的钥匙',
  collect: async (db, ctx) => {
    const q = db
      .selectFrom('keyLoans')
      .innerJoin('keySets', 'keySets.id', 'keyLoans.keySetId')
      .where('keyLoans.propertyId', '=', ctx.propertyId)
      .where('keyLoans.returnedAt', 'is', null)
      .where('keyLoans.takeBackId', 'is', null)
      .where('keyLoans.lentAt', '<', iso(ctx.until));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .select([
        'keyLoans.id',
        'keySets.code',
        'keySets.label',
        'keyLoans.quantity',
        'keyLoans.borrowerName',
        'keyLoans.borrowerPhone',
        'keyLoans.purpose',
        'keyLoans.lentAt',
        'keyLoans.dueBackAt',
      ])
      .orderBy('keyLoans.lentAt')
      .orderBy('keyLoans.id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => ({
        type: 'keyLoan',
        id: r.id,
        title: `${r.code} ${r.label} ×${r.quantity}`,
        detail: `借用人 ${r.borrowerName} ${r.borrowerPhone}；${r.purpose}`,
        at: r.lentAt,
        dueAt: r.dueBackAt,
        isOverdue: overdue(r.dueBackAt, ctx.now),
      })),
    };
  },
};
