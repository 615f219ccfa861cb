import { type AmendRegisterInput, type RegisterKind, RegPhone } from '@propdesk/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { listHistory } from '../history/history.js';
import { notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { badState, invalid, log, type RegisterDeps } from './common.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable();
const phone = RegPhone;

/** The registers' tables seen without their column types: which one is chosen at run time. */
type AnyTables = Record<string, { id: number; propertyId: number } & Record<string, unknown>>;

type Spec = {
  table: string;
  fields: Record<string, z.ZodType>;
  when?: (row: Record<string, unknown>) => string | null;
};

/** What may be corrected in each register; everything else is fixed once written (S4 4.3). */
const specs: Record<RegisterKind, Spec> = {
  keySet: {
    table: 'keySets',
    fields: {
      label: text(100),
      location: text(50),
      note: optText(500),
      quantity: z.number().int().min(0).max(99),
      active: z.number().int().min(0).max(1),
    },
  },
  keyLoan: {
    table: 'keyLoans',
    fields: { borrowerName: text(50), borrowerPhone: phone, purpose: text(200) },
  },
  mailItem: {
    table: 'mailItems',
    fields: { addressee: text(50), carrier: text(50), trackingNo: optText(50), note: optText(300) },
  },
  deskPayment: {
    table: 'deskPayments',
    fields: { payerName: text(50), reference: optText(50), note: optText(300) },
  },
  releaseSlip: {
    table: 'releaseSlips',
    fields: { carrierName: text(50), carrierPhone: phone.nullable(), note: optText(500) },
    when: (r) => (r.state === 'used' ? '已放行的放行条不能更正' : null),
  },
  visitor: {
    table: 'visitors',
    fields: {
      visitorName: text(50),
      phone: phone.nullable(),
      reason: text(200),
      carPlate: optText(12),
      partySize: z.number().int().min(1).max(200),
    },
  },
  accessPass: {
    table: 'accessPasses',
    fields: {
      holderName: text(50),
      holderPhone: phone.nullable(),
      contractor: optText(100),
      note: optText(300),
    },
  },
  renovation: {
    table: 'renovations',
    fields: {
      applicantName: text(50),
      applicantPhone: phone,
      contractorName: text(100),
      contractorPhone: phone,
      scope: text(1000),
      note: optText(500),
    },
  },
  moveRegistration: { table: 'moveRegistrations', fields: { note: optText(500) } },
  notice: {
    table: 'notices',
    fields: { title: text(60), body: text(2000) },
    when: (r) => (r.state === 'pending' ? null : '公告审批后不能更正，请撤下后重新拟制'),
  },
};

export const amendableRegisterFields = Object.fromEntries(
  Object.entries(specs).map(([k, s]) => [k, Object.keys(s.fields)]),
) as Record<RegisterKind, string[]>;

/** Corrections and timelines of register entries, one mechanism for every register. */
export const createRegisterAmendments = ({ db, clock }: RegisterDeps) => {
  const anyDb = db as unknown as Kysely<AnyTables>;
  const load = async (actor: Actor, register: RegisterKind, id: number, mode: 'read' | 'write') => {
    const row = (await anyDb
      .selectFrom(specs[register].table)
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!row) throw notFound('记录');
    assertPropertyAccess(actor, Number(row.propertyId), mode, '记录');
    return row;
  };

  return {
    /** S4 4.3.2–4.3.5: the correction goes to the record's history with the old value, the reason and the author. */
    amend: async (actor: Actor, input: AmendRegisterInput) => {
      const spec = specs[input.register];
      const schema = spec.fields[input.field];
      if (!schema) throw invalid('field', `该登记簿可更正的项目为：${Object.keys(spec.fields).join('、')}`);
      const parsed = schema.safeParse(input.value);
      if (!parsed.success)
        throw invalid('value', `更正后的值不正确：${parsed.error.issues[0]?.message ?? ''}`);
      const row = await load(actor, input.register, input.id, 'write');
      const blocked = spec.when?.(row);
      if (blocked) throw badState(blocked);
      const before = row[input.field] ?? null;
      if (before === parsed.data) throw badState('新值与原值相同，无需更正');
      await db.transaction().execute(async (trx) => {
        await (trx as unknown as Kysely<AnyTables>)
          .updateTable(spec.table)
          .set({ [input.field]: parsed.data })
          .where('id', '=', input.id)
          .execute();
        await log(trx, clock, {
          type: input.register,
          id: input.id,
          propertyId: Number(row.propertyId),
          actor,
          action: 'amended',
          data: { field: input.field, before, after: parsed.data },
          reason: input.reason,
        });
      });
    },

    history: async (actor: Actor, register: RegisterKind, id: number) => {
      await load(actor, register, id, 'read');
      return listHistory(db, register, id);
    },
  };
};
