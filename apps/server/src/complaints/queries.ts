import {
  availableComplaintActions,
  belongsOnPublicList,
  type ComplaintCategory,
  type ComplaintLibraryQuery,
  type ComplaintListQuery,
  type ComplaintSeverity,
  monthBounds,
} from '@propdesk/domain';
import type { Expression } from 'kysely';
import { type HistoryEntry, listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { contains } from '../kernel/db/search.js';
import { type Actor, assertPropertyAccess, hasRole, readableProperties } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { loadComplaint, proposalFor } from './facts-repo.js';
import { pathView } from './path-steps.js';

type Deps = { db: Db; clock: Clock };

const listColumns = [
  'complaints.caseId',
  'complaints.propertyId',
  'cases.number',
  'cases.channel',
  'cases.summary',
  'complaints.state',
  'complaints.severity',
  'complaints.proposedSeverity',
  'complaints.severityConfirmedAt',
  'complaints.category',
  'complaints.locationKind',
  'complaints.commonArea',
  'buildings.name as buildingName',
  'complaints.anonymous',
  'complaints.complainantCount',
  'complaints.departmentId',
  'departments.name as departmentName',
  'complaints.finding',
  'complaints.receivedAt',
  'complaints.signedAt',
  'complaints.closedAt',
  'complaints.isTypical',
] as const;

const locationLabel = (r: {
  locationKind: string;
  buildingName: string | null;
  commonArea: string | null;
}) =>
  r.locationKind === 'building'
    ? (r.buildingName ?? '')
    : r.locationKind === 'commonArea'
      ? (r.commonArea ?? '')
      : '';

export const createComplaintQueries = ({ db, clock }: Deps) => {
  const base = () =>
    db
      .selectFrom('complaints')
      .innerJoin('cases', 'cases.id', 'complaints.caseId')
      .leftJoin('buildings', 'buildings.id', 'complaints.buildingId')
      .leftJoin('departments', 'departments.id', 'complaints.departmentId');

  const list = async (actor: Actor, f: ComplaintListQuery) => {
    let q = base().select([...listColumns, 'cases.callerName']);
    if (f.propertyId !== undefined) {
      assertPropertyAccess(actor, f.propertyId, 'read', '项目');
      q = q.where('complaints.propertyId', '=', f.propertyId);
    } else {
      const props = readableProperties(actor);
      if (props !== 'all') q = q.where('complaints.propertyId', 'in', props.length ? props : [0]);
    }
    if (f.state) q = q.where('complaints.state', '=', f.state);
    if (f.open) q = q.where('complaints.state', '!=', 'closed');
    if (f.severity) q = q.where('complaints.severity', '=', f.severity);
    if (f.category) q = q.where('complaints.category', '=', f.category);
    if (f.departmentId) q = q.where('complaints.departmentId', '=', f.departmentId);
    if (f.mine) q = q.where('complaints.departmentId', '=', actor.departmentId ?? 0);
    if (f.before) q = q.where('complaints.caseId', '<', f.before);
    const text = f.q?.trim();
    if (text)
      q = q.where((eb) => eb.or([eb('cases.number', '=', text), contains(eb.ref('cases.summary'), text)]));
    const rows = await q
      .orderBy('complaints.caseId', 'desc')
      .limit(f.limit ?? 50)
      .execute();
    const now = clock.now().getTime();
    return rows.map((r) => ({
      ...r,
      anonymous: r.anonymous === 1,
      isTypical: r.isTypical === 1,
      callerName: r.anonymous === 1 ? '匿名' : r.callerName,
      location: locationLabel(r),
      ageDays: Math.floor(
        ((r.closedAt ? Date.parse(r.closedAt) : now) - Date.parse(r.receivedAt)) / 86_400_000,
      ),
    }));
  };

  const detail = async (actor: Actor, id: number) => {
    const c = await loadComplaint(db, actor, id, 'read');
    const [replies, names, labels, complaintEvents, caseEvents, settings] = await Promise.all([
      db
        .selectFrom('complaintReplies')
        .leftJoin('departments', 'departments.id', 'complaintReplies.departmentId')
        .selectAll('complaintReplies')
        .select('departments.name as departmentName')
        .where('caseId', '=', id)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('staff')
        .select(['id', 'name'])
        .where('id', 'in', [
          c.firstTakerId,
          c.signedBy ?? 0,
          c.severityConfirmedBy ?? 0,
          c.responsibleStaffId ?? 0,
          c.informedBy ?? 0,
          c.verifiedBy ?? 0,
          c.returnVisitBy ?? 0,
          c.typicalBy ?? 0,
          c.acknowledgedBy ?? 0,
        ])
        .execute(),
      db
        .selectFrom('properties')
        .leftJoin('buildings', (j) => j.on('buildings.id', '=', c.buildingId ?? 0))
        .leftJoin('departments', (j) => j.on('departments.id', '=', c.departmentId ?? 0))
        .leftJoin('rooms', (j) => j.on('rooms.id', '=', c.roomId ?? 0))
        .select([
          'properties.name as propertyName',
          'buildings.name as buildingName',
          'departments.name as departmentName',
          'rooms.label as roomLabel',
        ])
        .where('properties.id', '=', c.propertyId)
        .executeTakeFirstOrThrow(),
      listHistory(db, 'complaint', id),
      listHistory(db, 'case', id),
      readSettings(db, c.propertyId),
    ]);
    const staffIds = replies.flatMap((r) => [r.writtenBy, r.responsibleStaffId ?? 0]);
    const more = staffIds.length
      ? await db.selectFrom('staff').select(['id', 'name']).where('id', 'in', staffIds).execute()
      : [];
    const name = (sid: number | null) => [...names, ...more].find((p) => p.id === sid)?.name ?? null;
    const attachments = replies.length
      ? await db
          .selectFrom('attachments')
          .select(['id', 'entityId', 'filename', 'mime', 'sizeBytes', 'createdAt'])
          .where('entityType', '=', 'complaintReply')
          .where(
            'entityId',
            'in',
            replies.map((r) => String(r.id)),
          )
          .orderBy('id')
          .execute()
      : [];
    const replyEvents = await Promise.all(replies.map((r) => listHistory(db, 'complaintReply', r.id)));
    const tag = (entityType: string) => (e: HistoryEntry) => ({ ...e, entityType });
    const timeline = [
      ...complaintEvents.map(tag('complaint')),
      ...caseEvents.map(tag('case')),
      ...replyEvents.flat().map(tag('complaintReply')),
    ].sort((a, b) => a.at.localeCompare(b.at));
    const anonymous = c.anonymous === 1;
    return {
      ...c,
      ...labels,
      anonymous,
      isTypical: c.isTypical === 1,
      lawsuit: c.lawsuit === 1,
      mediaExposed: c.mediaExposed === 1,
      safetyInvolved: c.safetyInvolved === 1,
      publicInterest: c.publicInterest === 1,
      passedUpToManager: c.passedUpToManager === 1,
      onSpotSatisfied: c.onSpotSatisfied === 1,
      callerName: anonymous ? '匿名' : c.callerName,
      location: locationLabel({ ...c, buildingName: labels.buildingName }),
      firstTakerName: name(c.firstTakerId),
      signedByName: name(c.signedBy),
      severityConfirmedByName: name(c.severityConfirmedBy),
      responsibleStaffName: name(c.responsibleStaffId),
      informedByName: name(c.informedBy),
      verifiedByName: name(c.verifiedBy),
      returnVisitByName: name(c.returnVisitBy),
      typicalByName: name(c.typicalBy),
      /** What the rules propose now (facts may have been corrected or the case passed up since). */
      proposalNow: await proposalFor(db, c, settings, clock.now()),
      replies: replies.map((r) => ({
        ...r,
        writtenByName: name(r.writtenBy),
        responsibleStaffName: name(r.responsibleStaffId),
        attachments: attachments.filter((a) => a.entityId === String(r.id)),
      })),
      allowedActions: availableComplaintActions(pathView(c), actor),
      timeline,
    };
  };

  /** S2 投诉整理分析: typical cases of every property, shared across the company (no caller details). */
  const library = async (_actor: Actor, f: ComplaintLibraryQuery) => {
    let q = base()
      .innerJoin('properties', 'properties.id', 'complaints.propertyId')
      .select([
        ...listColumns,
        'properties.name as propertyName',
        'complaints.analysisCause',
        'complaints.analysisLesson',
        'complaints.typicalAt',
      ])
      .select((eb) =>
        eb
          .selectFrom('complaintReplies')
          .select('complaintReplies.measures')
          .whereRef('complaintReplies.caseId', '=', 'complaints.caseId')
          .orderBy('complaintReplies.id', 'desc')
          .limit(1)
          .as('measures'),
      )
      .where('complaints.isTypical', '=', 1);
    if (f.propertyId) q = q.where('complaints.propertyId', '=', f.propertyId);
    if (f.severity) q = q.where('complaints.severity', '=', f.severity);
    if (f.category) q = q.where('complaints.category', '=', f.category);
    const text = f.q?.trim();
    if (text)
      q = q.where((eb) =>
        eb.or([
          contains(eb.ref('cases.summary'), text),
          contains(eb.ref('complaints.analysisCause') as Expression<string>, text),
          contains(eb.ref('complaints.analysisLesson') as Expression<string>, text),
        ]),
      );
    const rows = await q
      .orderBy('complaints.typicalAt', 'desc')
      .limit(f.limit ?? 50)
      .execute();
    return rows.map(({ anonymous: _a, ...r }) => ({ ...r, isTypical: true, location: locationLabel(r) }));
  };

  /** S2 顾客投诉规范: the month's complaints about common areas and the public interest, for the notice board. */
  const publicList = async (actor: Actor, propertyId: number, month: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const property = await db
      .selectFrom('properties')
      .select(['name', 'timezone'])
      .where('id', '=', propertyId)
      .executeTakeFirstOrThrow();
    const { from, to } = monthBounds(month, property.timezone);
    const [f, t] = [from.toISOString(), to.toISOString()];
    const rows = await base()
      .select([
        ...listColumns,
        'complaints.publicInterest',
        'complaints.returnVisitSkipReason',
        'complaints.onSpotResult',
      ])
      .select((eb) =>
        eb
          .selectFrom('complaintReplies')
          .select('complaintReplies.measures')
          .whereRef('complaintReplies.caseId', '=', 'complaints.caseId')
          .orderBy('complaintReplies.id', 'desc')
          .limit(1)
          .as('measures'),
      )
      .where('complaints.propertyId', '=', propertyId)
      .where((eb) =>
        eb.or([
          eb.and([eb('complaints.receivedAt', '>=', f), eb('complaints.receivedAt', '<', t)]),
          eb.and([eb('complaints.closedAt', '>=', f), eb('complaints.closedAt', '<', t)]),
        ]),
      )
      .orderBy('complaints.receivedAt')
      .execute();
    const items = rows
      .filter((r) =>
        belongsOnPublicList({
          ...r,
          publicInterest: r.publicInterest === 1,
          category: r.category as ComplaintCategory,
          severity: r.severity as ComplaintSeverity,
        }),
      )
      .map((r) => ({
        caseId: r.caseId,
        number: r.number,
        receivedAt: r.receivedAt,
        category: r.category,
        location: locationLabel(r),
        summary: r.summary,
        state: r.state,
        handling: r.measures ?? r.onSpotResult ?? null,
        closedAt: r.closedAt,
      }));
    return {
      propertyName: property.name,
      month,
      publishedBy: hasRole(actor, 'company') ? null : actor.name,
      items,
    };
  };

  return { list, detail, library, publicList };
};
