import type { IssuePassInput } from '@propdesk/domain';
import type { Executor } from '../../history/history.js';
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
  type Trx,
  todayOf,
} from '../common.js';

type PassRow = Omit<IssuePassInput, 'holderIdNumber'> & {
  holderIdMasked: string | null;
  renovationWorkerId?: number | null;
};

/** Inserts a pass inside the caller's transaction (renovation worker passes reuse it). */
export const insertPass = async (
  trx: Trx,
  deps: Pick<RegisterDeps, 'clock'>,
  actor: Actor,
  input: PassRow,
) => {
  const prefix = input.kind === 'temporary' ? 'LS' : 'ZH';
  const number = await nextRegisterNumber(trx, deps.clock, input.propertyId, prefix);
  const [row] = await trx
    .insertInto('accessPasses')
    .values({
      ...input,
      renovationWorkerId: input.renovationWorkerId ?? null,
      number,
      state: 'out',
      issuedAt: nowIso(deps.clock),
      issuedBy: actor.id,
      returnedAt: null,
      returnedBy: null,
      depositRefundedCents: null,
      lostAt: null,
      lostBy: null,
      lostNote: null,
    })
    .returning('id')
    .execute();
  await log(trx, deps.clock, {
    type: 'accessPass',
    id: row!.id,
    propertyId: input.propertyId,
    actor,
    action: 'issued',
    data: { after: { ...input, number } },
  });
  return { id: row!.id, number };
};

const renovationIn = async (db: Executor, propertyId: number, id: number) => {
  const r = await db
    .selectFrom('renovations')
    .select(['id', 'propertyId'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r || r.propertyId !== propertyId) throw invalid('renovationId', '装修登记不存在');
};

/** 出入证 (S2 小区出入证管理规定): temporary passes and resident cards; issue, return, loss. */
export const createPassRegister = ({ db, clock }: RegisterDeps) => {
  const load = async (actor: Actor, id: number) =>
    found(
      await db.selectFrom('accessPasses').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      'write',
      '出入证',
    );
  const close = async (
    actor: Actor,
    id: number,
    set: { state: 'returned' | 'lost' },
    extra: Record<string, unknown>,
    action: string,
  ) => {
    const p = await load(actor, id);
    await db.transaction().execute(async (trx) => {
      const at = nowIso(clock);
      const values =
        set.state === 'returned'
          ? {
              state: 'returned',
              returnedAt: at,
              returnedBy: actor.id,
              depositRefundedCents: Number(extra.depositRefundedCents ?? 0),
            }
          : { state: 'lost', lostAt: at, lostBy: actor.id, lostNote: String(extra.note) };
      if (set.state === 'returned' && values.depositRefundedCents! > p.depositCents)
        throw invalid('depositRefundedCents', '退还押金不能超过所收押金');
      const res = await trx
        .updateTable('accessPasses')
        .set(values)
        .where('id', '=', id)
        .where('state', '=', 'out')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('该出入证已交回或已挂失');
      await log(trx, clock, {
        type: 'accessPass',
        id,
        propertyId: p.propertyId,
        actor,
        action,
        data: { before: { state: 'out' }, after: { ...values }, ...extra },
      });
    });
  };

  return {
    issue: async (actor: Actor, input: IssuePassInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      if (input.roomId) await roomIn(db, input.propertyId, input.roomId);
      if (input.renovationId) await renovationIn(db, input.propertyId, input.renovationId);
      const { holderIdNumber, ...rest } = input;
      return db
        .transaction()
        .execute((trx) => insertPass(trx, { clock }, actor, { ...rest, holderIdMasked: holderIdNumber }));
    },
    returnPass: (actor: Actor, id: number, input: { depositRefundedCents: number; note: string | null }) =>
      close(actor, id, { state: 'returned' }, input, 'returned'),
    lost: (actor: Actor, id: number, note: string) => close(actor, id, { state: 'lost' }, { note }, 'lost'),

    /** status=expired: temporary passes past their last day and still out (S2). */
    list: async (actor: Actor, q: { propertyId: number; status: 'out' | 'expired' | 'all' }) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      const today = await todayOf(db, clock, q.propertyId);
      let sel = db
        .selectFrom('accessPasses')
        .leftJoin('rooms', 'rooms.id', 'accessPasses.roomId')
        .selectAll('accessPasses')
        .select('rooms.label as roomLabel')
        .where('accessPasses.propertyId', '=', q.propertyId);
      if (q.status !== 'all') sel = sel.where('accessPasses.state', '=', 'out');
      if (q.status === 'expired')
        sel = sel.where('accessPasses.validTo', 'is not', null).where('accessPasses.validTo', '<', today);
      const rows = await sel.orderBy('accessPasses.issuedAt', 'desc').limit(500).execute();
      return rows.map((r) => ({
        ...r,
        isExpired: r.state === 'out' && r.validTo !== null && r.validTo < today,
      }));
    },
  };
};
