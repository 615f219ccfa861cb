import {
  missingRenovationDocuments,
  type RenovationPermitView,
  type RenovationState,
  renovationFeesDue,
  renovationPurposes,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import type { Executor } from '../../history/history.js';
import { listHistory } from '../../history/history.js';
import type { Database } from '../../kernel/db/schema.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { found, propertyOf, type RegisterDeps, rule, staffNames } from '../common.js';

type Row = Selectable<Database['renovations']>;
type FeeKey = (typeof renovationPurposes)[number];

export const loadRenovation = async (db: Executor, actor: Actor, id: number, mode: 'read' | 'write') =>
  found(
    await db.selectFrom('renovations').selectAll().where('id', '=', id).executeTakeFirst(),
    actor,
    mode,
    '装修登记',
  );

export const workersOf = (db: Executor, renovationId: number) =>
  db
    .selectFrom('renovationWorkers')
    .selectAll()
    .where('renovationId', '=', renovationId)
    .orderBy('id')
    .execute();

export const docsOf = (r: Pick<Row, 'docBusinessLicence' | 'docQualification' | 'docDrawings'>) => ({
  businessLicence: !!r.docBusinessLicence,
  qualification: !!r.docQualification,
  drawings: !!r.docDrawings,
});

export const missingDocsOf = async (db: Executor, r: Row) =>
  missingRenovationDocuments(
    docsOf(r),
    (await workersOf(db, r.id)).map((w) => ({
      name: w.name,
      hasPhoto: !!w.hasPhoto,
      hasIdCopy: !!w.hasIdCopy,
    })),
  );

/** Fees due and paid through the desk payments (issue 6 items 3 and 7), per purpose. */
export const feesOf = async (db: Executor, r: Row) => {
  const workers = await workersOf(db, r.id);
  const due = renovationFeesDue(r, workers.length);
  const rows = await db
    .selectFrom('deskPayments')
    .select(['purpose', 'amountCents'])
    .where('renovationId', '=', r.id)
    .where('voidedAt', 'is', null)
    .execute();
  const paid: Record<FeeKey, number> = { renovationDeposit: 0, workerPassFee: 0, passDeposit: 0 };
  for (const p of rows) if (p.purpose in paid) paid[p.purpose as FeeKey] += p.amountCents;
  const unpaid = renovationPurposes.filter((k) => paid[k] < due[k]);
  return { due, paid, unpaid, isPaid: unpaid.length === 0 };
};

const FEE_LABELS: Record<FeeKey, string> = {
  renovationDeposit: '装修保证金',
  workerPassFee: '出入证工本费',
  passDeposit: '出入证押金',
};
export const unpaidText = (unpaid: FeeKey[]) => unpaid.map((k) => FEE_LABELS[k]).join('、');

export const createRenovationQueries = ({ db }: Pick<RegisterDeps, 'db'>) => ({
  list: async (
    actor: Actor,
    q: { propertyId: number; state?: RenovationState | undefined; awaitingNotice?: boolean },
  ) => {
    assertPropertyAccess(actor, q.propertyId, 'read', '项目');
    let sel = db
      .selectFrom('renovations')
      .innerJoin('rooms', 'rooms.id', 'renovations.roomId')
      .leftJoin('staff', 'staff.id', 'renovations.firstTakerId')
      .selectAll('renovations')
      .select(['rooms.label as roomLabel', 'staff.name as firstTakerName'])
      .where('renovations.propertyId', '=', q.propertyId);
    if (q.state) sel = sel.where('renovations.state', '=', q.state);
    if (q.awaitingNotice)
      sel = sel
        .where('renovations.decidedAt', 'is not', null)
        .where('renovations.customerNotifiedAt', 'is', null);
    return sel.orderBy('renovations.createdAt', 'desc').limit(300).execute();
  },

  detail: async (actor: Actor, id: number) => {
    const r = await loadRenovation(db, actor, id, 'read');
    const [room, workers, inspections, goods, payments, passes, fees, missingDocuments, history, names] =
      await Promise.all([
        db.selectFrom('rooms').select(['label', 'code']).where('id', '=', r.roomId).executeTakeFirstOrThrow(),
        workersOf(db, id),
        db
          .selectFrom('renovationInspections')
          .leftJoin('staff', 'staff.id', 'renovationInspections.inspectedBy')
          .selectAll('renovationInspections')
          .select('staff.name as inspectedByName')
          .where('renovationId', '=', id)
          .orderBy('inspectedAt')
          .execute(),
        db
          .selectFrom('renovationGoods')
          .selectAll()
          .where('renovationId', '=', id)
          .orderBy('recordedAt')
          .execute(),
        db
          .selectFrom('deskPayments')
          .select(['id', 'receiptNo', 'purpose', 'amountCents', 'receivedAt', 'voidedAt'])
          .where('renovationId', '=', id)
          .orderBy('receivedAt')
          .execute(),
        db
          .selectFrom('accessPasses')
          .select(['id', 'number', 'holderName', 'state', 'validTo', 'renovationWorkerId'])
          .where('renovationId', '=', id)
          .execute(),
        feesOf(db, r),
        missingDocsOf(db, r),
        listHistory(db, 'renovation', id),
        staffNames(db, [r.firstTakerId, r.decidedBy, r.customerNotifiedBy]),
      ]);
    return {
      ...r,
      roomLabel: room.label,
      documents: docsOf(r),
      missingDocuments,
      workers,
      inspections,
      goods,
      payments,
      passes,
      fees,
      firstTakerName: names.get(r.firstTakerId) ?? null,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
      permitReady: (r.state === 'inProgress' || r.state === 'awaitingInspection') && fees.isPaid,
      history,
    };
  },

  /** 装修许可证 to post on the door (S1 装修): after approval and with the fees paid. */
  permit: async (actor: Actor, id: number): Promise<RenovationPermitView> => {
    const r = await loadRenovation(db, actor, id, 'read');
    if (r.state !== 'inProgress' && r.state !== 'awaitingInspection')
      throw rule('装修申请批准后才能打印装修许可证');
    const fees = await feesOf(db, r);
    if (!fees.isPaid) throw rule(`尚未缴清：${unpaidText(fees.unpaid)}`, { unpaid: fees.unpaid });
    const [prop, room, workers, names] = await Promise.all([
      propertyOf(db, r.propertyId),
      db.selectFrom('rooms').select('label').where('id', '=', r.roomId).executeTakeFirstOrThrow(),
      workersOf(db, id),
      staffNames(db, [r.decidedBy]),
    ]);
    return {
      title: '装修许可证',
      propertyName: prop.name,
      number: r.number,
      roomLabel: room.label,
      applicantName: r.applicantName,
      contractorName: r.contractorName,
      contractorPhone: r.contractorPhone,
      scope: r.scope,
      plannedStart: r.plannedStart,
      plannedEnd: r.plannedEnd,
      workerCount: workers.length,
      approvedByName: names.get(r.decidedBy ?? -1) ?? '',
      approvedAt: r.decidedAt ?? '',
      rules: [
        '请将本证张贴于户门外，施工期间不得撕毁',
        '施工人员凭装修出入证出入小区',
        '装修材料及工具出小区须办理物品放行手续',
        '请遵守《装修管理规定》的施工时间，避免噪音扰邻',
      ],
      propertyPhone: prop.phone,
    };
  },
});
