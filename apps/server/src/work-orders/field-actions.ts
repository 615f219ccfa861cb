import {
  type CompleteWorkOrderInput,
  feeFromItems,
  returnVisitDueAt,
  returnVisitKind,
} from '@propdesk/domain';
import type { Actor } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { closeCaseIfDone } from './case-link.js';
import type { Mutate, WorkOrderDeps } from './mutate.js';
import { assertField } from './permissions.js';
import { insertLines, priceLines } from './price-list.js';
import { deskStaff, ENTITY, orderEvent, propertyOf, transition, writeOrder } from './repo.js';

/** What the assignee (or their department head) does from the phone: accept, arrive, complete. */
export const createFieldActions = (deps: WorkOrderDeps, mutate: Mutate) => {
  const { clock, notify } = deps;

  const accept = (actor: Actor, id: number, version: number) =>
    mutate(actor, id, version, assertField, async (trx, o, now) => {
      const to = transition(o, 'accept');
      const next = await writeOrder(trx, clock, o, { state: to, acceptedAt: now.toISOString() });
      await orderEvent(trx, clock, o, actor.id, 'accepted', {
        before: { state: o.state },
        after: { state: to },
      });
      return { version: next.version };
    });

  /** The arrival clock is met at the first arrival; a late one was counted as a breach already. */
  const arrive = (actor: Actor, id: number, version: number) =>
    mutate(actor, id, version, assertField, async (trx, o, now) => {
      const to = transition(o, 'arrive');
      const arrivedAt = o.arrivedAt ?? now.toISOString();
      const next = await writeOrder(trx, clock, o, { state: to, arrivedAt });
      await orderEvent(trx, clock, o, actor.id, 'arrived', {
        before: { state: o.state },
        after: { state: to, arrivedAt },
        arrivalDueAt: o.arrivalDueAt,
        isOnTime: arrivedAt <= o.arrivalDueAt && !o.arrivalBreachedAt,
        rule: o.isMustKeep ? 'S1 报修：改约后按约定时间上门' : 'S4 4.4.1 半小时内抵现场',
      });
      return { version: next.version };
    });

  /**
   * Completion records the result, the materials and the priced lines; the fee is their sum.
   * A desk order is due for a return visit the same day (S3 篇九 4.5.5.1); a department's own
   * order only when sampled (S4 篇3 抽查回访), else it closes now.
   */
  const complete = (actor: Actor, id: number, input: CompleteWorkOrderInput) =>
    mutate(actor, id, input.version, assertField, async (trx, o, now) => {
      const to = transition(o, 'complete');
      const at = now.toISOString();
      const [lines, settings, property] = await Promise.all([
        priceLines(trx, o.propertyId, input.items),
        readSettings(trx, o.propertyId),
        propertyOf(trx, o.propertyId),
      ]);
      const feeCents = feeFromItems(lines);
      const visit = returnVisitKind(
        o.origin as 'desk' | 'department',
        o.id,
        settings['workOrders.spotCheckPercent'],
      );
      const visitDueAt = visit ? returnVisitDueAt(now, property.timezone) : null;
      const closes = visit === null;
      const after = {
        state: closes ? ('closed' as const) : to,
        completedAt: at,
        result: input.result,
        materials: JSON.stringify(input.materials),
        feeCents,
        visitDueAt,
        ...(closes ? { closedAs: 'done', closedAt: at } : {}),
      };
      const next = await writeOrder(trx, clock, o, after);
      await insertLines(trx, o.id, lines, at);
      if (visit)
        await trx
          .insertInto('returnVisits')
          .values({
            workOrderId: o.id,
            propertyId: o.propertyId,
            kind: visit,
            dueAt: visitDueAt!,
            createdAt: at,
            method: null,
            attitude: null,
            quality: null,
            improperCharge: null,
            cashCharge: null,
            chargeDetail: null,
            satisfied: null,
            comment: null,
            visitedBy: null,
            visitedAt: null,
            reworkOrderId: null,
          })
          .execute();
      await orderEvent(trx, clock, o, actor.id, 'completed', {
        before: { state: o.state },
        after: {
          state: to,
          completedAt: at,
          result: input.result,
          materials: input.materials,
          items: lines,
          feeCents,
          returnVisit: visit,
          visitDueAt,
        },
        completionDueAt: o.completionDueAt,
        rule: 'S3 篇九 4.5.4.2 处理结果记录；费用只按价目表项目计算',
      });
      if (closes) {
        await orderEvent(trx, clock, o, null, 'closed', {
          before: { state: to },
          after: { state: 'closed', closedAs: 'done' },
          rule: `S4 篇3 抽查回访：本单未抽中（抽查比例 ${settings['workOrders.spotCheckPercent']}%）`,
        });
        await closeCaseIfDone(trx, clock, o.caseId, actor.id);
      } else {
        const desk = (await deskStaff(trx, o.propertyId, o.dispatchedBy)).filter((s) => s !== actor.id);
        await notify(trx, {
          recipientIds: desk,
          propertyId: o.propertyId,
          kind: 'work-order.completed',
          title: `派工单 ${o.number} 已完工，请当天${visit === 'spotCheck' ? '抽查' : ''}回访`,
          body: input.result,
          entityType: ENTITY,
          entityId: o.id,
        });
      }
      return { version: next.version, state: next.state, feeCents, returnVisit: visit };
    });

  return { accept, arrive, complete };
};
