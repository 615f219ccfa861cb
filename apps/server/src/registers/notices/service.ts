import { createHash } from 'node:crypto';
import {
  type DraftNoticeInput,
  isNoticeShowing,
  type NoticeAction,
  type NoticeScreenView,
  type NoticeState,
  noticeTransition,
} from '@propdesk/domain';
import { listHistory } from '../../history/history.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import {
  badState,
  found,
  invalid,
  log,
  nowIso,
  propertyOf,
  type RegisterDeps,
  staffOf,
  type Trx,
} from '../common.js';

/** 信息屏发布 (S3 篇九 4.5.8): the supervisor drafts, the manager approves, the desk publishes. */
export const createNoticeRegister = ({ db, clock, notify }: RegisterDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '信息屏公告',
    );

  const move = async (
    trx: Trx,
    id: number,
    from: string,
    action: NoticeAction,
    set: Record<string, unknown>,
  ) => {
    const to = noticeTransition(from as NoticeState, action);
    if (!to) throw badState('当前状态不能执行此操作');
    const res = await trx
      .updateTable('notices')
      .set({ ...set, state: to })
      .where('id', '=', id)
      .where('state', '=', from)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw badState('公告状态已变化，请刷新');
    return to;
  };

  return {
    draft: async (actor: Actor, input: DraftNoticeInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      return db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('notices')
          .values({ ...input, state: 'pending', draftedBy: actor.id, draftedAt: nowIso(clock) })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'notice',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'drafted',
          data: { after: input },
        });
        const managers = await staffOf(trx, input.propertyId, ['manager']);
        if (managers.length)
          await notify(trx, {
            recipientIds: managers,
            propertyId: input.propertyId,
            kind: 'notice.submitted',
            title: `信息屏公告待审批：${input.title}`,
            body: input.body,
            entityType: 'notice',
            entityId: row!.id,
          });
        return row!.id;
      });
    },

    decide: async (actor: Actor, id: number, input: { approve: boolean; note: string | null }) => {
      const n = await load(actor, id, 'write');
      return db.transaction().execute(async (trx) => {
        const state = await move(trx, id, n.state, input.approve ? 'approve' : 'reject', {
          decidedBy: actor.id,
          decidedAt: nowIso(clock),
          decisionNote: input.note,
        });
        await log(trx, clock, {
          type: 'notice',
          id,
          propertyId: n.propertyId,
          actor,
          action: input.approve ? 'approved' : 'rejected',
          data: { before: { state: n.state }, after: { state } },
          reason: input.note,
        });
        const desk = await staffOf(trx, n.propertyId, input.approve ? ['receptionist'] : []);
        const to = [...new Set([n.draftedBy, ...desk])];
        await notify(trx, {
          recipientIds: to,
          propertyId: n.propertyId,
          kind: 'notice.decided',
          title: `信息屏公告${input.approve ? '已批准，请发布' : '未批准'}：${n.title}`,
          body: input.note,
          entityType: 'notice',
          entityId: id,
        });
        return { state };
      });
    },

    publish: async (actor: Actor, id: number, input: { validFrom: string; validTo: string }) => {
      const n = await load(actor, id, 'write');
      if (Date.parse(input.validTo) <= clock.now().getTime()) throw invalid('validTo', '结束时间应晚于现在');
      await db.transaction().execute(async (trx) => {
        const validFrom = new Date(input.validFrom).toISOString();
        const validTo = new Date(input.validTo).toISOString();
        const state = await move(trx, id, n.state, 'publish', {
          validFrom,
          validTo,
          publishedBy: actor.id,
          publishedAt: nowIso(clock),
        });
        await log(trx, clock, {
          type: 'notice',
          id,
          propertyId: n.propertyId,
          actor,
          action: 'published',
          data: { before: { state: n.state }, after: { state, validFrom, validTo } },
        });
      });
    },

    withdraw: async (actor: Actor, id: number, reason: string) => {
      const n = await load(actor, id, 'write');
      await db.transaction().execute(async (trx) => {
        const state = await move(trx, id, n.state, 'withdraw', {
          withdrawnBy: actor.id,
          withdrawnAt: nowIso(clock),
          withdrawReason: reason,
        });
        await log(trx, clock, {
          type: 'notice',
          id,
          propertyId: n.propertyId,
          actor,
          action: 'withdrawn',
          data: { before: { state: n.state }, after: { state } },
          reason,
        });
      });
    },

    list: async (actor: Actor, q: { propertyId: number; state?: NoticeState | undefined }) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      let sel = db
        .selectFrom('notices')
        .leftJoin('staff', 'staff.id', 'notices.draftedBy')
        .selectAll('notices')
        .select('staff.name as draftedByName')
        .where('notices.propertyId', '=', q.propertyId);
      if (q.state) sel = sel.where('notices.state', '=', q.state);
      const now = clock.now();
      return (await sel.orderBy('notices.draftedAt', 'desc').limit(300).execute()).map((n) => ({
        ...n,
        isShowing: isNoticeShowing(n, now),
        isExpired: n.state === 'published' && !!n.validTo && Date.parse(n.validTo) <= now.getTime(),
      }));
    },

    detail: async (actor: Actor, id: number) => {
      const n = await load(actor, id, 'read');
      return {
        ...n,
        isShowing: isNoticeShowing(n, clock.now()),
        history: await listHistory(db, 'notice', id),
      };
    },

    /** The lobby screen: what shows now, and a version that changes when that set changes. */
    screen: async (actor: Actor, propertyId: number): Promise<NoticeScreenView> => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const now = clock.now();
      const [p, rows] = await Promise.all([
        propertyOf(db, propertyId),
        db
          .selectFrom('notices')
          .select(['id', 'title', 'body', 'state', 'validFrom', 'validTo'])
          .where('propertyId', '=', propertyId)
          .where('state', '=', 'published')
          .where('validFrom', '<=', now.toISOString())
          .where('validTo', '>', now.toISOString())
          .orderBy('validFrom', 'desc')
          .execute(),
      ]);
      const notices = rows
        .filter((n) => isNoticeShowing(n, now))
        .map((n) => ({
          id: n.id,
          title: n.title,
          body: n.body,
          validFrom: n.validFrom!,
          validTo: n.validTo!,
        }));
      const version = createHash('sha256').update(JSON.stringify(notices)).digest('hex').slice(0, 16);
      return { propertyName: p.name, serverTime: now.toISOString(), version, notices };
    },
  };
};
