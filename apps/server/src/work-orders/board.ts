import {
  type BoardQuery,
  type BoardView,
  caseStates,
  localDate,
  openStates,
  unfinishedStates,
} from '@propdesk/domain';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { propertyOf } from './repo.js';
import { ordersFrom, toSummary, type WoDb, withSummary } from './summary.js';

type WoEb = ExpressionBuilder<WoDb, 'wo'>;

const RUNNING = ['awaitingDispatch', 'dispatched', 'accepted', 'onSite'];
const OPEN_CASE_STATES = caseStates.filter((s) => s !== 'closed');

/** A deadline passed on a running clock (counted by the sweep or about to be). */
const overdue = (eb: WoEb, now: string): Expression<SqlBool> =>
  eb.and([
    eb('wo.state', 'in', RUNNING),
    eb.or([
      eb.and([eb('wo.arrivedAt', 'is', null), eb('wo.arrivalDueAt', '<', now)]),
      eb.and([eb('wo.completedAt', 'is', null), eb('wo.completionDueAt', '<', now)]),
    ]),
  ]);

/** S3 篇九 4.5.4.3: unfinished past its first day, and no note for today. */
const followUpMissing = (eb: WoEb, today: string): Expression<SqlBool> =>
  eb.and([
    eb('wo.state', 'in', [...unfinishedStates]),
    eb('wo.openedDay', '<', today),
    eb.or([eb('wo.lastNoteDay', 'is', null), eb('wo.lastNoteDay', '<', today)]),
  ]);

/** Nearest deadline first; none last. */
const byDue = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The follow-up board (issue 4 item 7): every open order with its clocks, urgent first and then
 * the nearest deadline, and every open case that has no open order yet (waiting for dispatch,
 * transferred, at the desk; listed with the first page). "Today" is the property's own date.
 * With 10,000 open orders it stays cheap: the ordering, the filters and every count are read
 * from one index (work_orders_board) without touching the rows, the page takes the first rows
 * of each state in index order and merges them, and only the page's rows are joined.
 */
export const createBoard = ({ db, clock }: { db: Db; clock: Clock }) => {
  const board = async (actor: Actor, q: BoardQuery): Promise<BoardView> => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const property = await propertyOf(db, q.propertyId);
    const now = clock.now();
    const nowIso = now.toISOString();
    const today = localDate(now, property.timezone);

    let scope = ordersFrom(db).where('wo.propertyId', '=', q.propertyId).where('wo.state', '!=', 'closed');
    if (q.departmentId) scope = scope.where('wo.departmentId', '=', q.departmentId);
    if (q.type) scope = scope.where('wo.type', '=', q.type);
    if (q.assigneeId) scope = scope.where('wo.assigneeId', '=', q.assigneeId);
    let shown = scope;
    if (q.state) shown = shown.where('wo.state', '=', q.state);
    if (q.flag === 'breached') shown = shown.where('wo.breachCount', '>', 0);
    if (q.flag === 'overdue') shown = shown.where((eb) => overdue(eb, nowIso));
    if (q.flag === 'followUp') shown = shown.where((eb) => followUpMissing(eb, today));

    const flagSum = (eb: WoEb, cond: Expression<SqlBool>) =>
      eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end());
    // The page: per state, the first rows in index order (cheap), merged here; not one sort of all.
    const upTo = q.page * q.pageSize;
    const [perState, groups, cases] = await Promise.all([
      Promise.all(
        (q.state ? [q.state] : openStates).map((state) =>
          shown
            .where('wo.state', '=', state)
            .select(['wo.id', 'wo.priorityRank', 'wo.nextDueAt'])
            .orderBy('wo.priorityRank')
            .orderBy('wo.nextDueAt')
            .orderBy('wo.id')
            .limit(upTo)
            .execute(),
        ),
      ),
      scope
        .select((eb) => [
          'wo.state',
          eb.fn.countAll<number>().as('n'),
          flagSum(eb, eb('wo.breachCount', '>', 0)).as('breached'),
          flagSum(eb, overdue(eb, nowIso)).as('overdue'),
          flagSum(eb, followUpMissing(eb, today)).as('followUp'),
        ])
        .groupBy('wo.state')
        .execute(),
      q.page === 1 ? openCases(q, nowIso) : Promise.resolve([]),
    ]);
    const ids = perState
      .flat()
      .sort((a, b) => a.priorityRank - b.priorityRank || byDue(a.nextDueAt, b.nextDueAt) || a.id - b.id)
      .slice(upTo - q.pageSize, upTo)
      .map((r) => r.id);
    const rows = ids.length ? await withSummary(ordersFrom(db).where('wo.id', 'in', ids)).execute() : [];
    const byId = new Map(rows.map((r) => [r.id, r]));

    const counted = groups.map((g) => ({
      state: g.state,
      n: Number(g.n),
      breached: Number(g.breached ?? 0),
      overdue: Number(g.overdue ?? 0),
      followUp: Number(g.followUp ?? 0),
    }));
    const sum = (key: 'n' | 'breached' | 'overdue' | 'followUp', only?: string) =>
      counted.filter((g) => !only || g.state === only).reduce((a, g) => a + g[key], 0);
    return {
      now: nowIso,
      today,
      timezone: property.timezone,
      orders: {
        items: ids.map((id) => toSummary(byId.get(id)!, now, today)),
        total: sum(q.flag ?? 'n', q.state),
        page: q.page,
        pageSize: q.pageSize,
      },
      cases: cases.map((c) => ({
        ...c,
        waitingMs: now.getTime() - Date.parse(c.createdAt),
        remainingMs: c.dueAt ? Date.parse(c.dueAt) - now.getTime() : null,
      })),
      counts: {
        open: sum('n'),
        byState: Object.fromEntries(counted.map((g) => [g.state, g.n])),
        breached: sum('breached'),
        overdue: sum('overdue'),
        followUpMissing: sum('followUp'),
      },
    };
  };

  /** Open cases with no open order, urgent first, oldest first; at most 200, on the first page. */
  const openCases = (q: BoardQuery, nowIso: string) => {
    if (q.flag === 'breached' || q.flag === 'followUp' || (q.state && q.state !== 'awaitingDispatch'))
      return Promise.resolve([]);
    let cq = db
      .selectFrom('cases')
      .leftJoin('rooms', 'rooms.id', 'cases.roomId')
      .leftJoin('departments', 'departments.id', 'cases.departmentId')
      .leftJoin('staff as owner', 'owner.id', 'cases.ownerId')
      .select([
        'cases.id',
        'cases.number',
        'cases.type',
        'cases.urgency',
        'cases.state',
        'cases.summary',
        'rooms.label as roomLabel',
        'cases.callerName',
        'cases.callerPhone',
        'cases.departmentId',
        'departments.name as departmentName',
        'owner.name as ownerName',
        'cases.createdAt',
        'cases.dueAt',
      ])
      .where('cases.propertyId', '=', q.propertyId)
      // Equality on the open states lets the planner use cases_property_state, not scan.
      .where('cases.state', 'in', OPEN_CASE_STATES)
      .where(
        'cases.id',
        'not in',
        db
          .selectFrom('workOrders')
          .select('workOrders.caseId')
          .where('workOrders.propertyId', '=', q.propertyId)
          .where('workOrders.state', '!=', 'closed'),
      );
    if (q.state) cq = cq.where('cases.state', '=', q.state);
    if (q.type) cq = cq.where('cases.type', '=', q.type);
    if (q.departmentId) cq = cq.where('cases.departmentId', '=', q.departmentId);
    if (q.assigneeId) cq = cq.where('cases.ownerId', '=', q.assigneeId);
    if (q.flag === 'overdue') cq = cq.where('cases.dueAt', '<', nowIso);
    return cq
      .orderBy((eb) =>
        eb
          .case()
          .when('cases.urgency', '=', 'emergency')
          .then(0)
          .when('cases.urgency', '=', 'urgent')
          .then(1)
          .else(2)
          .end(),
      )
      .orderBy('cases.createdAt')
      .limit(200)
      .execute();
  };

  return { board };
};
