import {
  type AmendCaseInput,
  type CaseActionInput,
  CaseType,
  Identity,
  type PassUpInput,
  Urgency,
} from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { type CaseRow, departmentMembers, loadCase, staffWithRole } from './case-repo.js';
import type { Notify } from './notify-port.js';
import { indexCase } from './tokens-repo.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

const refuse = (message: string) => new AppError('INVALID_TRANSITION', { message });

/** What can happen to a case after registration: answer, transfer, report, close, pass up, amend. */
export const createCaseActions = ({ db, clock, notify }: Deps) => {
  const act = async (actor: Actor, id: number, input: CaseActionInput) => {
    const c = await loadCase(db, actor, id, 'write');
    if (c.state === 'closed') throw refuse('案件已关闭');
    // A complaint follows its own path with sign-off (DOMAIN.md §5), never a shortcut here.
    if (c.type === 'complaint')
      throw refuse('投诉须按投诉处理流程办理（经理签批、部门书面答复、主管验证回访）');
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const before = { state: c.state, ownerId: c.ownerId, departmentId: c.departmentId, dueAt: c.dueAt };
      let after: Record<string, unknown>;
      let recipients: number[] = [];
      switch (input.action) {
        case 'answer':
          if (c.type !== 'inquiry' && c.type !== 'suggestion') throw refuse('只有咨询和建议可以直接答复');
          after = { state: 'closed', answer: input.answer, closedAt: now, handlingSince: null };
          break;
        case 'close': {
          if (c.state === 'awaitingDispatch') throw refuse('待派工的案件须派工处理后关闭');
          const open = await trx
            .selectFrom('workOrders')
            .select('number')
            .where('caseId', '=', id)
            .where('state', '!=', 'closed')
            .executeTakeFirst();
          if (open) throw refuse(`派工单 ${open.number} 尚未关闭，案件不能关闭`);
          after = { state: 'closed', answer: input.result, closedAt: now, handlingSince: null };
          break;
        }
        case 'transfer': {
          const d = await trx
            .selectFrom('departments')
            .select('propertyId')
            .where('id', '=', input.departmentId)
            .executeTakeFirst();
          if (!d || d.propertyId !== c.propertyId)
            throw new AppError('VALIDATION_FAILED', { message: '部门不存在' });
          const settings = await readSettings(trx, c.propertyId);
          const dueAt = input.dueAt
            ? new Date(input.dueAt).toISOString()
            : new Date(clock.now().getTime() + settings['intake.transferDueMinutes'] * 60_000).toISOString();
          after = {
            state: 'assigned',
            departmentId: input.departmentId,
            ownerId: null,
            dueAt,
            handlingSince: null,
          };
          recipients = await departmentMembers(trx, input.departmentId);
          break;
        }
        case 'report': {
          const sups = await staffWithRole(trx, c.propertyId, 'supervisor');
          after = { state: 'assigned', ownerId: sups[0] ?? c.ownerId, handlingSince: null };
          recipients = sups;
          break;
        }
      }
      await trx.updateTable('cases').set(after).where('id', '=', id).execute();
      if ('answer' in after) await indexCase(trx, { ...c, answer: String(after.answer) });
      await appendEvent(trx, clock, {
        entityType: 'case',
        entityId: id,
        propertyId: c.propertyId,
        actorId: actor.id,
        action: input.action,
        data: { before, after },
      });
      const others = recipients.filter((r) => r !== actor.id);
      if (others.length)
        await notify(trx, {
          recipientIds: others,
          propertyId: c.propertyId,
          kind: `case.${input.action}`,
          title: `案件 ${c.number} 已转给您`,
          body: c.summary,
          entityType: 'case',
          entityId: id,
        });
    });
  };

  /** 服务上移 (S1): hand the customer to the supervisor, the manager or a named colleague. */
  const passUp = async (actor: Actor, id: number, input: PassUpInput) => {
    const c = await loadCase(db, actor, id, 'write');
    if (c.state === 'closed') throw refuse('案件已关闭');
    let to: number | undefined;
    if (input.to === 'colleague') {
      if (!input.staffId)
        throw new AppError('VALIDATION_FAILED', {
          message: '请选择移交的同事',
          details: [{ field: 'staffId' }],
        });
      const s = await db
        .selectFrom('staffProperties')
        .innerJoin('staff', 'staff.id', 'staffProperties.staffId')
        .select('staff.id')
        .where('staffProperties.propertyId', '=', c.propertyId)
        .where('staff.id', '=', input.staffId)
        .where('staff.active', '=', 1)
        .executeTakeFirst();
      if (!s)
        throw new AppError('VALIDATION_FAILED', {
          message: '该同事不在本项目',
          details: [{ field: 'staffId' }],
        });
      to = s.id;
    } else {
      to = (await staffWithRole(db, c.propertyId, input.to))[0];
      if (!to)
        throw new AppError('RULE_VIOLATION', {
          message: input.to === 'supervisor' ? '本项目未设客服主管' : '本项目未设经理',
        });
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('cases')
        .set({ ownerId: to, state: c.state === 'handling' ? 'assigned' : c.state, handlingSince: null })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'case',
        entityId: id,
        propertyId: c.propertyId,
        actorId: actor.id,
        action: 'passed-up',
        data: { before: { ownerId: c.ownerId, state: c.state }, after: { ownerId: to, to: input.to } },
        reason: input.reason,
      });
      if (to !== actor.id)
        await notify(trx, {
          recipientIds: [to!],
          propertyId: c.propertyId,
          kind: 'case.passed-up',
          title: `服务上移：案件 ${c.number}`,
          body: input.reason,
          entityType: 'case',
          entityId: id,
        });
    });
  };

  /** S4 4.3: a correction never overwrites silently; old and new value, reason, author and time go to the history. */
  const amend = async (actor: Actor, id: number, input: AmendCaseInput) => {
    const c = await loadCase(db, actor, id, 'write');
    const old = c[input.field as keyof CaseRow] ?? null;
    const value = validAmendment(input);
    if (input.field === 'type' && (c.type === 'complaint' || value === 'complaint'))
      throw new AppError('RULE_VIOLATION', { message: '投诉与其他类型不能互相更正，请另行登记' });
    if (input.field === 'roomId' && value !== null) {
      const r = await db
        .selectFrom('rooms')
        .select('propertyId')
        .where('id', '=', Number(value))
        .executeTakeFirst();
      if (!r || r.propertyId !== c.propertyId)
        throw new AppError('VALIDATION_FAILED', { message: '房号不存在' });
    }
    if (old === value) throw new AppError('RULE_VIOLATION', { message: '新值与原值相同，无需更正' });
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('cases')
        .set({ [input.field]: value })
        .where('id', '=', id)
        .execute();
      if (input.field === 'summary' || input.field === 'callerName' || input.field === 'callerPhone')
        await indexCase(trx, { ...c, [input.field]: value });
      await appendEvent(trx, clock, {
        entityType: 'case',
        entityId: id,
        propertyId: c.propertyId,
        actorId: actor.id,
        action: 'amended',
        data: { field: input.field, before: old, after: value },
        reason: input.reason,
      });
    });
  };

  return { act, passUp, amend };
};

const amendValidators: Record<AmendCaseInput['field'], (v: unknown) => boolean> = {
  summary: (v) => typeof v === 'string' && v.length >= 2,
  type: (v) => CaseType.safeParse(v).success,
  callerName: (v) => typeof v === 'string',
  callerPhone: (v) => v === null || (typeof v === 'string' && /^[0-9 +\-()]{3,20}$/.test(v)),
  identity: (v) => Identity.safeParse(v).success,
  urgency: (v) => Urgency.safeParse(v).success,
  roomId: (v) => v === null || (typeof v === 'number' && v > 0),
};

const validAmendment = (input: AmendCaseInput) => {
  if (!amendValidators[input.field](input.value))
    throw new AppError('VALIDATION_FAILED', { message: '更正后的值不正确', details: [{ field: 'value' }] });
  return input.value;
};
