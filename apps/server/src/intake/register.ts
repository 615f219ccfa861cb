import {
  type ComplaintFacts,
  caseTypeLabels,
  channelLabels,
  localDate,
  mayTakeContact,
  passUpClockRuns,
  type RegisterContactInput,
  routeContact,
} from '@propdesk/domain';
import type { Transaction } from 'kysely';
import { openComplaint } from '../complaints/opened.js';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { isUniqueViolation } from '../kernel/db/errors.js';
import type { Database } from '../kernel/db/schema.js';
import { AppError } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { nextSerial, readSettings } from '../settings/settings.js';
import { departmentMembers, departmentOfKind, findCase, staffWithRole } from './case-repo.js';
import type { Notify } from './notify-port.js';
import { indexCase } from './tokens-repo.js';

type Deps = { db: Db; clock: Clock; notify: Notify };
/** A feature that keeps more with the case (a petition) writes it here, in the case's own transaction. */
export type OnOpened = (
  trx: Transaction<Database>,
  opened: { caseId: number; number: string; at: string },
) => Promise<void>;
export type Registered = {
  caseId: number;
  contactId: number;
  number: string;
  created: boolean;
  state: string;
};

/**
 * Registers one contact (DOMAIN.md §3): opens a case routed by its type, or adds the contact to
 * an open case of the same caller. Idempotent on `idempotencyKey`.
 */
export const createRegistration = ({ db, clock, notify }: Deps) => {
  const existing = async (key: string): Promise<Registered | null> => {
    const c = await db
      .selectFrom('contacts')
      .innerJoin('cases', 'cases.id', 'contacts.caseId')
      .select(['contacts.id as contactId', 'cases.id as caseId', 'cases.number', 'cases.state'])
      .where('contacts.idempotencyKey', '=', key)
      .executeTakeFirst();
    return c ? { ...c, created: false } : null;
  };

  const checkRefs = async (trx: Transaction<Database>, input: RegisterContactInput) => {
    const bad = (field: string, message: string) =>
      new AppError('VALIDATION_FAILED', { message, details: [{ field, message }] });
    if (input.roomId !== null) {
      const r = await trx
        .selectFrom('rooms')
        .select('propertyId')
        .where('id', '=', input.roomId)
        .executeTakeFirst();
      if (!r || r.propertyId !== input.propertyId) throw bad('roomId', '房号不存在');
    }
    if (input.personId !== null) {
      const p = await trx
        .selectFrom('people')
        .select('propertyId')
        .where('id', '=', input.personId)
        .executeTakeFirst();
      if (!p || p.propertyId !== input.propertyId) throw bad('personId', '客户不存在');
    }
    if (input.resolution.mode === 'transfer') {
      const d = await trx
        .selectFrom('departments')
        .select('propertyId')
        .where('id', '=', input.resolution.departmentId)
        .executeTakeFirst();
      if (!d || d.propertyId !== input.propertyId) throw bad('resolution.departmentId', '部门不存在');
    }
    if (input.resolution.mode === 'praise') {
      const s = await trx
        .selectFrom('staff')
        .select(['id', 'departmentId'])
        .where('id', '=', input.resolution.praisedStaffId)
        .executeTakeFirst();
      if (!s) throw bad('resolution.praisedStaffId', '被表扬员工不存在');
      return { praisedDepartmentId: s.departmentId };
    }
    return { praisedDepartmentId: null };
  };

  const addToCase = async (
    trx: Transaction<Database>,
    actor: Actor,
    input: RegisterContactInput,
    at: string,
  ) => {
    const c = await findCase(trx, input.caseId!);
    if (!c || c.propertyId !== input.propertyId) throw new AppError('NOT_FOUND', { message: '案件不存在' });
    if (c.state === 'closed')
      throw new AppError('INVALID_TRANSITION', { message: '案件已关闭，请登记为新案件' });
    const [row] = await trx
      .insertInto('contacts')
      .values(contactValues(actor, input, c.id, at))
      .returning('id')
      .execute();
    await appendEvent(trx, clock, {
      entityType: 'case',
      entityId: c.id,
      propertyId: c.propertyId,
      actorId: actor.id,
      action: 'contact-added',
      data: {
        contactId: row!.id,
        channel: input.channel,
        summary: input.summary,
        callerName: input.callerName,
      },
    });
    return { caseId: c.id, contactId: row!.id, number: c.number, created: true, state: c.state };
  };

  const contactValues = (actor: Actor, input: RegisterContactInput, caseId: number, at: string) => ({
    propertyId: input.propertyId,
    caseId,
    channel: input.channel,
    receivedAt: input.receivedAt ? new Date(input.receivedAt).toISOString() : at,
    takerId: actor.id,
    callerName: input.callerName,
    callerPhone: input.callerPhone,
    roomId: input.roomId,
    personId: input.personId,
    identity: input.identity,
    summary: input.summary,
    idempotencyKey: input.idempotencyKey,
    createdAt: at,
  });

  const open = async (
    trx: Transaction<Database>,
    actor: Actor,
    input: RegisterContactInput,
    at: string,
    facts: ComplaintFacts | null,
    onOpened?: OnOpened,
  ): Promise<Registered> => {
    const routed = routeContact(input.type, input.resolution, input.urgency);
    if (!routed.ok)
      throw new AppError('RULE_VIOLATION', { message: routed.message, details: [{ field: 'resolution' }] });
    const { routing } = routed;
    const { praisedDepartmentId } = await checkRefs(trx, input);
    const property = await trx
      .selectFrom('properties')
      .select(['code', 'timezone'])
      .where('id', '=', input.propertyId)
      .executeTakeFirstOrThrow();
    const day = localDate(clock.now(), property.timezone);
    const serial = await nextSerial(trx, input.propertyId, 'case', day);
    const number = `${property.code}${day.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`;

    let ownerId: number | null = actor.id;
    let departmentId: number | null = null;
    let dueAt: string | null = null;
    const recipients = new Set<number>();
    if (routing.owner.kind === 'department' || routing.owner.kind === 'adminDepartment') {
      const dept =
        routing.owner.kind === 'department'
          ? { id: routing.owner.departmentId }
          : await departmentOfKind(trx, input.propertyId, 'admin');
      if (!dept) throw new AppError('RULE_VIOLATION', { message: '本项目未设置行政部，无法转交' });
      departmentId = dept.id;
      ownerId = null;
      const given = input.resolution.mode === 'transfer' ? input.resolution.dueAt : undefined;
      dueAt = given
        ? new Date(given).toISOString()
        : new Date(
            clock.now().getTime() +
              (await readSettings(trx, input.propertyId))['intake.transferDueMinutes'] * 60_000,
          ).toISOString();
      for (const id of await departmentMembers(trx, dept.id)) recipients.add(id);
    }
    if (routing.owner.kind === 'supervisor') {
      const sups = await staffWithRole(trx, input.propertyId, 'supervisor');
      ownerId = sups[0] ?? actor.id;
    }
    for (const role of routing.notify)
      for (const id of await staffWithRole(trx, input.propertyId, role)) recipients.add(id);
    recipients.delete(actor.id);

    const closed = routing.state === 'closed';
    const [row] = await trx
      .insertInto('cases')
      .values({
        propertyId: input.propertyId,
        number,
        type: input.type,
        state: routing.state,
        urgency: input.urgency,
        channel: input.channel,
        summary: input.summary,
        roomId: input.roomId,
        personId: input.personId,
        callerName: input.callerName,
        callerPhone: input.callerPhone,
        identity: input.identity,
        firstTakerId: actor.id,
        ownerId,
        departmentId,
        dueAt,
        answer: input.resolution.mode === 'answered' ? input.resolution.answer : null,
        praisedStaffId: input.resolution.mode === 'praise' ? input.resolution.praisedStaffId : null,
        praisedDepartmentId,
        handlingSince: routing.state === 'handling' && passUpClockRuns(input.channel) ? at : null,
        supervisorAlertedAt: null,
        managerAlertedAt: null,
        createdAt: at,
        closedAt: closed ? at : null,
      })
      .returning('id')
      .execute();
    const caseId = row!.id;
    const [contact] = await trx
      .insertInto('contacts')
      .values(contactValues(actor, input, caseId, at))
      .returning('id')
      .execute();
    await indexCase(
      trx,
      {
        id: caseId,
        propertyId: input.propertyId,
        number,
        summary: input.summary,
        callerName: input.callerName,
        callerPhone: input.callerPhone,
        answer: input.resolution.mode === 'answered' ? input.resolution.answer : null,
      },
      { isNew: true },
    );
    await appendEvent(trx, clock, {
      entityType: 'case',
      entityId: caseId,
      propertyId: input.propertyId,
      actorId: actor.id,
      action: 'registered',
      data: {
        after: { ...input, number, state: routing.state, ownerId, departmentId, dueAt },
        rule: routing.clause,
      },
    });
    // The complaint path (issue 5) starts in the same transaction: no complaint case without its record.
    if (input.type === 'complaint')
      await openComplaint({ trx, clock, notify, actor, caseId, number, input, facts, at });
    if (input.urgency === 'emergency') {
      await trx
        .insertInto('incidents')
        .values({
          propertyId: input.propertyId,
          caseId,
          occurredAt: at,
          title: `突发：${caseTypeLabels[input.type]}`,
          description: input.summary,
          reportedBy: actor.id,
          createdAt: at,
        })
        .execute();
    }
    await onOpened?.(trx, { caseId, number, at });
    if (recipients.size)
      await notify(trx, {
        recipientIds: [...recipients],
        propertyId: input.propertyId,
        kind: input.urgency === 'emergency' ? 'case.emergency' : `case.${routing.state}`,
        title: `${input.urgency === 'emergency' ? '【突发】' : ''}${channelLabels[input.channel]}${caseTypeLabels[input.type]} ${number}`,
        body: input.summary,
        entityType: 'case',
        entityId: caseId,
      });
    return { caseId, contactId: contact!.id, number, created: true, state: routing.state };
  };

  return async (
    actor: Actor,
    input: RegisterContactInput,
    facts: ComplaintFacts | null = null,
    onOpened?: OnOpened,
  ): Promise<Registered> => {
    assertPropertyAccess(actor, input.propertyId, 'write', '项目');
    if (!mayTakeContact(input.channel, actor.certifiedForDuty))
      throw new AppError('RULE_VIOLATION', {
        message: '未独立上岗的新员工不得接听客户电话（S0 3.1.6），请由已上岗同事登记',
        details: [{ field: 'channel', rule: 'S0 3.1.6' }],
      });
    const prior = await existing(input.idempotencyKey);
    if (prior) return prior;
    const at = clock.now().toISOString();
    try {
      return await db
        .transaction()
        .execute((trx) =>
          input.caseId ? addToCase(trx, actor, input, at) : open(trx, actor, input, at, facts, onOpened),
        );
    } catch (e) {
      // The same registration sent twice at once: the loser returns the winner's case.
      if (isUniqueViolation(e)) {
        const again = await existing(input.idempotencyKey);
        if (again) return again;
      }
      throw e;
    }
  };
};
