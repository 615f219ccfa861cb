import {
  type ContactCounts,
  type ContactRegister,
  type ContactRegisterQuery,
  type ContactsReport,
  caseStateLabels,
  channelLabels,
  complaintStateLabels,
  contactRegisterColumns,
  contactsReport,
  localDate,
  localSlotOfQuarter,
  localTime,
  periodInstants,
  type ReportQuery,
  workOrderStateLabels,
} from '@propdesk/domain';
import { sql } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { quarterHourOf } from '../kernel/db/time-buckets.js';
import type { Actor } from '../kernel/http/actor.js';
import { chunks, resolveScope } from './scope.js';

type Deps = { db: Db; clock: Clock };
const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

/** 来电来访统计: counted per UTC quarter hour in SQL, placed in each property's local hour here. */
export const contactsReportOf = async (
  { db, clock }: Deps,
  actor: Actor,
  q: ReportQuery,
): Promise<ContactsReport> => {
  const scope = await resolveScope(db, clock, actor, q);
  const counts: { [K in keyof ContactCounts]: ContactCounts[K][number][] } = {
    byChannelType: [],
    bySlot: [],
  };
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    // By type: the case joined for its type. By time: the contacts alone (the join only for a department).
    let types = db
      .selectFrom('contacts')
      .innerJoin('cases', 'cases.id', 'contacts.caseId')
      .select((eb) => ['contacts.channel', 'cases.type', eb.fn.countAll<number>().as('n')])
      .where('contacts.propertyId', '=', p.id)
      .where('contacts.receivedAt', '>=', from.toISOString())
      .where('contacts.receivedAt', '<', to.toISOString());
    const quarter = quarterHourOf(db, sql.ref('contacts.receivedAt'));
    let slots = db
      .selectFrom('contacts')
      .select((eb) => ['contacts.channel', quarter.as('quarter'), eb.fn.countAll<number>().as('n')])
      .where('contacts.propertyId', '=', p.id)
      .where('contacts.receivedAt', '>=', from.toISOString())
      .where('contacts.receivedAt', '<', to.toISOString());
    if (scope.departmentId) {
      const dept = scope.departmentId;
      types = types.where('cases.departmentId', '=', dept);
      slots = slots.where((eb) =>
        eb.exists(
          eb
            .selectFrom('cases')
            .select('cases.id')
            .whereRef('cases.id', '=', 'contacts.caseId')
            .where('cases.departmentId', '=', dept),
        ),
      );
    }
    for (const r of await types.groupBy(['contacts.channel', 'cases.type']).execute())
      counts.byChannelType.push({ channel: r.channel, type: r.type, n: Number(r.n) });
    const places = new Map<number, { day: string; hour: number }>();
    for (const r of await slots.groupBy(['contacts.channel', quarter]).execute()) {
      const qh = Number(r.quarter);
      let place = places.get(qh);
      if (!place) {
        place = localSlotOfQuarter(qh, p.timezone);
        places.set(qh, place);
      }
      counts.bySlot.push({ channel: r.channel, day: place.day, hour: place.hour, n: Number(r.n) });
    }
  }
  return contactsReport(scope.view, counts);
};

/** What became of the matter, in a few words for the register's 处理情况 column. */
const handlingOf = (c: {
  state: string;
  answer: string | null;
  order: { number: string; state: string; result: string | null } | undefined;
  complaintState: string | null;
}) => {
  const state = label(caseStateLabels, c.state);
  if (c.answer) return `${state}：${c.answer}`;
  if (c.order)
    return `${state}：派工单 ${c.order.number}（${label(workOrderStateLabels, c.order.state)}）${c.order.result ? `，${c.order.result}` : ''}`;
  if (c.complaintState) return `${state}：投诉${label(complaintStateLabels, c.complaintState)}`;
  return state;
};

/** 相关方（来电、来函、来访）信息登记表 (S0): every contact of a day or month in the form's columns. */
export const contactRegisterOf = async (
  { db, clock }: Deps,
  actor: Actor,
  q: ContactRegisterQuery,
): Promise<ContactRegister> => {
  const scope = await resolveScope(db, clock, actor, q);
  const rows: ContactRegister['rows'] = [];
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    let query = db
      .selectFrom('contacts')
      .innerJoin('cases', 'cases.id', 'contacts.caseId')
      .leftJoin('rooms', 'rooms.id', 'contacts.roomId')
      .leftJoin('staff', 'staff.id', 'contacts.takerId')
      .leftJoin('complaints', 'complaints.caseId', 'cases.id')
      .select([
        'contacts.id',
        'contacts.caseId',
        'cases.number',
        'contacts.channel',
        'contacts.receivedAt',
        'contacts.callerName',
        'contacts.callerPhone',
        'contacts.summary',
        'rooms.label as roomLabel',
        'staff.name as takerName',
        'cases.state',
        'cases.answer',
        'complaints.state as complaintState',
      ])
      .where('contacts.propertyId', '=', p.id)
      .where('contacts.receivedAt', '>=', from.toISOString())
      .where('contacts.receivedAt', '<', to.toISOString());
    if (scope.departmentId) query = query.where('cases.departmentId', '=', scope.departmentId);
    const contacts = await query.orderBy('contacts.receivedAt').orderBy('contacts.id').execute();
    const orders = new Map<number, { number: string; state: string; result: string | null }>();
    for (const ids of chunks([...new Set(contacts.map((c) => c.caseId))]))
      for (const o of await db
        .selectFrom('workOrders')
        .select(['caseId', 'number', 'state', 'result'])
        .where('caseId', 'in', ids)
        .orderBy('id')
        .execute())
        orders.set(o.caseId, o);
    for (const c of contacts) {
      const at = new Date(c.receivedAt);
      rows.push({
        contactId: c.id,
        caseId: c.caseId,
        caseNumber: c.number,
        propertyName: p.name,
        date: localDate(at, p.timezone),
        time: localTime(at, p.timezone),
        channel: c.channel,
        channelLabel: label(channelLabels, c.channel),
        callerName: c.callerName,
        roomLabel: c.roomLabel,
        callerPhone: c.callerPhone,
        summary: c.summary,
        handling: handlingOf({ ...c, order: orders.get(c.caseId) }),
        takerName: c.takerName ?? '',
      });
    }
  }
  return {
    scope: scope.view,
    title: `相关方（来电、来函、来访）信息登记表（${scope.period.label}）`,
    formCode: 'JLYL-RF-015',
    columns: contactRegisterColumns,
    rows,
  };
};
