import { type ComplaintAction, type ComplaintState, pathRefusal } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { type ComplaintRow, loadComplaint } from './facts-repo.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
type Complaints = Database['complaints'];
type Step = {
  /** The complaint's state must still be this when the write lands (a second click changes nothing). */
  from: string;
  /** …and this column still empty (a step that does not change the state). */
  whereNull?: 'acknowledgedAt' | 'signedAt' | 'typicalAt' | 'severityConfirmedAt';
  set: Partial<Complaints>;
  action: string;
  data?: unknown;
  reason?: string | null;
  after?: (trx: Transaction<Database>, c: ComplaintRow) => Promise<void>;
};

export const pathView = (c: ComplaintRow) => ({
  ...c,
  state: c.state as ComplaintState,
  isTypical: c.isTypical === 1,
});

/** The shared mechanics of each path step: load and check, conditional write plus history, notify, close the case. */
export const createPathSteps = ({ db, clock, notify }: Deps) => {
  const load = async (
    actor: Actor,
    id: number,
    action: ComplaintAction,
    mode: 'read' | 'write' = 'write',
  ) => {
    const c = await loadComplaint(db, actor, id, mode);
    const refusal = pathRefusal(pathView(c), action);
    if (refusal) throw new AppError('INVALID_TRANSITION', { message: refusal });
    return c;
  };

  const step = async (actor: Actor, c: ComplaintRow, s: Step) => {
    await db.transaction().execute(async (trx) => {
      let q = trx
        .updateTable('complaints')
        .set(s.set)
        .where('caseId', '=', c.caseId)
        .where('state', '=', s.from);
      if (s.whereNull) q = q.where(s.whereNull, 'is', null);
      const res = await q.executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('CONFLICT', { message: '投诉状态已变化，请刷新后重试' });
      await appendEvent(trx, clock, {
        entityType: 'complaint',
        entityId: c.caseId,
        propertyId: c.propertyId,
        actorId: actor.id,
        action: s.action,
        data: s.data ?? { after: s.set },
        reason: s.reason ?? null,
      });
      await s.after?.(trx, c);
    });
  };

  const tell = (
    trx: Transaction<Database>,
    recipientIds: number[],
    c: ComplaintRow,
    kind: string,
    title: string,
    actorId: number,
  ) => {
    const ids = [...new Set(recipientIds)].filter((id) => id !== actorId);
    return ids.length
      ? notify(trx, {
          recipientIds: ids,
          propertyId: c.propertyId,
          kind,
          title: `${title}：${c.number}`,
          body: c.summary,
          entityType: 'complaint',
          entityId: c.caseId,
        })
      : undefined;
  };

  /** The case closes with its complaint (S4 4.4.2 实施关闭). */
  const closeCase = async (trx: Transaction<Database>, c: ComplaintRow, actor: Actor, at: string) => {
    await trx
      .updateTable('cases')
      .set({ state: 'closed', closedAt: at, handlingSince: null })
      .where('id', '=', c.caseId)
      .execute();
    await appendEvent(trx, clock, {
      entityType: 'case',
      entityId: c.caseId,
      propertyId: c.propertyId,
      actorId: actor.id,
      action: 'closed',
      data: { rule: 'S4 4.4.2 投诉处理完毕，实施关闭', via: 'complaint' },
    });
  };

  const now = () => clock.now().toISOString();
  const notFuture = (at: string | undefined, field: string) => {
    if (!at) return now();
    if (Date.parse(at) > clock.now().getTime() + 5 * 60_000)
      throw new AppError('VALIDATION_FAILED', {
        message: '时间不能晚于现在',
        details: [{ field, message: '时间不能晚于现在' }],
      });
    return new Date(at).toISOString();
  };

  return { load, step, tell, closeCase, now, notFuture };
};
