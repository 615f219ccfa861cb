import type {
  AmendHandoverInput,
  EquipmentItem,
  OpenHandoverInput,
  SignIncomingInput,
  UpdateHandoverDraftInput,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, forbidden, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { isSupervisorOrManager } from './access.js';
import { recordClockOut } from './attendance.js';
import { lockHandover, outgoingShift } from './handover-repo.js';
import { collectSections } from './handover-sources.js';
import { handoverDetail, listHandovers } from './handover-view.js';
import { getAssignment, successorShifts } from './repo.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
const fail = (message: string, details?: unknown) => new AppError('RULE_VIOLATION', { message, details });
const wrongState = (message: string) => new AppError('INVALID_TRANSITION', { message });

/** 交接班 (issue 7 item 5): opened by the outgoing person, signed by both, never altered once signed. */
export const createHandovers = ({ db, clock, notify }: Deps) => ({
  open: async (actor: Actor, input: OpenHandoverInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const now = clock.now();
    const shift = await outgoingShift(db, actor, input, now);
    if (shift.onDutyId !== actor.id) throw forbidden('只有该班次的当班人员可以交班');
    if (shift.startsAt > now) throw fail('班次尚未开始，不能交班');
    const sections = await collectSections(db, {
      propertyId: shift.propertyId,
      now,
      since: shift.startsAt,
      until: now,
      scope: 'handover',
    });
    return db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('dutyHandovers')
        .select('id')
        .where('assignmentId', '=', shift.id)
        .executeTakeFirst();
      if (existing)
        throw new AppError('CONFLICT', {
          message: '本班次已有交接班记录',
          details: { handoverId: existing.id },
        });
      const at = now.toISOString();
      const [row] = await trx
        .insertInto('dutyHandovers')
        .values({
          propertyId: shift.propertyId,
          assignmentId: shift.id,
          outgoingId: actor.id,
          incomingId: null,
          incomingAssignmentId: null,
          state: 'draft',
          sections: JSON.stringify(sections),
          notes: input.notes,
          equipment: JSON.stringify(input.equipment),
          remarks: null,
          openedAt: at,
          refreshedAt: at,
          outgoingSignedAt: null,
          incomingSignedAt: null,
          closedAt: null,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: row!.id,
        propertyId: shift.propertyId,
        actorId: actor.id,
        action: 'opened',
        data: {
          assignmentId: shift.id,
          notes: input.notes,
          equipment: input.equipment,
          counts: Object.fromEntries(sections.map((s) => [s.key, s.total])),
        },
      });
      return { id: row!.id };
    });
  },

  /** The draft: notes, equipment, refreshed sections. Refused once the outgoing person has signed. */
  updateDraft: async (actor: Actor, id: number, input: UpdateHandoverDraftInput) => {
    const h0 = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!h0) throw notFound('交接班记录');
    assertPropertyAccess(actor, h0.propertyId, 'write', '交接班记录');
    if (h0.outgoingId !== actor.id) throw forbidden('只有交班人可以修改交接内容');
    const now = clock.now();
    const shift = (await getAssignment(db, h0.assignmentId))!;
    const sections = input.refresh
      ? await collectSections(db, {
          propertyId: h0.propertyId,
          now,
          since: shift.startsAt,
          until: now,
          scope: 'handover',
        })
      : null;
    await db.transaction().execute(async (trx) => {
      const h = await lockHandover(trx, id);
      if (h.state !== 'draft') throw wrongState('交接班记录已签字，不能修改；如需更正请提交更正说明');
      const patch = {
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.equipment !== undefined ? { equipment: JSON.stringify(input.equipment) } : {}),
        ...(sections ? { sections: JSON.stringify(sections), refreshedAt: now.toISOString() } : {}),
      };
      if (!Object.keys(patch).length) return;
      await trx.updateTable('dutyHandovers').set(patch).where('id', '=', id).execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: id,
        propertyId: h.propertyId,
        actorId: actor.id,
        action: 'draft-updated',
        data: {
          before: { notes: h.notes, equipment: JSON.parse(h.equipment) as EquipmentItem[] },
          after: { notes: input.notes, equipment: input.equipment },
          refreshed: !!sections,
        },
      });
    });
  },

  /** The outgoing signature: the content is frozen from here on. */
  handOver: async (actor: Actor, id: number) => {
    const h0 = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!h0) throw notFound('交接班记录');
    assertPropertyAccess(actor, h0.propertyId, 'write', '交接班记录');
    if (h0.outgoingId !== actor.id) throw forbidden('只有交班人可以签字交班');
    const gap = (await readSettings(db, h0.propertyId))['duty.handoverGapMinutes'];
    await db.transaction().execute(async (trx) => {
      const h = await lockHandover(trx, id);
      if (h.state !== 'draft') throw wrongState('交班人已签字');
      const at = clock.now().toISOString();
      await trx
        .updateTable('dutyHandovers')
        .set({ state: 'handedOver', outgoingSignedAt: at })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: id,
        propertyId: h.propertyId,
        actorId: actor.id,
        action: 'outgoing-signed',
        data: { at },
      });
      const next = await successorShifts(trx, (await getAssignment(trx, h.assignmentId))!, gap);
      const told = [...new Set(next.map((a) => a.onDutyId))].filter((s) => s !== actor.id);
      if (told.length)
        await notify(trx, {
          recipientIds: told,
          propertyId: h.propertyId,
          kind: 'duty.handover',
          title: '交接班待您核对签字',
          body: `交班人：${actor.name}`,
          entityType: 'duty-handover',
          entityId: id,
        });
    });
  },

  /** The incoming person, signed in as themself, reviews, remarks and signs (S3 篇三, 篇七). */
  signIncoming: async (actor: Actor, id: number, input: SignIncomingInput) => {
    const h0 = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!h0) throw notFound('交接班记录');
    assertPropertyAccess(actor, h0.propertyId, 'write', '交接班记录');
    if (h0.outgoingId === actor.id) throw fail('同一人不能同时签交班和接班；请接班人员本人登录后签字');
    const gap = (await readSettings(db, h0.propertyId))['duty.handoverGapMinutes'];
    const shift = (await getAssignment(db, h0.assignmentId))!;
    const mine = (await successorShifts(db, shift, gap)).find((a) => a.onDutyId === actor.id) ?? null;
    if (!mine && !isSupervisorOrManager(actor))
      throw forbidden('接班人须为下一班的当班人员（接班人未到时可由主管代为接班）');
    await db.transaction().execute(async (trx) => {
      const h = await lockHandover(trx, id);
      if (h.state === 'draft') throw wrongState('交班人尚未签字，请等交班人填写完成');
      if (h.state !== 'handedOver') throw wrongState('该交接班已由接班人签字');
      const at = clock.now().toISOString();
      await trx
        .updateTable('dutyHandovers')
        .set({
          state: 'signed',
          incomingId: actor.id,
          incomingAssignmentId: mine?.id ?? null,
          incomingSignedAt: at,
          remarks: input.remarks || null,
        })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: id,
        propertyId: h.propertyId,
        actorId: actor.id,
        action: 'incoming-signed',
        data: { at, remarks: input.remarks, incomingAssignmentId: mine?.id ?? null },
      });
      await notify(trx, {
        recipientIds: [h.outgoingId],
        propertyId: h.propertyId,
        kind: 'duty.handover.signed',
        title: `接班人 ${actor.name} 已签字，可以下岗`,
        entityType: 'duty-handover',
        entityId: id,
      });
    });
  },

  /** The outgoing person leaves: refused until the incoming one has signed (S3 篇三). */
  close: async (actor: Actor, id: number) => {
    const h0 = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!h0) throw notFound('交接班记录');
    assertPropertyAccess(actor, h0.propertyId, 'write', '交接班记录');
    if (h0.outgoingId !== actor.id) throw forbidden('只有交班人可以下岗');
    return db.transaction().execute(async (trx) => {
      const h = await lockHandover(trx, id);
      if (h.state === 'draft' || h.state === 'handedOver')
        throw fail('接班人员尚未签字，交班人员不得下岗（S3 篇三）');
      if (h.state !== 'signed') throw wrongState('本班已下岗');
      const at = clock.now().toISOString();
      await trx
        .updateTable('dutyHandovers')
        .set({ state: 'closed', closedAt: at })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: id,
        propertyId: h.propertyId,
        actorId: actor.id,
        action: 'closed',
        data: { at },
      });
      const shift = (await getAssignment(trx, h.assignmentId))!;
      const clockings = await trx
        .selectFrom('dutyClockings')
        .select('kind')
        .where('assignmentId', '=', shift.id)
        .where('staffId', '=', actor.id)
        .execute();
      const facts =
        clockings.some((c) => c.kind === 'in') && !clockings.some((c) => c.kind === 'out')
          ? await recordClockOut(trx, clock, shift, actor.id)
          : [];
      return { closedAt: at, facts };
    });
  },

  /** A signed handover is never altered: a correction is an amendment in its history (DOMAIN.md §3). */
  amend: async (actor: Actor, id: number, input: AmendHandoverInput) => {
    const h0 = await db.selectFrom('dutyHandovers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!h0) throw notFound('交接班记录');
    assertPropertyAccess(actor, h0.propertyId, 'write', '交接班记录');
    if (actor.id !== h0.outgoingId && actor.id !== h0.incomingId && !isSupervisorOrManager(actor))
      throw forbidden('只有交接双方或主管可以提交更正');
    if (h0.state === 'draft' || h0.state === 'handedOver')
      throw wrongState('尚未双方签字的交接班记录不需要更正说明');
    await db.transaction().execute(async (trx) => {
      await appendEvent(trx, clock, {
        entityType: 'duty-handover',
        entityId: id,
        propertyId: h0.propertyId,
        actorId: actor.id,
        action: 'amended',
        data: { text: input.text },
        reason: input.reason,
      });
    });
  },

  detail: (actor: Actor, id: number) => handoverDetail(db, clock, actor, id),
  list: (
    actor: Actor,
    q: { propertyId: number; day?: string | undefined; month?: string | undefined; open?: boolean },
  ) => listHandovers(db, actor, q),
});
