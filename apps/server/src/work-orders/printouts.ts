import {
  amountInWords,
  type CaseType,
  caseTypeLabels,
  type DispatchMode,
  dispatchModeLabels,
  type Urgency,
  urgencyLabels,
} from '@propdesk/domain';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { assertCanView } from './permissions.js';
import { findOrder, propertyOf } from './repo.js';

/** The data of the printed 派工单 and of the customer's receipt; the web lays them out. */
export const createPrintouts = ({ db }: { db: Db }) => {
  const load = async (actor: Actor, id: number) => {
    const o = await findOrder(db, id);
    if (!o) throw notFound('派工单');
    assertCanView(actor, o);
    const [property, c, people, dept, items] = await Promise.all([
      propertyOf(db, o.propertyId),
      db
        .selectFrom('cases')
        .leftJoin('rooms', 'rooms.id', 'cases.roomId')
        .select(['cases.number', 'cases.callerName', 'cases.callerPhone', 'rooms.label as roomLabel'])
        .where('cases.id', '=', o.caseId)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('staff')
        .select(['id', 'name'])
        .where('id', 'in', [o.assigneeId ?? 0, o.dispatchedBy ?? 0])
        .execute(),
      db.selectFrom('departments').select('name').where('id', '=', o.departmentId).executeTakeFirst(),
      db
        .selectFrom('workOrderItems')
        .innerJoin('priceItems', 'priceItems.id', 'workOrderItems.priceItemId')
        .select([
          'workOrderItems.id',
          'workOrderItems.priceItemId',
          'workOrderItems.name',
          'workOrderItems.unit',
          'workOrderItems.unitPriceCents',
          'workOrderItems.quantity',
          'workOrderItems.amountCents',
          'priceItems.approval',
          'priceItems.approvalDate',
        ])
        .where('workOrderItems.workOrderId', '=', id)
        .where('workOrderItems.supersededAt', 'is', null)
        .orderBy('workOrderItems.id')
        .execute(),
    ]);
    const name = (sid: number | null) => people.find((p) => p.id === sid)?.name ?? null;
    const header = {
      propertyName: property.name,
      propertyAddress: property.address,
      propertyPhone: property.phone,
      timezone: property.timezone,
      orderNumber: o.number,
      caseNumber: c.number,
      roomLabel: c.roomLabel,
      customerName: c.callerName,
      customerPhone: c.callerPhone,
    };
    return {
      o,
      header,
      items: items.map((i) => ({
        ...i,
        quantity: Number(i.quantity),
        approvalDate: i.approvalDate === null ? null : String(i.approvalDate),
      })),
      name,
      departmentName: dept?.name ?? null,
    };
  };

  /** S3 篇九 4.5.3.1 打单派工: the slip, with signature lines for the engineer and the customer. */
  const slip = async (actor: Actor, id: number) => {
    const { o, header, items, name, departmentName } = await load(actor, id);
    return {
      ...header,
      title: '派工单' as const,
      type: caseTypeLabels[o.type as CaseType] ?? o.type,
      urgency: urgencyLabels[o.urgency as Urgency] ?? o.urgency,
      description: o.description,
      departmentName,
      assigneeName: name(o.assigneeId),
      dispatchMode: o.dispatchMode ? dispatchModeLabels[o.dispatchMode as DispatchMode] : null,
      dispatchedAt: o.dispatchedAt,
      dispatchedByName: name(o.dispatchedBy),
      arrivalDueAt: o.arrivalDueAt,
      isMustKeep: o.isMustKeep === 1,
      completionDueAt: o.completionDueAt,
      arrivedAt: o.arrivedAt,
      completedAt: o.completedAt,
      result: o.result,
      materials: JSON.parse(o.materials),
      items: items.map(({ approval: _a, approvalDate: _d, ...i }) => i),
      feeCents: o.feeCents,
      feeInWords: amountInWords(o.feeCents),
      signatureLines: [
        { label: '派工人签字' },
        { label: '维修人员签字' },
        { label: '客户签字（确认完工及费用）' },
      ],
    };
  };

  /** The receipt lists only the price-list lines and their approval (经物价局审批), total in 大写. */
  const receipt = async (actor: Actor, id: number) => {
    const { o, header, items } = await load(actor, id);
    if (!o.completedAt) throw new AppError('RULE_VIOLATION', { message: '尚未完工，不能开具收据' });
    if (!items.length) throw new AppError('RULE_VIOLATION', { message: '本单没有收费项目，无需开具收据' });
    return {
      ...header,
      title: '有偿服务收费收据' as const,
      completedAt: o.completedAt,
      items,
      totalCents: o.feeCents,
      totalInWords: amountInWords(o.feeCents),
      signatureLines: [{ label: '收款人签字' }, { label: '客户签字' }],
    };
  };

  return { slip, receipt };
};
