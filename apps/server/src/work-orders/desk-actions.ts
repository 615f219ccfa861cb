import {
  type PauseWorkOrderInput,
  type ReferWorkOrderInput,
  type RescheduleWorkOrderInput,
  rescheduledDeadlines,
  resumedDeadlines,
  type WorkOrderState,
} from '@propdesk/domain';
import { AppError } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { closeCaseIfDone } from './case-link.js';
import type { Mutate, WorkOrderDeps } from './mutate.js';
import { assertDesk } from './permissions.js';
import {
  clocksOf,
  ENTITY,
  limitsFor,
  type OrderRow,
  orderEvent,
  recordBreaches,
  type Trx,
  transition,
  writeOrder,
} from './repo.js';

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });

/** What the desk does to a running order: reschedule, refer out, pause and resume, close. */
export const createDeskActions = (deps: WorkOrderDeps, mutate: Mutate) => {
  const { clock, notify } = deps;

  const tell = async (
    trx: Trx,
    o: OrderRow,
    actorId: number | null,
    kind: string,
    title: string,
    body: string | null,
  ) => {
    if (o.assigneeId && o.assigneeId !== actorId)
      await notify(trx, {
        recipientIds: [o.assigneeId],
        propertyId: o.propertyId,
        kind,
        title,
        body,
        entityType: ENTITY,
        entityId: o.id,
      });
  };

  /**
   * S1 报修: the visit cannot be kept; the customer is called, agrees a new time, and that
   * appointment must be kept. The broken first promise is counted; a second reschedule is refused.
   */
  const reschedule = (actor: Actor, id: number, input: RescheduleWorkOrderInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, found, now) => {
      const to = transition(found, 'reschedule');
      const settings = await readSettings(trx, found.propertyId);
      const r = rescheduledDeadlines(clocksOf(found), now, {
        newArrivalAt: input.newArrivalAt,
        newCompletionAt: input.newCompletionAt ?? null,
        completionMinutes: limitsFor(settings, found.type).completionMinutes,
      });
      if (!r.ok) throw invalid('newArrivalAt', r.message);
      const o = r.firstPromiseBreach
        ? await recordBreaches(trx, deps, found, [r.firstPromiseBreach], 'rescheduled')
        : found;
      const after = {
        state: to,
        arrivalDueAt: r.arrivalDueAt,
        completionDueAt: r.completionDueAt,
        isMustKeep: 1,
        arrivalBreachedAt: null,
      };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'rescheduled',
        {
          before: { arrivalDueAt: o.arrivalDueAt, completionDueAt: o.completionDueAt },
          after: { arrivalDueAt: r.arrivalDueAt, completionDueAt: r.completionDueAt, isMustKeep: true },
          customerAgreed: true,
          customerAgreement: input.customerAgreement ?? null,
          firstPromiseCounted: r.firstPromiseBreach !== null,
          rule: 'S1 报修：无法按时上门须电话致歉、说明原因、约定新时间；第二次一定按照约定时间准时上门',
        },
        input.reason,
      );
      await tell(
        trx,
        o,
        actor.id,
        'work-order.rescheduled',
        `派工单 ${o.number} 已改约，新的上门时间必须遵守`,
        input.reason,
      );
      return { version: next.version };
    });

  /** S1 维修能力外: the customer is given an external contact and the order closes as referred. */
  const refer = (actor: Actor, id: number, input: ReferWorkOrderInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, o, now) => {
      const to = transition(o, 'refer');
      const at = now.toISOString();
      const after = { state: to, closedAs: 'referred', closedAt: at, referredTo: input.externalContact };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'referred',
        {
          before: { state: o.state },
          after,
          rule: 'S1 报修：属于工程部维修能力外的，为客户提供相关专业维修联系电话',
        },
        input.reason,
      );
      await tell(
        trx,
        o,
        actor.id,
        'work-order.referred',
        `派工单 ${o.number} 已转介外部单位，无需处理`,
        input.reason,
      );
      await closeCaseIfDone(trx, clock, o.caseId, actor.id);
      return { version: next.version };
    });

  /** Clocks stop while paused; the resume time is when they start again by themselves. */
  const pause = (actor: Actor, id: number, input: PauseWorkOrderInput) =>
    mutate(actor, id, input.version, assertDesk, async (trx, o, now) => {
      const to = transition(o, 'pause');
      if (Date.parse(input.resumeAt) <= now.getTime()) throw invalid('resumeAt', '恢复时间须晚于现在');
      const after = {
        state: to,
        pausedFrom: o.state,
        pausedAt: now.toISOString(),
        resumeAt: new Date(input.resumeAt).toISOString(),
        pauseReason: input.reason,
      };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(
        trx,
        clock,
        o,
        actor.id,
        'paused',
        { before: { state: o.state }, after },
        input.reason,
      );
      await tell(trx, o, actor.id, 'work-order.paused', `派工单 ${o.number} 已暂停`, input.reason);
      return { version: next.version };
    });

  /** Back to the state it was paused in, every unmet deadline moved by the paused time. */
  const resumeOrder = async (trx: Trx, o: OrderRow, now: Date, actorId: number | null) => {
    const to = transition(o, 'resume');
    const r = resumedDeadlines(clocksOf(o), now);
    const after = {
      state: to as WorkOrderState,
      pausedFrom: null,
      pausedAt: null,
      resumeAt: null,
      arrivalDueAt: r.arrivalDueAt,
      completionDueAt: r.completionDueAt,
    };
    const next = await writeOrder(trx, clock, o, after);
    await orderEvent(trx, clock, o, actorId, 'resumed', {
      before: { state: o.state, arrivalDueAt: o.arrivalDueAt, completionDueAt: o.completionDueAt },
      after: { state: to, arrivalDueAt: r.arrivalDueAt, completionDueAt: r.completionDueAt },
      pausedMinutes: Math.round(r.pausedMs / 60_000),
      isAutomatic: actorId === null,
      rule: '暂停期间时限不计',
    });
    await tell(trx, o, actorId, 'work-order.resumed', `派工单 ${o.number} 已恢复，请继续处理`, null);
    return next;
  };

  const resume = (actor: Actor, id: number, version: number) =>
    mutate(actor, id, version, assertDesk, async (trx, o, now) => ({
      version: (await resumeOrder(trx, o, now, actor.id)).version,
    }));

  /** After the return visit (or when none is due): closed, and the case with it if it was the last. */
  const close = (actor: Actor, id: number, version: number) =>
    mutate(actor, id, version, assertDesk, async (trx, o, now) => {
      const visit = await trx
        .selectFrom('returnVisits')
        .select(['visitedAt'])
        .where('workOrderId', '=', o.id)
        .executeTakeFirst();
      const to = transition(o, 'close', { isVisitRequired: !!visit && !visit.visitedAt });
      const after = { state: to, closedAs: 'done', closedAt: now.toISOString() };
      const next = await writeOrder(trx, clock, o, after);
      await orderEvent(trx, clock, o, actor.id, 'closed', {
        before: { state: o.state },
        after,
        rule: 'S3 篇九 4.5.5 回访后关闭',
      });
      const isCaseClosed = await closeCaseIfDone(trx, clock, o.caseId, actor.id);
      return { version: next.version, isCaseClosed };
    });

  return { reschedule, refer, pause, resume, resumeOrder, close };
};
