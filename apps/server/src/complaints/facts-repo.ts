import {
  type ComplaintSeverity,
  type ComplaintState,
  dueForMajorRaise,
  proposeSeverity,
  type ResponsibilityFinding,
} from '@propdesk/domain';
import type { Executor } from '../history/history.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { assertPropertyAccess } from '../kernel/http/actor.js';
import type { Settings } from '../settings/settings.js';

const DAY = 86_400_000;

export type Spot = { locationKind: string; buildingId: number | null; commonArea: string | null };

/** Complaints of one category about one building or common area received in the window up to `until` (S2 热点). */
export const countSameSpot = async (
  db: Executor,
  o: Spot & {
    propertyId: number;
    category: string;
    until: string;
    windowDays: number;
    excludeCaseId?: number;
  },
) => {
  if (o.locationKind === 'none') return 0;
  let q = db
    .selectFrom('complaints')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('propertyId', '=', o.propertyId)
    .where('category', '=', o.category)
    .where('locationKind', '=', o.locationKind)
    .where('receivedAt', '>', new Date(Date.parse(o.until) - o.windowDays * DAY).toISOString())
    .where('receivedAt', '<=', o.until);
  q =
    o.locationKind === 'building'
      ? q.where('buildingId', '=', o.buildingId)
      : q.where('commonArea', '=', o.commonArea);
  if (o.excludeCaseId) q = q.where('caseId', '!=', o.excludeCaseId);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

/** Earlier complaints of the same resident (person, room or phone) in the same category: "the same matter". */
export const countPriorSameMatter = async (
  db: Executor,
  o: {
    propertyId: number;
    category: string;
    before: string;
    excludeCaseId?: number;
    personId: number | null;
    roomId: number | null;
    callerPhone: string | null;
  },
) => {
  if (o.personId === null && o.roomId === null && !o.callerPhone) return 0;
  let q = db
    .selectFrom('complaints')
    .innerJoin('cases', 'cases.id', 'complaints.caseId')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('complaints.propertyId', '=', o.propertyId)
    .where('complaints.category', '=', o.category)
    .where('complaints.anonymous', '=', 0)
    .where('complaints.receivedAt', '<=', o.before)
    .where((eb) =>
      eb.or([
        ...(o.personId !== null ? [eb('cases.personId', '=', o.personId)] : []),
        ...(o.roomId !== null ? [eb('cases.roomId', '=', o.roomId)] : []),
        ...(o.callerPhone ? [eb('cases.callerPhone', '=', o.callerPhone)] : []),
      ]),
    );
  if (o.excludeCaseId) q = q.where('complaints.caseId', '!=', o.excludeCaseId);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

/** The case was passed up to the manager at the desk (S1 服务上移), by hand or by the timer. */
export const wentToManager = async (db: Executor, caseId: number) => {
  const events = await db
    .selectFrom('events')
    .select(['action', 'data'])
    .where('entityType', '=', 'case')
    .where('entityId', '=', String(caseId))
    .where('action', 'in', ['passed-up', 'auto-pass-up-manager'])
    .execute();
  return events.some((e) => e.action === 'auto-pass-up-manager' || String(e.data).includes('"to":"manager"'));
};

/** Checks that a building, department or staff member belongs to the property; 400 otherwise. */
export const assertOwnRef = async (
  db: Executor,
  propertyId: number,
  kind: 'building' | 'department' | 'staff' | 'complaint',
  id: number,
  field: string,
) => {
  const bad = (message: string) =>
    new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
  if (kind === 'building') {
    const b = await db.selectFrom('buildings').select('propertyId').where('id', '=', id).executeTakeFirst();
    if (b?.propertyId !== propertyId) throw bad('楼栋不存在');
  } else if (kind === 'department') {
    const d = await db.selectFrom('departments').select('propertyId').where('id', '=', id).executeTakeFirst();
    if (d?.propertyId !== propertyId) throw bad('部门不存在');
  } else if (kind === 'complaint') {
    const c = await db
      .selectFrom('complaints')
      .select('propertyId')
      .where('caseId', '=', id)
      .executeTakeFirst();
    if (c?.propertyId !== propertyId) throw bad('被重复投诉的案件不存在');
  } else {
    const s = await db
      .selectFrom('staffProperties')
      .select('staffId')
      .where('staffId', '=', id)
      .where('propertyId', '=', propertyId)
      .executeTakeFirst();
    if (!s) throw bad('员工不在本项目');
  }
};

export const complaintRow = async (db: Executor, caseId: number) =>
  db
    .selectFrom('complaints')
    .innerJoin('cases', 'cases.id', 'complaints.caseId')
    .selectAll('complaints')
    .select([
      'cases.number',
      'cases.summary',
      'cases.firstTakerId',
      'cases.callerName',
      'cases.callerPhone',
      'cases.roomId',
      'cases.personId',
      'cases.channel',
    ])
    .where('complaints.caseId', '=', caseId)
    .executeTakeFirst();
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof complaintRow>>>;

/** Loads a complaint the actor may see or write; another property's complaint is a 404. */
export const loadComplaint = async (db: Executor, actor: Actor, caseId: number, mode: 'read' | 'write') => {
  const c = await complaintRow(db, caseId);
  if (!c) throw notFound('投诉');
  assertPropertyAccess(actor, c.propertyId, mode, '投诉');
  return c;
};

/** The rules' proposal for a stored complaint, as things stand at `now`. */
export const proposalFor = async (db: Executor, c: ComplaintRow, settings: Settings, now: Date) => {
  const [sameSpot, prior, toManager] = await Promise.all([
    countSameSpot(db, {
      ...c,
      until: c.receivedAt,
      windowDays: settings['complaints.hotSpotWindowDays'],
      excludeCaseId: c.caseId,
    }),
    c.anonymous ? 0 : countPriorSameMatter(db, { ...c, before: c.receivedAt, excludeCaseId: c.caseId }),
    c.passedUpToManager ? true : wentToManager(db, c.caseId),
  ]);
  const overdueOurs =
    c.majorRaisedAt !== null ||
    dueForMajorRaise(
      {
        receivedAt: c.receivedAt,
        state: c.state as ComplaintState,
        severity: 'ordinary' as ComplaintSeverity,
        finding: c.finding as ResponsibilityFinding | null,
      },
      now,
      settings['complaints.majorAfterDays'],
    );
  return proposeSeverity({
    lawsuit: c.lawsuit === 1,
    mediaExposed: c.mediaExposed === 1,
    complainantCount: c.complainantCount,
    overdueOurs,
    sameSpotCount: sameSpot + (c.locationKind === 'none' ? 0 : 1),
    hotSpotThreshold: settings['complaints.hotSpotThreshold'],
    safetyInvolved: c.safetyInvolved === 1,
    priorSameMatter: prior + (c.repeatOfCaseId ? 1 : 0),
    passedUpToManager: toManager,
  });
};
