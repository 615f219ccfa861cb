import {
  type AcknowledgeComplaintInput,
  type ComplaintReplyInput,
  type ConfirmSeverityInput,
  complaintSeverityLabels,
  type InformCustomerInput,
  pathRefusal,
  type ReturnVisitInput,
  type SignComplaintInput,
  type SkipReturnVisitInput,
  skipReasonRefusal,
  type TypicalCaseInput,
  type VerifyComplaintInput,
} from '@propdesk/domain';
import { departmentMembers, staffWithRole } from '../intake/case-repo.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, forbidden } from '../kernel/errors.js';
import { type Actor, hasRole } from '../kernel/http/actor.js';
import { assertOwnRef, loadComplaint } from './facts-repo.js';
import { tellRole } from './opened.js';
import { createPathSteps, pathView } from './path-steps.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

/** The complaint path (S4 4.4.2; S2 投诉回访, 网上投诉处理): each step checks role, property and state. */
export const createComplaintPath = ({ db, clock, notify }: Deps) => {
  const { load, step, tell, closeCase, now, notFuture } = createPathSteps({ db, clock, notify });

  return {
    /** S4 4.4.2: the apology or thanks, for complaints registered without it (from a contact or letter). */
    acknowledge: async (actor: Actor, id: number, input: AcknowledgeComplaintInput) => {
      const c = await load(actor, id, 'acknowledge');
      await step(actor, c, {
        from: c.state,
        whereNull: 'acknowledgedAt',
        set: {
          acknowledgement: input.kind,
          acknowledgementNote: input.note ?? null,
          acknowledgedAt: now(),
          acknowledgedBy: actor.id,
        },
        action: 'acknowledged',
      });
    },

    /** The supervisor confirms the proposed class, or changes it with a reason. */
    confirmSeverity: async (actor: Actor, id: number, input: ConfirmSeverityInput) => {
      const c = await load(actor, id, 'severity');
      const changing =
        input.severity !== c.proposedSeverity ||
        (c.severityConfirmedAt !== null && input.severity !== c.severity);
      if (changing && (input.reason ?? '').length < 2)
        throw new AppError('VALIDATION_FAILED', {
          message: '改变投诉等级须填写理由',
          details: [{ field: 'reason', message: '请填写理由' }],
        });
      if (c.severityConfirmedAt && input.severity === c.severity)
        throw new AppError('RULE_VIOLATION', { message: '等级未变化，无需再次确认' });
      const at = now();
      const toManager = input.severity === 'major' && !c.managerNotifiedAt;
      await step(actor, c, {
        from: c.state,
        set: {
          severity: input.severity,
          severityConfirmedAt: at,
          severityConfirmedBy: actor.id,
          ...(toManager ? { managerNotifiedAt: at } : {}),
        },
        action: c.severityConfirmedAt
          ? 'severity-changed'
          : input.severity === c.proposedSeverity
            ? 'severity-confirmed'
            : 'severity-changed',
        data: {
          before: c.severity,
          after: input.severity,
          proposed: c.proposedSeverity,
          rule: c.proposedRule,
        },
        reason: input.reason ?? null,
        after: async (trx) => {
          const label = complaintSeverityLabels[input.severity];
          if (toManager)
            await tellRole(trx, notify, {
              propertyId: c.propertyId,
              role: 'manager',
              actorId: actor.id,
              kind: 'complaint.major',
              title: `【重大投诉】${c.number}`,
              body: c.summary,
              caseId: c.caseId,
            });
          else if (!c.severityConfirmedAt && !c.signedAt)
            await tellRole(trx, notify, {
              propertyId: c.propertyId,
              role: 'manager',
              actorId: actor.id,
              kind: 'complaint.sign-needed',
              title: `${label}投诉待经理签字 ${c.number}`,
              body: c.summary,
              caseId: c.caseId,
            });
        },
      });
    },

    /** S4 4.4.2: the manager confirms and signs, and the complaint goes to the responsible department. */
    sign: async (actor: Actor, id: number, input: SignComplaintInput) => {
      const c = await load(actor, id, 'sign');
      const at = now();
      const base = { signedAt: at, signedBy: actor.id, signNote: input.note ?? null };
      if (c.state !== 'received') {
        if (input.departmentId && input.departmentId !== c.departmentId)
          throw new AppError('RULE_VIOLATION', { message: '该投诉已转交责任部门，部门不能在签字时更改' });
        return step(actor, c, { from: c.state, whereNull: 'signedAt', set: base, action: 'signed' });
      }
      if (c.immediateMode === 'answered')
        // Handled on the spot (S3 篇九 4.5.2.1): the result was told then; nothing goes to a department.
        return step(actor, c, {
          from: 'received',
          whereNull: 'signedAt',
          set: {
            ...base,
            state: 'informed',
            informMethod: 'onSite',
            informedAt: c.receivedAt,
            informedBy: c.firstTakerId,
            informNote: c.onSpotResult,
          },
          action: 'signed',
        });
      if (!input.departmentId)
        throw new AppError('VALIDATION_FAILED', {
          message: '请选择责任部门',
          details: [{ field: 'departmentId', message: '请选择责任部门' }],
        });
      await assertOwnRef(db, c.propertyId, 'department', input.departmentId, 'departmentId');
      const departmentId = input.departmentId;
      await step(actor, c, {
        from: 'received',
        whereNull: 'signedAt',
        set: { ...base, state: 'referred', departmentId, referredAt: at },
        action: 'signed',
        after: async (trx) => {
          await tell(
            trx,
            await departmentMembers(trx, departmentId),
            c,
            'complaint.referred',
            '投诉已转贵部门，请调查并书面回复',
            actor.id,
          );
        },
      });
    },

    /** S2 网上投诉处理: the responsible department answers in writing with facts and measures. */
    reply: async (actor: Actor, id: number, input: ComplaintReplyInput) => {
      const c = await loadComplaint(db, actor, id, 'write');
      if (!hasRole(actor, 'dept_staff') || c.departmentId === null || actor.departmentId !== c.departmentId)
        throw forbidden('只有投诉责任部门的员工可以书面回复');
      const refusal = pathRefusal(pathView(c), 'reply');
      if (refusal) throw new AppError('INVALID_TRANSITION', { message: refusal });
      if (input.responsibleStaffId)
        await assertOwnRef(db, c.propertyId, 'staff', input.responsibleStaffId, 'responsibleStaffId');
      const at = now();
      let replyId = 0;
      await step(actor, c, {
        from: 'referred',
        set: {
          state: 'replied',
          finding: input.finding,
          responsibleStaffId: input.responsibleStaffId,
          repliedAt: at,
        },
        action: 'replied',
        data: { after: input },
        after: async (trx) => {
          const [row] = await trx
            .insertInto('complaintReplies')
            .values({
              propertyId: c.propertyId,
              caseId: c.caseId,
              departmentId: c.departmentId!,
              ...input,
              writtenBy: actor.id,
              writtenAt: at,
            })
            .returning('id')
            .execute();
          replyId = row!.id;
          const sups = await staffWithRole(trx, c.propertyId, 'supervisor');
          await tell(
            trx,
            [c.firstTakerId, ...sups],
            c,
            'complaint.replied',
            '责任部门已书面回复，请将处理结果反馈客户',
            actor.id,
          );
        },
      });
      return { id: replyId };
    },

    /** S4 4.4.2: the result told to the customer, how and when. */
    inform: async (actor: Actor, id: number, input: InformCustomerInput) => {
      const c = await load(actor, id, 'inform');
      if (input.method === 'none' && !(c.anonymous || (!c.callerPhone && c.roomId === null)))
        throw new AppError('RULE_VIOLATION', {
          message: '有联系方式的投诉须将处理结果反馈客户',
          details: [{ field: 'method' }],
        });
      const informedAt = notFuture(input.informedAt, 'informedAt');
      await step(actor, c, {
        from: 'replied',
        set: {
          state: 'informed',
          informMethod: input.method,
          informedAt,
          informedBy: actor.id,
          informNote: input.note,
        },
        action: 'informed',
        after: async (trx) => {
          await tellRole(trx, notify, {
            propertyId: c.propertyId,
            role: 'supervisor',
            actorId: actor.id,
            kind: 'complaint.verify-needed',
            title: `投诉待验证 ${c.number}`,
            body: c.summary,
            caseId: c.caseId,
          });
        },
      });
    },

    /** The supervisor verifies the handling; if it fails, the department must reply again. */
    verify: async (actor: Actor, id: number, input: VerifyComplaintInput) => {
      const c = await load(actor, id, 'verify');
      if (input.passed)
        return step(actor, c, {
          from: 'informed',
          set: { state: 'verified', verifiedAt: now(), verifiedBy: actor.id, verifyNote: input.note },
          action: 'verified',
        });
      await step(actor, c, {
        from: 'informed',
        set: { state: 'referred' },
        action: 'verify-failed',
        data: { before: { state: 'informed' }, after: { state: 'referred' } },
        reason: input.note,
        after: async (trx) => {
          if (c.departmentId)
            await tell(
              trx,
              await departmentMembers(trx, c.departmentId),
              c,
              'complaint.reply-again',
              '投诉处理验证未通过，请重新处理并书面回复',
              actor.id,
            );
        },
      });
    },

    /** S2 投诉回访: the supervisor's return visit after verification; the complaint closes. */
    returnVisit: async (actor: Actor, id: number, input: ReturnVisitInput) => {
      const c = await load(actor, id, 'returnVisit');
      if (c.anonymous)
        throw new AppError('RULE_VIOLATION', { message: '匿名投诉无法回访，请选择免回访原因' });
      const at = now();
      await step(actor, c, {
        from: 'verified',
        set: {
          state: 'closed',
          returnVisitAt: notFuture(input.visitedAt, 'visitedAt'),
          returnVisitBy: actor.id,
          returnVisitMethod: input.method,
          returnVisitOpinion: input.opinion,
          returnVisitSatisfaction: input.satisfaction,
          closedAt: at,
        },
        action: 'return-visited',
        after: (trx) => closeCase(trx, c, actor, at),
      });
    },

    /** S2 投诉回访 ①②③: no return visit, for one of the seed's three reasons only. */
    skipReturnVisit: async (actor: Actor, id: number, input: SkipReturnVisitInput) => {
      const c = await load(actor, id, 'skipReturnVisit');
      const refusal = skipReasonRefusal(input.reason, {
        immediateMode: c.immediateMode,
        onSpotSatisfied: c.onSpotSatisfied === 1,
        anonymous: c.anonymous === 1,
        callerPhone: c.callerPhone,
      });
      if (refusal)
        throw new AppError('RULE_VIOLATION', {
          message: refusal,
          details: [{ field: 'reason', rule: 'S2 投诉回访' }],
        });
      const at = now();
      await step(actor, c, {
        from: 'verified',
        set: {
          state: 'closed',
          returnVisitSkipReason: input.reason,
          returnVisitSkipNote: input.note,
          returnVisitBy: actor.id,
          closedAt: at,
        },
        action: 'return-visit-skipped',
        reason: input.note,
        after: (trx) => closeCase(trx, c, actor, at),
      });
    },

    /** S2 投诉整理分析: into the case library, with cause and lesson. The company role may do it for any property. */
    markTypical: async (actor: Actor, id: number, input: TypicalCaseInput) => {
      const c = await load(actor, id, 'typical', hasRole(actor, 'company') ? 'read' : 'write');
      await step(actor, c, {
        from: c.state,
        whereNull: 'typicalAt',
        set: {
          isTypical: 1,
          typicalAt: now(),
          typicalBy: actor.id,
          analysisCause: input.cause,
          analysisLesson: input.lesson,
        },
        action: 'marked-typical',
        data: { after: input },
      });
    },
  };
};
