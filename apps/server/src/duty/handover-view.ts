import { type EquipmentItem, type HandoverState, handoverStateLabels } from '@propdesk/domain';
import { listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import type { HandoverSection } from './handover-sources.js';
import { getAssignment, getPost, monthBounds, staffNames, successorShifts } from './repo.js';

const baseQuery = (db: Db) =>
  db
    .selectFrom('dutyHandovers')
    .innerJoin('dutyAssignments as a', 'a.id', 'dutyHandovers.assignmentId')
    .innerJoin('dutyPosts as p', 'p.id', 'a.postId')
    .innerJoin('staff as o', 'o.id', 'dutyHandovers.outgoingId')
    .leftJoin('staff as i', 'i.id', 'dutyHandovers.incomingId')
    .selectAll('dutyHandovers')
    .select([
      'a.day',
      'a.startsAt',
      'a.endsAt',
      'a.postId',
      'p.name as postName',
      'o.name as outgoingName',
      'i.name as incomingName',
    ]);

/** The handover as the page and its print show it (issue 7 item 5), with amendments and history. */
export const handoverDetail = async (db: Db, clock: Clock, actor: Actor, id: number) => {
  const h = await baseQuery(db).where('dutyHandovers.id', '=', id).executeTakeFirst();
  if (!h) throw notFound('交接班记录');
  assertPropertyAccess(actor, h.propertyId, 'read', '交接班记录');
  const gap = (await readSettings(db, h.propertyId))['duty.handoverGapMinutes'];
  const shift = (await getAssignment(db, h.assignmentId))!;
  const next = await successorShifts(db, shift, gap);
  const names = await staffNames(
    db,
    next.map((a) => a.onDutyId),
  );
  const history = await listHistory(db, 'duty-handover', id);
  const successors = [];
  for (const a of next)
    successors.push({
      assignmentId: a.id,
      postId: a.postId,
      postName: (await getPost(db, a.postId))?.name ?? '',
      onDutyId: a.onDutyId,
      onDutyName: names.get(a.onDutyId) ?? '',
      startsAt: a.startsAt.toISOString(),
    });
  return {
    id: h.id,
    propertyId: h.propertyId,
    state: h.state as HandoverState,
    stateLabel: handoverStateLabels[h.state as HandoverState] ?? h.state,
    shift: {
      assignmentId: h.assignmentId,
      postId: h.postId,
      postName: h.postName,
      day: h.day,
      startsAt: h.startsAt,
      endsAt: h.endsAt,
    },
    outgoing: { id: h.outgoingId, name: h.outgoingName, signedAt: h.outgoingSignedAt },
    incoming: h.incomingId
      ? {
          id: h.incomingId,
          name: h.incomingName ?? '',
          signedAt: h.incomingSignedAt,
          assignmentId: h.incomingAssignmentId,
          isRostered: h.incomingAssignmentId !== null,
        }
      : null,
    successors,
    sections: JSON.parse(h.sections) as HandoverSection[],
    notes: h.notes,
    equipment: JSON.parse(h.equipment) as EquipmentItem[],
    remarks: h.remarks,
    openedAt: h.openedAt,
    refreshedAt: h.refreshedAt,
    closedAt: h.closedAt,
    viewedAt: clock.now().toISOString(),
    amendments: history
      .filter((e) => e.action === 'amended')
      .map((e) => ({
        seq: e.seq,
        at: e.at,
        actorId: e.actorId,
        actorName: e.actorName,
        text: (e.data as { text?: string } | null)?.text ?? '',
        reason: e.reason,
      })),
    history,
  };
};

export const listHandovers = async (
  db: Db,
  actor: Actor,
  q: { propertyId: number; day?: string | undefined; month?: string | undefined; open?: boolean },
) => {
  assertPropertyAccess(actor, q.propertyId, 'read', '项目');
  let query = baseQuery(db).where('dutyHandovers.propertyId', '=', q.propertyId);
  if (q.day) query = query.where('a.day', '=', q.day);
  if (q.month)
    query = query
      .where('a.day', '>=', monthBounds(q.month).first)
      .where('a.day', '<', monthBounds(q.month).next);
  if (q.open) query = query.where('dutyHandovers.state', 'in', ['draft', 'handedOver']);
  const rows = await query
    .orderBy('dutyHandovers.openedAt', 'desc')
    .orderBy('dutyHandovers.id', 'desc')
    .limit(200)
    .execute();
  return rows.map(({ sections, equipment, ...r }) => ({
    ...r,
    stateLabel: handoverStateLabels[r.state as HandoverState] ?? r.state,
    counts: (JSON.parse(sections) as HandoverSection[]).map((s) => ({
      key: s.key,
      label: s.label,
      total: s.total,
    })),
    equipmentCount: (JSON.parse(equipment) as EquipmentItem[]).length,
  }));
};
