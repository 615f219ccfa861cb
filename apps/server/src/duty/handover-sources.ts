import { type CaseState, type CaseType, caseStateLabels, caseTypeLabels } from '@propdesk/domain';
import type { Executor } from '../history/history.js';
import {
  count,
  type HandoverItem,
  type HandoverSection,
  type HandoverSource,
  iso,
  LIMIT,
  overdue,
  type SourceContext,
} from './handover-items.js';
import { dueReturnVisits, keysOut, openWorkOrders } from './handover-sources-desk.js';

export type { HandoverItem, HandoverSection, HandoverSource, SourceContext };

const openCases: HandoverSource = {
  key: 'cases',
  label: '未办结案件',
  collect: async (db, ctx) => {
    let q = db
      .selectFrom('cases')
      .leftJoin('staff', 'staff.id', 'cases.firstTakerId')
      .where('cases.propertyId', '=', ctx.propertyId)
      .where('cases.state', '!=', 'closed')
      .where('cases.createdAt', '<', iso(ctx.until));
    // The daily list names what came in that day and is still open; a handover passes on everything open.
    if (ctx.scope === 'daily') q = q.where('cases.createdAt', '>=', iso(ctx.since));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .select([
        'cases.id',
        'cases.number',
        'cases.type',
        'cases.state',
        'cases.summary',
        'cases.dueAt',
        'cases.createdAt',
        'staff.name as firstTakerName',
      ])
      .orderBy('cases.createdAt')
      .orderBy('cases.id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => ({
        type: 'case',
        id: r.id,
        title: `${r.number} ${caseTypeLabels[r.type as CaseType] ?? r.type}：${r.summary}`,
        detail: `${caseStateLabels[r.state as CaseState] ?? r.state}；首接人 ${r.firstTakerName ?? ''}`,
        at: r.createdAt,
        dueAt: r.dueAt,
        isOverdue: overdue(r.dueAt, ctx.now),
      })),
    };
  },
};

const dueTasks: HandoverSource = {
  key: 'tasks',
  label: '待回电 / 待转告',
  collect: async (db, ctx) => {
    let q = db
      .selectFrom('tasks')
      .leftJoin('staff', 'staff.id', 'tasks.ownerId')
      .where('tasks.propertyId', '=', ctx.propertyId)
      .where('tasks.doneAt', 'is', null)
      .where('tasks.createdAt', '<', iso(ctx.until));
    if (ctx.scope === 'daily') q = q.where('tasks.dueAt', '<', iso(ctx.until));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .select([
        'tasks.id',
        'tasks.kind',
        'tasks.callerName',
        'tasks.callerPhone',
        'tasks.note',
        'tasks.dueAt',
        'tasks.createdAt',
        'staff.name as ownerName',
      ])
      .orderBy('tasks.dueAt')
      .orderBy('tasks.id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => ({
        type: 'task',
        id: r.id,
        title: `${r.kind === 'message' ? '转告' : '回电'} ${r.callerName} ${r.callerPhone}：${r.note}`,
        detail: `负责人 ${r.ownerName ?? ''}`,
        at: r.createdAt,
        dueAt: r.dueAt,
        isOverdue: overdue(r.dueAt, ctx.now),
      })),
    };
  },
};

const shiftIncidents: HandoverSource = {
  key: 'incidents',
  label: '本班突发事件、重要问题',
  collect: async (db, ctx) => {
    const q = db
      .selectFrom('incidents')
      .where('incidents.propertyId', '=', ctx.propertyId)
      .where('incidents.occurredAt', '>=', iso(ctx.since))
      .where('incidents.occurredAt', '<', iso(ctx.until));
    const total = count(await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await q
      .select(['id', 'title', 'description', 'occurredAt'])
      .orderBy('occurredAt')
      .orderBy('id')
      .limit(LIMIT)
      .execute();
    return {
      total,
      items: rows.map((r) => ({
        type: 'incident',
        id: r.id,
        title: r.title,
        detail: r.description,
        at: r.occurredAt,
        dueAt: null,
        isOverdue: false,
      })),
    };
  },
};

/** The sources wired today: intake (cases, call-backs, incidents), work orders (orders, return visits), registers (keys out). */
export const handoverSources: HandoverSource[] = [
  openCases,
  openWorkOrders,
  dueTasks,
  dueReturnVisits,
  shiftIncidents,
  keysOut,
];

export const collectSections = async (
  db: Executor,
  ctx: SourceContext,
  sources = handoverSources,
): Promise<HandoverSection[]> => {
  const out: HandoverSection[] = [];
  for (const s of sources) out.push({ key: s.key, label: s.label, ...(await s.collect(db, ctx)) });
  return out;
};
