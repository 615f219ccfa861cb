import { z } from 'zod';
import { IdNumber } from './archive.js';
import {
  type Arrears,
  formatYuan,
  RegId,
  RegInstant,
  RegPhone,
  regOptionalText,
  regText,
} from './registers-common.js';

/** Who carries the items out (S1 放行; S3 篇九 4.5.7.2, 4.5.7.4). */
export const carrierKinds = [
  'owner',
  'tenant',
  'resident',
  'authorized',
  'nanny',
  'decorator',
  'other',
] as const;
export const CarrierKind = z.enum(carrierKinds, { message: '请选择携带人身份' });
export type CarrierKind = z.infer<typeof CarrierKind>;
export const carrierKindLabels: Record<CarrierKind, string> = {
  owner: '业主本人',
  tenant: '租户',
  resident: '住户/家属',
  authorized: '业主授权人',
  nanny: '保姆',
  decorator: '装修工人',
  other: '其他携带人（搬运工等）',
};

export const releaseItemCategories = ['general', 'tool', 'material'] as const;
export const ReleaseItemCategory = z.enum(releaseItemCategories, { message: '请选择物品类别' });
export type ReleaseItemCategory = z.infer<typeof ReleaseItemCategory>;
export const releaseItemCategoryLabels: Record<ReleaseItemCategory, string> = {
  general: '物品',
  tool: '装修工具',
  material: '装修材料',
};

export const ReleaseItem = z.object({
  name: regText('物品名称', 50),
  quantity: z
    .number({ message: '请填写数量' })
    .int('数量应为整数')
    .min(1, '数量至少为 1')
    .max(999, '数量过大'),
  category: ReleaseItemCategory.default('general'),
});
export type ReleaseItem = z.infer<typeof ReleaseItem>;

export const releaseSlipStates = [
  'refused',
  'awaitingOwner',
  'approved',
  'issued',
  'used',
  'voided',
] as const;
export type ReleaseSlipState = (typeof releaseSlipStates)[number];
export const releaseSlipStateLabels: Record<ReleaseSlipState, string> = {
  refused: '不予放行',
  awaitingOwner: '待业主确认',
  approved: '可开具（待签字）',
  issued: '已开具',
  used: '已放行',
  voided: '已作废',
};

/** The desk fills the slip: who, which room, what, why (S3 篇九 4.5.7.1–4.5.7.2). */
export const CreateReleaseSlipInput = z.object({
  propertyId: RegId,
  roomId: RegId,
  carrierKind: CarrierKind,
  carrierName: regText('携带人姓名', 50),
  carrierPhone: RegPhone.nullable().default(null),
  /** Masked on parsing; the copy of the ID is kept as an attachment (S1 复印留底). */
  carrierIdNumber: IdNumber.nullable().default(null),
  /** The carrier showed a valid ID (S3 4.5.7.5). */
  hasValidId: z.boolean({ message: '请确认是否出示有效证件' }),
  /** 搬家: arrears are checked first, whoever moves (S3 4.5.7.4). */
  isMovingHouse: z.boolean().default(false),
  items: z.array(ReleaseItem).min(1, '请至少填写一件物品').max(50, '物品最多 50 项'),
  /** A decorator's renovation, whose goods register the tools are checked against. */
  renovationId: RegId.nullable().default(null),
  note: regOptionalText('备注', 500),
});
export type CreateReleaseSlipInput = z.infer<typeof CreateReleaseSlipInput>;

export const ownerAnswers = ['agreed', 'objected'] as const;
export const ownerAnswerLabels: Record<(typeof ownerAnswers)[number], string> = {
  agreed: '同意放行',
  objected: '不同意放行',
};

/**
 * The owner's confirmation (S1 租户放行; S3 4.5.7.2 B, 4.5.7.5): by phone, out of the tenant's
 * hearing, to a number from the archive, with the call time; or the owner signs in person.
 */
export const OwnerConfirmationInput = z
  .object({
    method: z.enum(['phone', 'inPerson'], { message: '请选择确认方式' }),
    ownerPersonId: RegId,
    /** The number dialled (phone confirmation). */
    phone: RegPhone.nullable().default(null),
    /** When the call was made or the owner signed; defaults to now. */
    at: RegInstant.optional(),
    answer: z.enum(ownerAnswers, { message: '请选择业主的答复' }),
    /** Tenants: the owner was asked whether rent is owed (S1). */
    rentOwed: z.boolean().nullable().default(null),
    note: regOptionalText('通话记录', 500),
  })
  .refine((v) => v.method !== 'phone' || v.phone !== null, {
    message: '电话确认请填写所拨号码',
    path: ['phone'],
  });
export type OwnerConfirmationInput = z.infer<typeof OwnerConfirmationInput>;

export const IssueReleaseSlipInput = z.object({
  /** The carrier signed the slip at the desk (S3 4.5.7.2 A: 签字认可). */
  carrierSigned: z.literal(true, { message: '请办理人在放行条上签字后再开具' }),
});
export const VoidRegisterEntryInput = z.object({
  reason: z.string().trim().min(2, '请填写作废原因').max(500),
});
export type VoidRegisterEntryInput = z.infer<typeof VoidRegisterEntryInput>;

export type RegisteredGoods = { name: string; quantity: number }[];

/** What the release rules look at. */
export type ReleaseFacts = {
  carrierKind: CarrierKind;
  isMovingHouse: boolean;
  hasValidId: boolean;
  arrears: Arrears | null;
  items: readonly ReleaseItem[];
  ownerConfirmation: { answer: 'agreed' | 'objected'; rentOwed: boolean | null } | null;
  /** The decorator's renovation: whether it is under way, and the tools registered in (net of out). */
  renovation: { isActive: boolean; toolsIn: RegisteredGoods } | null;
  /** Months of arrears at which the manager is told (S1: 三个月以上). */
  managerArrearsMonths: number;
};

export const releaseRefusalCodes = [
  'ownerIdRequired',
  'movingArrears',
  'tenantArrears',
  'noRenovation',
  'ownerObjected',
  'rentOwed',
] as const;
export type ReleaseRefusalCode = (typeof releaseRefusalCodes)[number];

export type ReleaseDecision =
  | { outcome: 'refused'; code: ReleaseRefusalCode; reason: string; clause: string }
  | { outcome: 'needsOwner'; reasons: { reason: string; clause: string }[] }
  | { outcome: 'allowed'; notifyManager: boolean; ownerReminder: string | null; clauses: string[] };

const owes = (a: Arrears | null): a is Arrears => !!a && (a.monthsOwed > 0 || a.amountCents > 0);
const arrearsText = (a: Arrears) => `${a.monthsOwed} 个月管理费共 ${formatYuan(a.amountCents)}`;

/** Tools the decorator carries that the renovation's goods register does not show as brought in. */
export const unregisteredTools = (items: readonly ReleaseItem[], toolsIn: RegisteredGoods) => {
  const left = new Map<string, number>();
  for (const g of toolsIn) left.set(g.name.trim(), (left.get(g.name.trim()) ?? 0) + g.quantity);
  const out: ReleaseItem[] = [];
  for (const item of items.filter((i) => i.category === 'tool')) {
    const have = left.get(item.name.trim()) ?? 0;
    if (have < item.quantity) out.push(item);
    left.set(item.name.trim(), Math.max(0, have - item.quantity));
  }
  return out;
};

/** Why the owner must confirm before this slip may be issued; empty when no confirmation is needed. */
export const ownerConfirmationReasons = (f: ReleaseFacts): { reason: string; clause: string }[] => {
  const out: { reason: string; clause: string }[] = [];
  const k = f.carrierKind;
  if (k === 'tenant')
    out.push({ reason: '租户放行须电话联系业主确认物品并同意', clause: 'S1 租户放行; S3 4.5.7.2 B' });
  if (k === 'resident' || k === 'authorized' || k === 'other')
    out.push({ reason: '业主授权人/住户办理须按业主资料电话向业主逐一确认', clause: 'S3 4.5.7.2 B' });
  if (k === 'nanny') out.push({ reason: '保姆携带大件贵重物品须与业主联系确认', clause: 'S3 4.5.7.4' });
  if (k === 'decorator') {
    if (f.items.some((i) => i.category === 'material'))
      out.push({ reason: '装修材料出小区须经业主同意', clause: 'S3 4.5.7.4' });
    const missing = f.renovation ? unregisteredTools(f.items, f.renovation.toolsIn) : [];
    if (missing.length)
      out.push({
        reason: `工具未在物品出入登记表中登记进场（${missing.map((i) => i.name).join('、')}），须经业主同意`,
        clause: 'S3 4.5.7.4',
      });
  }
  if (k !== 'owner' && !f.hasValidId)
    out.push({ reason: '携带者无有效证件，须业主前来签字或电话确认', clause: 'S3 4.5.7.5' });
  return out;
};

/**
 * Whether an item release slip may be issued (S1 放行; S3 篇九 4.5.7). Refusals come first and
 * say why; then the owner's confirmation where one is needed; an allowed slip carries the
 * reminder to give the owner and whether the manager must be told.
 */
export const decideRelease = (f: ReleaseFacts): ReleaseDecision => {
  const a = f.arrears;
  if (f.carrierKind === 'owner' && !f.hasValidId)
    return {
      outcome: 'refused',
      code: 'ownerIdRequired',
      reason: '业主放行须出示身份证并复印留底',
      clause: 'S1 业主放行',
    };
  if (f.isMovingHouse && owes(a))
    return {
      outcome: 'refused',
      code: 'movingArrears',
      reason: `搬家须先结清欠费（尚欠${arrearsText(a)}），不予放行`,
      clause: 'S3 4.5.7.4',
    };
  if (f.carrierKind === 'tenant' && owes(a))
    return {
      outcome: 'refused',
      code: 'tenantArrears',
      reason: `租户存在欠费（${arrearsText(a)}），不予放行，请先缴清管理费`,
      clause: 'S1 租户放行; S3 4.5.7.2 B',
    };
  if (f.carrierKind === 'decorator' && !f.renovation?.isActive)
    return {
      outcome: 'refused',
      code: 'noRenovation',
      reason: '装修工人放行须关联本房间正在施工的装修登记',
      clause: 'S3 4.5.7.4',
    };
  const c = f.ownerConfirmation;
  if (c?.answer === 'objected')
    return {
      outcome: 'refused',
      code: 'ownerObjected',
      reason: '业主不同意放行，请先与业主联系',
      clause: 'S1 租户放行; S3 4.5.7.2 B',
    };
  if (f.carrierKind === 'tenant' && c?.rentOwed)
    return {
      outcome: 'refused',
      code: 'rentOwed',
      reason: '业主反映租户拖欠房租，不予放行',
      clause: 'S1 租户放行',
    };
  const reasons = ownerConfirmationReasons(f);
  if (reasons.length && c?.answer !== 'agreed') return { outcome: 'needsOwner', reasons };
  const clauses = reasons.map((r) => r.clause);
  const notifyManager = owes(a) && a.monthsOwed >= f.managerArrearsMonths;
  if (notifyManager) clauses.push('S1 业主放行：欠费三个月以上需通知管理处主任');
  const ownerReminder = owes(a) ? `提醒业主：您还有${arrearsText(a)}未交，请您尽快交清` : null;
  return { outcome: 'allowed', notifyManager, ownerReminder, clauses: [...new Set(clauses)] };
};

/** The state a slip not yet issued goes to after a decision. */
export const stateAfterDecision = (d: ReleaseDecision): 'refused' | 'awaitingOwner' | 'approved' =>
  d.outcome === 'refused' ? 'refused' : d.outcome === 'needsOwner' ? 'awaitingOwner' : 'approved';
