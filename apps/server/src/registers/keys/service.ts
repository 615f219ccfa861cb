import {
  type ChaseKeyInput,
  type CreateKeySetInput,
  expectedInCabinet,
  type KeyTakeBackInput,
  type LendKeyInput,
} from '@propdesk/domain';
import type { Executor } from '../../history/history.js';
import { AppError } from '../../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import {
  badState,
  found,
  invalid,
  log,
  nextRegisterNumber,
  nowIso,
  type RegisterDeps,
  roomIn,
  rule,
  todayOf,
} from '../common.js';

/** Keys out on loan per set (loans neither returned nor taken back). */
export const keysOnLoan = async (db: Executor, propertyId: number) => {
  const rows = await db
    .selectFrom('keyLoans')
    .select(['keySetId', (eb) => eb.fn.sum<number>('quantity').as('n')])
    .where('propertyId', '=', propertyId)
    .where('returnedAt', 'is', null)
    .where('takeBackId', 'is', null)
    .groupBy('keySetId')
    .execute();
  return new Map(rows.map((r) => [r.keySetId, Number(r.n)]));
};

/** The key register (S3 篇九 4.4.3): sets, loans, returns, take-back slips, day-end chases, inventories. */
export const createKeyRegister = ({ db, clock }: RegisterDeps) => {
  const loadSet = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('keySets').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '钥匙',
    );
  const loadLoan = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('keyLoans').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '借用记录',
    );
  const isOpen = (l: { returnedAt: string | null; takeBackId: number | null }) =>
    !l.returnedAt && !l.takeBackId;
  return {
    createSet: async (actor: Actor, input: CreateKeySetInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      if (input.roomId) await roomIn(db, input.propertyId, input.roomId);
      const dup = await db
        .selectFrom('keySets')
        .select('id')
        .where('propertyId', '=', input.propertyId)
        .where('code', '=', input.code)
        .executeTakeFirst();
      if (dup) throw new AppError('CONFLICT', { message: `钥匙编号 ${input.code} 已存在` });
      return db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('keySets')
          .values({ ...input, createdBy: actor.id, createdAt: nowIso(clock) })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'keySet',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'created',
          data: { after: input },
        });
        return row!.id;
      });
    },

    listSets: async (actor: Actor, propertyId: number) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const [sets, out] = await Promise.all([
        db
          .selectFrom('keySets')
          .leftJoin('rooms', 'rooms.id', 'keySets.roomId')
          .selectAll('keySets')
          .select('rooms.label as roomLabel')
          .where('keySets.propertyId', '=', propertyId)
          .orderBy('keySets.code')
          .execute(),
        keysOnLoan(db, propertyId),
      ]);
      return sets.map((s) => ({
        ...s,
        onLoan: out.get(s.id) ?? 0,
        inCabinet: expectedInCabinet(s.quantity, out.get(s.id) ?? 0),
      }));
    },

    lend: async (actor: Actor, input: LendKeyInput) => {
      const set = await loadSet(actor, input.keySetId, 'write');
      if (!set.active) throw rule('该组钥匙已停用');
      return db.transaction().execute(async (trx) => {
        const out = (await keysOnLoan(trx, set.propertyId)).get(set.id) ?? 0;
        if (expectedInCabinet(set.quantity, out) < input.quantity)
          throw rule(
            `钥匙柜中 ${set.code} 只剩 ${expectedInCabinet(set.quantity, out)} 把，无法借出 ${input.quantity} 把`,
          );
        const [row] = await trx
          .insertInto('keyLoans')
          .values({
            ...input,
            propertyId: set.propertyId,
            lentAt: nowIso(clock),
            lentBy: actor.id,
            returnedAt: null,
            returnedTo: null,
            returnNote: null,
            takeBackId: null,
          })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'keyLoan',
          id: row!.id,
          propertyId: set.propertyId,
          actor,
          action: 'lent',
          data: { after: { ...input, keyCode: set.code } },
        });
        return row!.id;
      });
    },

    returnLoan: async (actor: Actor, loanId: number, note: string | null) => {
      const loan = await loadLoan(actor, loanId, 'write');
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        const res = await trx
          .updateTable('keyLoans')
          .set({ returnedAt: at, returnedTo: actor.id, returnNote: note })
          .where('id', '=', loanId)
          .where('returnedAt', 'is', null)
          .where('takeBackId', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) throw badState('该钥匙已归还或已领回');
        await log(trx, clock, {
          type: 'keyLoan',
          id: loanId,
          propertyId: loan.propertyId,
          actor,
          action: 'returned',
          data: { before: { returnedAt: null }, after: { returnedAt: at, note } },
        });
      });
    },

    /** S3 4.4.3: 电话询问未归还原因, one note per call. */
    chase: async (actor: Actor, loanId: number, input: ChaseKeyInput) => {
      const loan = await loadLoan(actor, loanId, 'write');
      if (!isOpen(loan)) throw badState('该钥匙已归还或已领回，无需追问');
      const day = await todayOf(db, clock, loan.propertyId);
      return db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('keyChases')
          .values({
            propertyId: loan.propertyId,
            loanId,
            day,
            calledAt: nowIso(clock),
            note: input.note,
            expectedBackAt: input.expectedBackAt,
            recordedBy: actor.id,
          })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'keyLoan',
          id: loanId,
          propertyId: loan.propertyId,
          actor,
          action: 'chased',
          data: { day, ...input },
        });
        return row!.id;
      });
    },

    /** 钥匙领回单 (S3 4.4.3): the keys leave the office's custody; a loan it names is closed. */
    takeBack: async (actor: Actor, input: KeyTakeBackInput) => {
      const set = await loadSet(actor, input.keySetId, 'write');
      const loan = input.loanId ? await loadLoan(actor, input.loanId, 'write') : null;
      if (loan && (loan.keySetId !== set.id || !isOpen(loan)))
        throw invalid('loanId', '借用记录不是该组钥匙的未归还记录');
      return db.transaction().execute(async (trx) => {
        const out = (await keysOnLoan(trx, set.propertyId)).get(set.id) ?? 0;
        const available = loan ? loan.quantity : expectedInCabinet(set.quantity, out);
        if (available < input.quantity || set.quantity < input.quantity)
          throw rule(`可领回的钥匙只有 ${available} 把`);
        const number = await nextRegisterNumber(trx, clock, set.propertyId, 'LH');
        const [row] = await trx
          .insertInto('keyTakeBacks')
          .values({
            propertyId: set.propertyId,
            number,
            keySetId: set.id,
            loanId: loan?.id ?? null,
            quantity: input.quantity,
            takerName: input.takerName,
            takerPhone: input.takerPhone,
            takerIdMasked: input.takerIdNumber,
            reason: input.reason,
            takenAt: nowIso(clock),
            recordedBy: actor.id,
          })
          .returning('id')
          .execute();
        await trx
          .updateTable('keySets')
          .set({ quantity: set.quantity - input.quantity })
          .where('id', '=', set.id)
          .execute();
        if (loan)
          await trx.updateTable('keyLoans').set({ takeBackId: row!.id }).where('id', '=', loan.id).execute();
        await log(trx, clock, {
          type: 'keySet',
          id: set.id,
          propertyId: set.propertyId,
          actor,
          action: 'taken-back',
          data: {
            before: { quantity: set.quantity },
            after: { quantity: set.quantity - input.quantity },
            slip: number,
            takerName: input.takerName,
          },
        });
        await log(trx, clock, {
          type: 'keyTakeBack',
          id: row!.id,
          propertyId: set.propertyId,
          actor,
          action: 'recorded',
          data: { after: { ...input, number } },
        });
        if (loan)
          await log(trx, clock, {
            type: 'keyLoan',
            id: loan.id,
            propertyId: set.propertyId,
            actor,
            action: 'taken-back',
            data: { slip: number },
          });
        return { id: row!.id, number };
      });
    },

    loans: async (actor: Actor, propertyId: number, openOnly: boolean) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const day = await todayOf(db, clock, propertyId);
      let q = db
        .selectFrom('keyLoans')
        .innerJoin('keySets', 'keySets.id', 'keyLoans.keySetId')
        .leftJoin('staff', 'staff.id', 'keyLoans.lentBy')
        .selectAll('keyLoans')
        .select(['keySets.code as keyCode', 'keySets.label as keyLabel', 'staff.name as lentByName'])
        .where('keyLoans.propertyId', '=', propertyId);
      if (openOnly) q = q.where('keyLoans.returnedAt', 'is', null).where('keyLoans.takeBackId', 'is', null);
      const loans = await q.orderBy('keyLoans.lentAt', 'desc').limit(300).execute();
      const chases = loans.length
        ? await db
            .selectFrom('keyChases')
            .selectAll()
            .where(
              'loanId',
              'in',
              loans.map((l) => l.id),
            )
            .orderBy('calledAt')
            .execute()
        : [];
      return loans.map((l) => {
        const mine = chases.filter((c) => c.loanId === l.id);
        return { ...l, isOpen: isOpen(l), chases: mine, chasedToday: mine.some((c) => c.day === day) };
      });
    },

    takeBacks: async (actor: Actor, propertyId: number) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      return db
        .selectFrom('keyTakeBacks')
        .innerJoin('keySets', 'keySets.id', 'keyTakeBacks.keySetId')
        .selectAll('keyTakeBacks')
        .select(['keySets.code as keyCode', 'keySets.label as keyLabel'])
        .where('keyTakeBacks.propertyId', '=', propertyId)
        .orderBy('keyTakeBacks.takenAt', 'desc')
        .limit(300)
        .execute();
    },
  };
};
