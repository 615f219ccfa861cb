import type { AmendableComplaintField, AmendComplaintInput } from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { appendEvent } from '../history/history.js';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError, forbidden } from '../kernel/errors.js';
import { type Actor, hasRole } from '../kernel/http/actor.js';
import { readSettings } from '../settings/settings.js';
import { assertOwnRef, type ComplaintRow, complaintRow, loadComplaint, proposalFor } from './facts-repo.js';
import { tellRole } from './opened.js';

type Deps = { db: Db; clock: Clock; notify: Notify };

const factFields = new Set<AmendableComplaintField>([
  'category',
  'location',
  'complainantCount',
  'lawsuit',
  'mediaExposed',
  'safetyInvolved',
  'publicInterest',
  'passedUpToManager',
  'repeatOfCaseId',
]);
const analysisFields = new Set<AmendableComplaintField>(['analysisCause', 'analysisLesson', 'isTypical']);
const replyColumn = {
  replyFacts: 'facts',
  replyMeasures: 'measures',
  replyFinding: 'finding',
  replyResponsibleStaffId: 'responsibleStaffId',
} as const;
const flagFields = new Set([
  'lawsuit',
  'mediaExposed',
  'safetyInvolved',
  'publicInterest',
  'passedUpToManager',
  'isTypical',
]);

const locationOf = (c: ComplaintRow) =>
  c.locationKind === 'building'
    ? { kind: 'building', buildingId: c.buildingId }
    : c.locationKind === 'commonArea'
      ? { kind: 'commonArea', area: c.commonArea }
      : { kind: 'none' };

/**
 * Corrections to a complaint's recorded facts (issue 5 item 8; S4 4.3): the new value, the old
 * one, reason, author and time go to the complaint's history. Who may correct depends on the
 * field: the desk its registration facts, the case-library roles the analysis, the responsible
 * department its own reply.
 */
export const createComplaintAmendments = ({ db, clock, notify }: Deps) => {
  const authorise = async (actor: Actor, id: number, field: AmendableComplaintField) => {
    if (analysisFields.has(field)) {
      if (!hasRole(actor, 'supervisor', 'manager', 'company'))
        throw forbidden('只有客服主管、经理或公司客服中心可以更正案例分析');
      return loadComplaint(db, actor, id, hasRole(actor, 'company') ? 'read' : 'write');
    }
    const c = await loadComplaint(db, actor, id, 'write');
    if (field in replyColumn) {
      if (!hasRole(actor, 'dept_staff') || c.departmentId === null || actor.departmentId !== c.departmentId)
        throw forbidden('只有投诉责任部门的员工可以更正部门回复');
    } else if (!hasRole(actor, 'receptionist', 'assistant', 'supervisor', 'manager'))
      throw forbidden('只有客服人员可以更正投诉登记内容');
    return c;
  };

  /** The columns to write and the value before, for one field. */
  const change = async (c: ComplaintRow, input: AmendComplaintInput) => {
    switch (input.field) {
      case 'location': {
        const v = input.value;
        if (v.kind === 'building')
          await assertOwnRef(db, c.propertyId, 'building', v.buildingId, 'value.buildingId');
        const set =
          v.kind === 'building'
            ? { locationKind: 'building', buildingId: v.buildingId, commonArea: null }
            : v.kind === 'commonArea'
              ? { locationKind: 'commonArea', buildingId: null, commonArea: v.area.trim() }
              : { locationKind: 'none', buildingId: null, commonArea: null };
        return { before: locationOf(c), after: v, set };
      }
      case 'repeatOfCaseId':
        if (input.value !== null) {
          if (input.value === c.caseId)
            throw new AppError('VALIDATION_FAILED', {
              message: '不能引用本案件',
              details: [{ field: 'value' }],
            });
          await assertOwnRef(db, c.propertyId, 'complaint', input.value, 'value');
        }
        return { before: c.repeatOfCaseId, after: input.value, set: { repeatOfCaseId: input.value } };
      case 'analysisCause':
      case 'analysisLesson':
        if (c.analysisCause === null)
          throw new AppError('RULE_VIOLATION', { message: '尚未列为典型案例，请先填写案例分析' });
        return { before: c[input.field], after: input.value, set: { [input.field]: input.value } };
      default:
        break;
    }
    if (input.field === 'isTypical' && c.analysisCause === null)
      throw new AppError('RULE_VIOLATION', { message: '请通过“列为典型案例”填写分析' });
    if (flagFields.has(input.field)) {
      const before = c[input.field as 'lawsuit'] === 1;
      return { before, after: input.value, set: { [input.field]: input.value ? 1 : 0 } };
    }
    if (input.field === 'category' || input.field === 'complainantCount')
      return { before: c[input.field], after: input.value, set: { [input.field]: input.value } };
    return null;
  };

  const amendReply = async (
    trx: Transaction<Database>,
    c: ComplaintRow,
    input: AmendComplaintInput & { field: keyof typeof replyColumn },
  ) => {
    const reply = await trx
      .selectFrom('complaintReplies')
      .selectAll()
      .where('caseId', '=', c.caseId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!reply) throw new AppError('RULE_VIOLATION', { message: '部门尚未书面回复' });
    const column = replyColumn[input.field];
    if (column === 'responsibleStaffId' && input.value !== null)
      await assertOwnRef(trx, c.propertyId, 'staff', Number(input.value), 'value');
    const before = reply[column];
    if (before === input.value) throw new AppError('RULE_VIOLATION', { message: '新值与原值相同，无需更正' });
    await trx
      .updateTable('complaintReplies')
      .set({ [column]: input.value })
      .where('id', '=', reply.id)
      .execute();
    if (column === 'finding' || column === 'responsibleStaffId')
      await trx
        .updateTable('complaints')
        .set({ [column]: input.value })
        .where('caseId', '=', c.caseId)
        .execute();
    return { before, replyId: reply.id };
  };

  return async (actor: Actor, id: number, input: AmendComplaintInput) => {
    const c = await authorise(actor, id, input.field);
    await db.transaction().execute(async (trx) => {
      let data: Record<string, unknown>;
      if (input.field in replyColumn) {
        const { before, replyId } = await amendReply(
          trx,
          c,
          input as AmendComplaintInput & { field: keyof typeof replyColumn },
        );
        data = { field: input.field, replyId, before, after: input.value };
      } else {
        const ch = (await change(c, input))!;
        if (JSON.stringify(ch.before) === JSON.stringify(ch.after))
          throw new AppError('RULE_VIOLATION', { message: '新值与原值相同，无需更正' });
        await trx.updateTable('complaints').set(ch.set).where('caseId', '=', c.caseId).execute();
        data = { field: input.field, before: ch.before, after: ch.after };
      }
      if (factFields.has(input.field)) data.proposal = await repropose(trx, actor, c.caseId);
      await appendEvent(trx, clock, {
        entityType: 'complaint',
        entityId: c.caseId,
        propertyId: c.propertyId,
        actorId: actor.id,
        action: 'amended',
        data,
        reason: input.reason,
      });
    });
  };

  /** Corrected facts may change what the rules propose; a newly 重大 complaint goes to the manager (S3 篇九 4.5.2.3). */
  async function repropose(trx: Transaction<Database>, actor: Actor, caseId: number) {
    const c = (await complaintRow(trx, caseId))!;
    const p = await proposalFor(trx, c, await readSettings(trx, c.propertyId), clock.now());
    if (p.severity === c.proposedSeverity && p.rule === c.proposedRule) return null;
    const tellManager = p.severity === 'major' && !c.managerNotifiedAt;
    await trx
      .updateTable('complaints')
      .set({
        proposedSeverity: p.severity,
        proposedRule: p.rule,
        proposedReason: p.reason,
        ...(tellManager ? { managerNotifiedAt: clock.now().toISOString() } : {}),
      })
      .where('caseId', '=', caseId)
      .execute();
    if (tellManager)
      await tellRole(trx, notify, {
        propertyId: c.propertyId,
        role: 'manager',
        actorId: actor.id,
        kind: 'complaint.major',
        title: `【重大投诉】${c.number}`,
        body: `${c.summary}（${p.reason}）`,
        caseId,
      });
    return p;
  }
};
