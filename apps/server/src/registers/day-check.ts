import { type RegisterGap, startOfLocalDay } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import { AppError } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { nowIso, propertyOf, type RegisterDeps, rule, todayOf } from './common.js';

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The registers' part of the day-end check (S3 篇九 4.1.6): entries of the day, and open items
 * that must be settled before leaving, with what each still lacks. The supervisor confirms it.
 */
export const createRegisterDayCheck = ({ db, clock }: RegisterDeps) => {
  const report = async (actor: Actor, propertyId: number, dayArg?: string) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const p = await propertyOf(db, propertyId);
    const day = dayArg ?? (await todayOf(db, clock, propertyId));
    const from = startOfLocalDay(day, p.timezone).toISOString();
    const to = startOfLocalDay(nextDay(day), p.timezone).toISOString();
    const [loans, chases, visitors, mail, slips, payments, moves, passes, confirmation] = await Promise.all([
      db
        .selectFrom('keyLoans')
        .innerJoin('keySets', 'keySets.id', 'keyLoans.keySetId')
        .select(['keyLoans.id', 'keySets.code', 'keyLoans.borrowerName'])
        .where('keyLoans.propertyId', '=', propertyId)
        .where('keyLoans.returnedAt', 'is', null)
        .where('keyLoans.takeBackId', 'is', null)
        .where('keyLoans.lentAt', '<', to)
        .execute(),
      db
        .selectFrom('keyChases')
        .select('loanId')
        .where('propertyId', '=', propertyId)
        .where('day', '=', day)
        .execute(),
      db
        .selectFrom('visitors')
        .select(['id', 'visitorName', 'idNumberMasked', 'inAt', 'outAt', 'createdAt'])
        .where('propertyId', '=', propertyId)
        .where('admitted', '=', 1)
        .where((eb) =>
          eb.or([eb('outAt', 'is', null), eb.and([eb('createdAt', '>=', from), eb('createdAt', '<', to)])]),
        )
        .execute(),
      db
        .selectFrom('mailItems')
        .select(['id', 'addressee', 'trackingNo', 'itemType'])
        .where('propertyId', '=', propertyId)
        .where('collectedAt', 'is', null)
        .where('notifiedAt', 'is', null)
        .where('receivedAt', '<', to)
        .execute(),
      db
        .selectFrom('releaseSlips')
        .select(['id', 'carrierName', 'state'])
        .where('propertyId', '=', propertyId)
        .where('state', 'in', ['awaitingOwner', 'approved'])
        .where('createdAt', '<', to)
        .execute(),
      db
        .selectFrom('deskPayments')
        .select(['id', 'receiptNo', 'payerName'])
        .where('propertyId', '=', propertyId)
        .where('takenBy', '=', 'desk')
        .where('handedOverAt', 'is', null)
        .where('voidedAt', 'is', null)
        .where('receivedAt', '<', to)
        .execute(),
      db
        .selectFrom('moveRegistrations')
        .select(['id', 'personName', 'dueAt'])
        .where('propertyId', '=', propertyId)
        .where('archivedAt', 'is', null)
        .where('reportedAt', '<', to)
        .execute(),
      db
        .selectFrom('accessPasses')
        .select(['id', 'number', 'holderName'])
        .where('propertyId', '=', propertyId)
        .where('state', '=', 'out')
        .where('validTo', '<', day)
        .execute(),
      db
        .selectFrom('registerDayChecks')
        .leftJoin('staff', 'staff.id', 'registerDayChecks.confirmedBy')
        .select(['registerDayChecks.confirmedAt', 'registerDayChecks.note', 'staff.name as confirmedByName'])
        .where('propertyId', '=', propertyId)
        .where('day', '=', day)
        .executeTakeFirst(),
    ]);
    const chased = new Set(chases.map((c) => c.loanId));
    const gaps: RegisterGap[] = [
      ...loans
        .filter((l) => !chased.has(l.id))
        .map((l) => ({
          register: 'keyLoan' as const,
          id: l.id,
          label: `${l.code} 借用人 ${l.borrowerName}`,
          missing: ['未归还：今日电话追问及原因'],
        })),
      ...visitors.flatMap((v) => {
        const missing = [
          ...(v.outAt === null ? ['离开时间（仍在小区内）'] : []),
          ...(v.createdAt >= from && v.createdAt < to && !v.idNumberMasked ? ['证件号码'] : []),
        ];
        return missing.length
          ? [{ register: 'visitor' as const, id: v.id, label: v.visitorName, missing }]
          : [];
      }),
      ...mail.map((m) => ({
        register: 'mailItem' as const,
        id: m.id,
        label: `${m.addressee}${m.trackingNo ? ` ${m.trackingNo}` : ''}`,
        missing: ['未通知住户领取'],
      })),
      ...slips.map((s) => ({
        register: 'releaseSlip' as const,
        id: s.id,
        label: s.carrierName,
        missing: [s.state === 'awaitingOwner' ? '业主确认' : '签字开具'],
      })),
      ...payments.map((x) => ({
        register: 'deskPayment' as const,
        id: x.id,
        label: `${x.receiptNo} ${x.payerName}`,
        missing: ['移交财务'],
      })),
      ...moves.map((m) => ({
        register: 'moveRegistration' as const,
        id: m.id,
        label: m.personName,
        missing: [`档案更新（期限 ${m.dueAt.slice(0, 10)}）`],
      })),
      ...passes.map((x) => ({
        register: 'accessPass' as const,
        id: x.id,
        label: `${x.number} ${x.holderName}`,
        missing: ['已过期未交回'],
      })),
    ];
    return { day, gaps, confirmation: confirmation ?? null };
  };

  /** The supervisor checks too (S3 篇九 4.1.6: 主管也应在每日下班之前检查). */
  const confirm = async (
    actor: Actor,
    input: { propertyId: number; day: string; note?: string | undefined },
  ) => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    if (input.day > (await todayOf(db, clock, input.propertyId))) throw rule('不能确认未来的日期');
    const done = await db
      .selectFrom('registerDayChecks')
      .select('day')
      .where('propertyId', '=', input.propertyId)
      .where('day', '=', input.day)
      .executeTakeFirst();
    if (done) throw new AppError('CONFLICT', { message: '该日登记簿检查已确认' });
    const { gaps } = await report(actor, input.propertyId, input.day);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('registerDayChecks')
        .values({
          propertyId: input.propertyId,
          day: input.day,
          confirmedBy: actor.id,
          confirmedAt: nowIso(clock),
          note: input.note ?? null,
        })
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'register-day-check',
        entityId: `${input.propertyId}:${input.day}`,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'confirmed',
        data: { day: input.day, openGaps: gaps.length },
        reason: input.note ?? null,
      });
    });
    return { openGaps: gaps.length };
  };

  return { report, confirm };
};
