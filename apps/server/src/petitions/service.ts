import {
  type CallerCriteria,
  type IntakeProfile,
  intakeProfileOf,
  localDate,
  petitionNumber,
  petitionResolution,
  petitionVisitCount,
  type RegisterContactInput,
  type RegisterPetitionInput,
  sameCallerCriteria,
} from '@propdesk/domain';
import { sql } from 'kysely';
import { appendEvent, type Executor } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import { createRegistration } from '../intake/register.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { propertyOf, rule } from '../registers/common.js';
import { nextSerial, readSettings, writeSetting } from '../settings/settings.js';
import { createPetitionRecords } from './records.js';

export type PetitionDeps = { db: Db; clock: Clock; notify: Notify };

/** Cases of the same person before this one (信访次数), found as `sameCallerCriteria` says. */
const countEarlier = async (
  db: Executor,
  propertyId: number,
  c: CallerCriteria,
  exceptCaseId: number | null,
) => {
  let q = db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('propertyId', '=', propertyId);
  if (exceptCaseId !== null) q = q.where('id', '!=', exceptCaseId);
  if (c.by === 'known') {
    // Phones are stored as typed: compare digits only, the same way on both databases.
    const digits = sql<string>`replace(replace(replace(${sql.ref('callerPhone')}, ' ', ''), '-', ''), '+', '')`;
    q = q.where((eb) =>
      eb.or([
        ...(c.personId !== null ? [eb('personId', '=', c.personId)] : []),
        ...(c.phone ? [eb(digits, '=', c.phone)] : []),
      ]),
    );
  } else {
    q = q.where('callerName', '=', c.name);
    if (c.roomId !== null) q = q.where('roomId', '=', c.roomId);
  }
  return Number((await q.executeTakeFirst())?.n ?? 0);
};

/** 群众来信来访登记表 (S0): a property's intake in the petition office's form, on top of intake's cases. */
export const createPetitionService = (deps: PetitionDeps) => {
  const { db, clock } = deps;
  const registerContact = createRegistration(deps);

  const profileOf = async (propertyId: number): Promise<IntakeProfile> =>
    intakeProfileOf((await readSettings(db, propertyId))['intake.petitionProfile']);

  const profile = async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    return { profile: await profileOf(propertyId) };
  };

  /** The admin switches a property's intake form; the change is in the property's history. */
  const setProfile = async (actor: Actor, propertyId: number, next: IntakeProfile) => {
    assertPropertyAccess(actor, propertyId, 'write', '项目');
    await propertyOf(db, propertyId);
    const before = await profileOf(propertyId);
    await db.transaction().execute(async (trx) => {
      await writeSetting(trx, clock, propertyId, 'intake.petitionProfile', next === 'petition' ? 1 : 0);
      await appendEvent(trx, clock, {
        entityType: 'property',
        entityId: propertyId,
        propertyId,
        actorId: actor.id,
        action: 'setting-changed',
        data: { key: 'intake.petitionProfile', before, after: next },
      });
    });
  };

  /** What 信访次数 a petition by this person would get now. */
  const visitCountPreview = async (
    actor: Actor,
    q: { propertyId: number; personId?: number; phone?: string; name?: string; roomId?: number },
  ) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    const c = sameCallerCriteria({
      personId: q.personId ?? null,
      callerPhone: q.phone ?? null,
      callerName: q.name ?? '',
      roomId: q.roomId ?? null,
    });
    return { visitCount: petitionVisitCount(c ? await countEarlier(db, q.propertyId, c, null) : 0) };
  };

  /**
   * Registers a petition: intake opens the case (routing, first taker, history) and, in the same
   * transaction, the petition row takes its gap-free 信访编号 and counts this person's visits.
   */
  const register = async (actor: Actor, input: RegisterPetitionInput) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    if ((await profileOf(input.propertyId)) !== 'petition')
      throw rule('本项目未启用群众来信来访登记表（由系统管理员切换受理登记表式）');
    const contact: RegisterContactInput = {
      propertyId: input.propertyId,
      idempotencyKey: input.idempotencyKey,
      channel: input.channel,
      type: input.type,
      roomId: input.roomId,
      personId: input.personId,
      callerName: input.callerName,
      callerPhone: input.callerPhone,
      identity: input.identity,
      summary: input.summary,
      urgency: 'normal',
      resolution: petitionResolution(input.type),
      caseId: null,
      ...(input.receivedAt ? { receivedAt: input.receivedAt } : {}),
    };
    const r = await registerContact(actor, contact, null, async (trx, opened) => {
      const p = await propertyOf(trx, input.propertyId);
      const year = Number(localDate(clock.now(), p.timezone).slice(0, 4));
      const number = petitionNumber(
        p.code,
        year,
        await nextSerial(trx, input.propertyId, 'petition', String(year)),
      );
      const c = sameCallerCriteria(input);
      const visitCount = petitionVisitCount(
        c ? await countEarlier(trx, input.propertyId, c, opened.caseId) : 0,
      );
      const values = {
        propertyId: input.propertyId,
        caseId: opened.caseId,
        number,
        kind: input.kind,
        headcount: input.headcount,
        visitCount,
        address: input.address,
        handlerId: actor.id,
      };
      const [row] = await trx
        .insertInto('petitions')
        .values({
          ...values,
          leaderId: null,
          leaderSignedAt: null,
          supervisorId: null,
          supervisorSignedAt: null,
          subject: null,
          addressee: null,
          body: null,
          repliedBy: null,
          repliedAt: null,
          createdAt: opened.at,
        })
        .returning('id')
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'petition',
        entityId: row!.id,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'registered',
        data: { after: { ...values, caseNumber: opened.number }, rule: 'S0 群众来信来访登记表' },
      });
    });
    const p = await db
      .selectFrom('petitions')
      .select(['id', 'number', 'visitCount'])
      .where('caseId', '=', r.caseId)
      .executeTakeFirst();
    // The same key was first used for a plain contact: that case has no petition row.
    if (!p) throw rule('该登记编号已用于普通来访登记，请刷新后重新登记');
    return { ...p, caseId: r.caseId, caseNumber: r.number, created: r.created };
  };

  return { profile, setProfile, visitCountPreview, register, ...createPetitionRecords(deps) };
};
export type PetitionService = ReturnType<typeof createPetitionService>;
