import {
  type DecideLetterInput,
  defaultMode,
  type RegisterLetterInput,
  type Resolution,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { nextSerial } from '../settings/settings.js';
import { staffWithRole } from './case-repo.js';
import type { Notify } from './notify-port.js';
import type { createRegistration } from './register.js';

type Deps = { db: Db; clock: Clock; notify: Notify; register: ReturnType<typeof createRegistration> };

/** Default routing of a letter by its class (S0 作业指导书 3.3.2–3.3.4). */
const letterResolution = (input: RegisterLetterInput): Resolution => {
  if (input.resolution) return input.resolution;
  if (input.letterClass === 'praise') {
    if (!input.praisedStaffId)
      throw new AppError('VALIDATION_FAILED', {
        message: '表扬信请选择被表扬的员工',
        details: [{ field: 'praisedStaffId' }],
      });
    return { mode: 'praise', praisedStaffId: input.praisedStaffId };
  }
  if (input.letterClass === 'inquiry' || input.letterClass === 'help') return { mode: 'pending' };
  if (input.letterClass === 'suggestion') return { mode: 'report' };
  return { mode: defaultMode[input.letterClass] } as Resolution;
};

/** 客户来函目录: a yearly serial per property; complaint letters wait for the assistant (S0 3.3). */
export const createLetters = ({ db, clock, notify, register }: Deps) => {
  const openCase = (actor: Actor, input: RegisterLetterInput, resolution: Resolution, key: string) =>
    register(actor, {
      propertyId: input.propertyId,
      idempotencyKey: key,
      channel: 'letter',
      type: input.letterClass,
      roomId: input.roomId,
      personId: null,
      callerName: input.sender,
      callerPhone: input.senderPhone,
      identity: input.roomId ? 'owner' : 'other',
      summary: input.summary,
      urgency: 'normal',
      resolution,
      caseId: null,
    });

  const registerLetter = async (actor: Actor, input: RegisterLetterInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    const dup = await db
      .selectFrom('letters')
      .innerJoin('contacts', 'contacts.id', 'letters.contactId')
      .select('letters.id')
      .where('contacts.idempotencyKey', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (dup) return { letterId: dup.id };
    const isComplaint = input.letterClass === 'complaint';
    const resolution = isComplaint ? null : letterResolution(input);
    const year = Number(input.receivedDate.slice(0, 4));
    const now = clock.now().toISOString();
    const letterId = await db.transaction().execute(async (trx) => {
      const serial = await nextSerial(trx, input.propertyId, 'letter', String(year));
      const [row] = await trx
        .insertInto('letters')
        .values({
          propertyId: input.propertyId,
          year,
          serial,
          letterClass: input.letterClass,
          sender: input.sender,
          senderPhone: input.senderPhone,
          roomId: input.roomId,
          receivedDate: input.receivedDate,
          summary: input.summary,
          contactId: null,
          caseId: null,
          decision: isComplaint ? 'pending' : null,
          decisionReason: null,
          decidedBy: null,
          decidedAt: null,
          registeredBy: actor.id,
          createdAt: now,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'letter',
        entityId: row!.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'registered',
        data: { after: { ...input, year, serial } },
      });
      if (isComplaint) {
        const assistants = await staffWithRole(trx, input.propertyId, 'assistant');
        if (assistants.length)
          await notify(trx, {
            recipientIds: assistants,
            propertyId: input.propertyId,
            kind: 'letter.complaint',
            title: `投诉来函待决定：${input.sender}`,
            body: input.summary,
            entityType: 'letter',
            entityId: row!.id,
          });
      }
      return row!.id;
    });
    if (resolution) await link(letterId, await openCase(actor, input, resolution, input.idempotencyKey));
    return { letterId };
  };

  const link = async (letterId: number, reg: { caseId: number; contactId: number }) => {
    await db
      .updateTable('letters')
      .set({ caseId: reg.caseId, contactId: reg.contactId })
      .where('id', '=', letterId)
      .execute();
  };

  /** The assistant decides whether a complaint letter opens a case (S0 3.3.2). */
  const decide = async (actor: Actor, id: number, input: DecideLetterInput) => {
    const l = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
    if (!l) throw notFound('来函');
    assertPropertyAccess(actor, l.propertyId, 'write', '来函');
    if (l.decision !== 'pending')
      throw new AppError('INVALID_TRANSITION', { message: '该来函无需决定或已决定' });
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('letters')
        .set({
          decision: input.decision === 'open' ? 'opened' : 'declined',
          decisionReason: input.reason ?? null,
          decidedBy: actor.id,
          decidedAt: now,
        })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'letter',
        entityId: id,
        propertyId: l.propertyId,
        actorId: actor.id,
        action: `decision-${input.decision}`,
        data: { after: { decision: input.decision } },
        reason: input.reason ?? null,
      });
    });
    if (input.decision === 'open') {
      const reg = await openCase(
        actor,
        {
          ...l,
          idempotencyKey: `letter-${l.id}-open`,
          letterClass: 'complaint',
          praisedStaffId: null,
          receivedDate: l.receivedDate,
        } as RegisterLetterInput,
        { mode: 'complaint' },
        `letter-${l.id}-open`,
      );
      await link(id, reg);
      return { caseId: reg.caseId };
    }
    return { caseId: null };
  };

  const list = async (actor: Actor, propertyId: number, year?: number, pendingOnly?: boolean) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    let q = db
      .selectFrom('letters')
      .leftJoin('cases', 'cases.id', 'letters.caseId')
      .leftJoin('rooms', 'rooms.id', 'letters.roomId')
      .selectAll('letters')
      .select(['cases.number as caseNumber', 'rooms.label as roomLabel'])
      .where('letters.propertyId', '=', propertyId);
    if (year) q = q.where('letters.year', '=', year);
    if (pendingOnly) q = q.where('letters.decision', '=', 'pending');
    return q.orderBy('letters.year', 'desc').orderBy('letters.serial', 'desc').limit(500).execute();
  };

  return { registerLetter, decide, list };
};
