import {
  type AmendPetitionInput,
  localDate,
  type PetitionReplyInput,
  regOptionalText,
  regText,
} from '@propdesk/domain';
import type { z } from 'zod';
import { appendEvent, listHistory } from '../history/history.js';
import { forbidden } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess, hasRole } from '../kernel/http/actor.js';
import { badState, found, invalid } from '../registers/common.js';
import type { PetitionDeps } from './service.js';

const amendable: Record<AmendPetitionInput['field'], z.ZodType> = {
  address: regOptionalText('信访人住址', 200),
  subject: regText('答复事由', 60),
  addressee: regText('收文人', 60),
  body: regText('答复正文', 5000),
};
const replyFields = new Set(['subject', 'addressee', 'body']);

/** The petition register's rows: the form as printed, its signatures, the written reply. */
export const createPetitionRecords = ({ db, clock }: PetitionDeps) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '信访登记',
    );

  const rows = () =>
    db
      .selectFrom('petitions as p')
      .innerJoin('cases as c', 'c.id', 'p.caseId')
      .innerJoin('properties as pr', 'pr.id', 'p.propertyId')
      .innerJoin('staff as h', 'h.id', 'p.handlerId')
      .leftJoin('staff as l', 'l.id', 'p.leaderId')
      .leftJoin('staff as s', 's.id', 'p.supervisorId')
      .leftJoin('staff as r', 'r.id', 'p.repliedBy')
      .leftJoin('rooms', 'rooms.id', 'c.roomId')
      .selectAll('p')
      .select([
        'c.number as caseNumber',
        'c.summary',
        'c.callerName',
        'c.callerPhone',
        'c.channel',
        'c.type',
        'c.state',
        'rooms.label as roomLabel',
        'pr.name as propertyName',
        'pr.address as propertyAddress',
        'pr.phone as propertyPhone',
        'pr.timezone',
        'h.name as handlerName',
        'l.name as leaderName',
        's.name as supervisorName',
        'r.name as repliedByName',
      ]);

  /** One petition with its case, as the form and the reply letter print it. */
  const detail = async (actor: Actor, id: number) => {
    const p = found(await rows().where('p.id', '=', id).executeTakeFirst(), actor, 'read', '信访登记');
    const first = await db
      .selectFrom('contacts')
      .select('receivedAt')
      .where('caseId', '=', p.caseId)
      .orderBy('id')
      .executeTakeFirst();
    const receivedAt = first?.receivedAt ?? p.createdAt;
    return {
      ...p,
      receivedAt,
      receivedDay: localDate(new Date(receivedAt), p.timezone),
      repliedDay: p.repliedAt ? localDate(new Date(p.repliedAt), p.timezone) : null,
    };
  };

  const byCase = async (actor: Actor, caseId: number) => {
    const p = await db
      .selectFrom('petitions')
      .select(['id', 'propertyId'])
      .where('caseId', '=', caseId)
      .executeTakeFirst();
    return detail(actor, found(p, actor, 'read', '信访登记').id);
  };

  /** The register, newest first. */
  const list = async (actor: Actor, propertyId: number) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    return rows().where('p.propertyId', '=', propertyId).orderBy('p.id', 'desc').limit(300).execute();
  };

  /** 领导组长 signs as the manager, 监督组长 as the supervisor; each signature once. */
  const sign = async (actor: Actor, id: number, as: 'leader' | 'supervisor') => {
    const p = await load(actor, id, 'write');
    if (as === 'leader' && !hasRole(actor, 'manager')) throw forbidden('领导组长一栏由管理处主任签字');
    if (as === 'supervisor' && !hasRole(actor, 'supervisor')) throw forbidden('监督组长一栏由客服主管签字');
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res =
        as === 'leader'
          ? await trx
              .updateTable('petitions')
              .set({ leaderId: actor.id, leaderSignedAt: at })
              .where('id', '=', id)
              .where('leaderId', 'is', null)
              .executeTakeFirst()
          : await trx
              .updateTable('petitions')
              .set({ supervisorId: actor.id, supervisorSignedAt: at })
              .where('id', '=', id)
              .where('supervisorId', 'is', null)
              .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('该栏已签字');
      await appendEvent(trx, clock, {
        entityType: 'petition',
        entityId: id,
        propertyId: p.propertyId,
        actorId: actor.id,
        action: 'signed',
        data: { as, signedAt: at },
      });
    });
  };

  /** The formal written reply (答复), written once; later changes are amendments. */
  const reply = async (actor: Actor, id: number, input: PetitionReplyInput) => {
    const p = await load(actor, id, 'write');
    if (p.repliedAt) throw badState('已答复；如需修改请更正');
    const at = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('petitions')
        .set({ ...input, repliedBy: actor.id, repliedAt: at })
        .where('id', '=', id)
        .where('repliedAt', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw badState('已答复；如需修改请更正');
      await appendEvent(trx, clock, {
        entityType: 'petition',
        entityId: id,
        propertyId: p.propertyId,
        actorId: actor.id,
        action: 'replied',
        data: { after: input },
      });
    });
  };

  /** S4 4.3: the old value, the reason and the author go to the history. */
  const amend = async (actor: Actor, id: number, input: AmendPetitionInput) => {
    const p = await load(actor, id, 'write');
    if (replyFields.has(input.field) && !hasRole(actor, 'supervisor', 'manager'))
      throw forbidden('答复由客服主管或管理处主任更正');
    if (replyFields.has(input.field) && !p.repliedAt) throw badState('尚未答复，无需更正答复');
    const parsed = amendable[input.field].safeParse(input.value);
    if (!parsed.success) throw invalid('value', parsed.error.issues[0]?.message ?? '更正后的值不正确');
    const before = p[input.field];
    if (before === parsed.data) throw badState('新值与原值相同，无需更正');
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('petitions')
        .set({ [input.field]: parsed.data })
        .where('id', '=', id)
        .execute();
      await appendEvent(trx, clock, {
        entityType: 'petition',
        entityId: id,
        propertyId: p.propertyId,
        actorId: actor.id,
        action: 'amended',
        data: { field: input.field, before, after: parsed.data },
        reason: input.reason,
      });
    });
  };

  const history = async (actor: Actor, id: number) => {
    await load(actor, id, 'read');
    return listHistory(db, 'petition', id);
  };

  return { detail, byCase, list, sign, reply, amend, history };
};
