import dayjs from 'dayjs';
import type { Lang } from '../i18n/i18n';
import { amendFieldLabel } from './amend-fields';
import { type LabelKind, label } from './labels';

type Pair = [zh: string, en: string];

const actions: Record<string, Pair> = {
  created: ['登记', 'Created'],
  received: ['登记收到', 'Received'],
  'deskPayment:received': ['收款', 'Payment received'],
  notified: ['通知住户', 'Resident notified'],
  collected: ['已领取', 'Collected'],
  lent: ['借出', 'Lent'],
  returned: ['归还', 'Returned'],
  chased: ['电话追问', 'Chased by phone'],
  'taken-back': ['领回', 'Taken back'],
  recorded: ['登记', 'Recorded'],
  counted: ['盘存', 'Counted'],
  'handed-over': ['移交财务', 'Handed to finance'],
  'invoice-delivered': ['发票送达', 'Invoice delivered'],
  voided: ['作废', 'Voided'],
  'owner-confirmed': ['业主确认', 'Owner confirmed'],
  rechecked: ['重新判定', 'Re-checked'],
  issued: ['开具/办理', 'Issued'],
  'gate-passed': ['门岗放行', 'Passed at the gate'],
  'gate-refused': ['门岗拒绝', 'Refused at the gate'],
  registered: ['登记', 'Registered'],
  left: ['离开', 'Left'],
  lost: ['挂失', 'Reported lost'],
  applied: ['申请', 'Applied'],
  'documents-received': ['补交资料', 'Documents received'],
  approved: ['批准', 'Approved'],
  rejected: ['不批准', 'Rejected'],
  'customer-notified': ['已通知业主', 'Customer notified'],
  'goods-in': ['物品进场', 'Goods in'],
  'goods-out': ['物品出场', 'Goods out'],
  'completion-reported': ['报完工', 'Completion reported'],
  'inspected-interim': ['中途检查', 'Interim inspection'],
  'inspected-final': ['竣工验收', 'Final inspection'],
  'deposit-refunded': ['退还保证金', 'Deposit refunded'],
  archived: ['档案已更新', 'Archive updated'],
  welcomed: ['欢迎事项', 'Welcome steps'],
  drafted: ['拟制', 'Drafted'],
  published: ['发布', 'Published'],
  withdrawn: ['撤下', 'Withdrawn'],
  amended: ['更正', 'Amended'],
};

const fields: Record<string, Pair> = {
  state: ['状态', 'State'],
  number: ['编号', 'Number'],
  receiptNo: ['收据号', 'Receipt no.'],
  amountCents: ['金额', 'Amount'],
  months: ['月数', 'Months'],
  quantity: ['数量', 'Quantity'],
  validFrom: ['有效期自', 'Valid from'],
  validTo: ['有效期至', 'Valid to'],
  outAt: ['离开时间', 'Left at'],
  inAt: ['到访时间', 'Arrived at'],
  returnedAt: ['归还时间', 'Returned at'],
  collectedAt: ['领取时间', 'Collected at'],
  collectorName: ['领取人', 'Collected by'],
  financeReceiverName: ['财务接收人', 'Finance receiver'],
  invoiceNo: ['发票号', 'Invoice no.'],
  deliveredTo: ['签收人', 'Signed by'],
  method: ['方式', 'Method'],
  answer: ['答复', 'Answer'],
  signature: ['签名', 'Signature'],
  result: ['结果', 'Result'],
  day: ['日期', 'Day'],
  steps: ['事项', 'Steps'],
  findings: ['检查情况', 'Findings'],
  passed: ['合格', 'Passed'],
  name: ['名称', 'Name'],
  direction: ['进/出', 'In/out'],
  keyCode: ['钥匙编号', 'Key'],
  slip: ['领回单', 'Slip'],
  takerName: ['领回人', 'Taken by'],
  admitted: ['准入', 'Admitted'],
  hostAnswer: ['住户答复', 'Host answer'],
  hostName: ['被访人', 'Host'],
  items: ['物品', 'Items'],
  carrierKind: ['携带人身份', 'Carrier'],
  isMovingHouse: ['搬家', 'Moving house'],
  hasValidId: ['有效证件', 'Valid ID'],
  documents: ['资料', 'Documents'],
  at: ['时间', 'At'],
  itemType: ['类型', 'Type'],
  plannedStart: ['计划开工', 'Start'],
  plannedEnd: ['计划完工', 'End'],
  workers: ['装修工人', 'Workers'],
  addWorkers: ['新增工人', 'Workers added'],
  supervisorAway: ['主管不在代收', 'Taken while head away'],
  person: ['人员', 'Person'],
  personName: ['姓名', 'Name'],
  applyNow: ['立即更新档案', 'Archive now'],
  endOtherOccupants: ['结束其他住户', 'End others'],
  occupancyId: ['档案记录', 'Occupancy'],
  archivedAt: ['档案更新时间', 'Archived at'],
  idNumberMasked: ['证件号码', 'ID number'],
  carrierIdNumber: ['证件号码', 'ID number'],
  hostRoomId: ['被访房号', 'Room'],
  validFromTo: ['有效期', 'Valid'],
  depositCents: ['押金', 'Deposit'],
  feeCents: ['工本费', 'Fee'],
  depositRefundedCents: ['退还押金', 'Refunded'],
  collectorIdNumber: ['证件号码', 'ID number'],
  idChecked: ['核对证件', 'ID checked'],
  carrierSigned: ['办理人签字', 'Carrier signed'],
  rentOwed: ['拖欠房租', 'Rent owed'],
  owner: ['业主', 'Owner'],
  reason: ['原因', 'Reason'],
  expectedBackAt: ['答复归还时间', 'Promised back'],
  dueBackAt: ['预计归还', 'Due back'],
  welcome: ['欢迎事项', 'Welcome'],
};

const hidden = (k: string) => /Ids?$/.test(k) || k === 'id' || k === 'propertyId' || k === 'decision';

const fieldText = (k: string, lang: Lang) => {
  const pair = fields[k];
  if (pair) return lang === 'en' ? pair[1] : pair[0];
  return amendFieldLabel(k, lang) ?? k;
};

/** Enum values shown in the desk's words: which label table a field uses, per register. */
const enumKind = (register: string, k: string): LabelKind | null => {
  if (k === 'state')
    return (
      (
        {
          releaseSlip: 'slipState',
          renovation: 'renovationState',
          notice: 'noticeState',
          accessPass: 'passState',
        } as const
      )[register as 'releaseSlip'] ?? null
    );
  if (k === 'kind')
    return (
      ({ accessPass: 'passKind', moveRegistration: 'moveKind', renovation: 'renoKind' } as const)[
        register as 'accessPass'
      ] ?? null
    );
  if (k === 'method') return register === 'deskPayment' ? 'method' : 'notifyMethod';
  const fixed: Record<string, LabelKind> = {
    carrierKind: 'carrierKind',
    itemType: 'mailType',
    purpose: 'purpose',
    takenBy: 'taker',
    borrowerKind: 'borrowerKind',
    relation: 'relation',
    hostAnswer: 'hostAnswer',
    hostContactMethod: 'hostContact',
    answer: 'ownerAnswer',
    result: 'gateResult',
    direction: 'direction',
    category: 'itemCategory',
  };
  return fixed[k] ?? null;
};

const valueText = (k: string, v: unknown, lang: Lang, register = ''): string => {
  if (v === null || v === undefined || v === '') return '—';
  const kind = typeof v === 'string' ? enumKind(register, k) : null;
  if (kind) return label(lang, kind, v as string);
  if (typeof v === 'boolean') return lang === 'en' ? (v ? 'yes' : 'no') : v ? '是' : '否';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v))
    return dayjs(v).format('YYYY-MM-DD HH:mm');
  if (/Cents$/.test(k) && typeof v === 'number') return `¥${(v / 100).toFixed(2)}`;
  if (k === 'documents' && typeof v === 'object') {
    const kind = register === 'renovation' ? 'renovationDoc' : 'moveDoc';
    return (
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x === true)
        .map(([d]) => label(lang, kind, d))
        .join('、') || '—'
    );
  }
  if ((k === 'workers' || k === 'addWorkers') && Array.isArray(v))
    return (v as { name?: string }[]).map((w) => w.name ?? '').join('、') || '—';
  if (k === 'person' && v && typeof v === 'object') return String((v as { name?: string }).name ?? '—');
  if (k === 'items' && Array.isArray(v))
    return (v as { name: string; quantity: number }[]).map((i) => `${i.name}×${i.quantity}`).join('、');
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

export const actionLabel = (register: string, action: string, lang: Lang) => {
  const pair = actions[`${register}:${action}`] ?? actions[action];
  return pair ? (lang === 'en' ? pair[1] : pair[0]) : action;
};

const decisionLine = (d: unknown): string | null => {
  if (!d || typeof d !== 'object') return null;
  const x = d as { outcome?: string; reason?: string; reasons?: { reason: string }[] };
  if (x.outcome === 'refused') return `✗ ${x.reason}`;
  if (x.outcome === 'needsOwner') return `… ${(x.reasons ?? []).map((r) => r.reason).join('；')}`;
  if (x.outcome === 'allowed') return '✓';
  return null;
};

/** A register event's data as short "项目：值" lines; a correction as "项目：旧 → 新". */
export const historyLines = (data: unknown, lang: Lang, register = ''): string[] => {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  if (typeof d.field === 'string' && 'after' in d)
    return [
      `${fieldText(d.field, lang)}：${valueText(d.field, d.before, lang)} → ${valueText(d.field, d.after, lang)}`,
    ];
  const out: string[] = [];
  const hasShape = 'after' in d || 'before' in d;
  const after = (hasShape ? d.after : d) as Record<string, unknown> | null;
  const before = (hasShape ? d.before : null) as Record<string, unknown> | null;
  if (after && typeof after === 'object')
    for (const [k, v] of Object.entries(after)) {
      if (hidden(k) || v === null || (before && JSON.stringify(before[k]) === JSON.stringify(v))) continue;
      out.push(
        before && k in before
          ? `${fieldText(k, lang)}：${valueText(k, before[k], lang, register)} → ${valueText(k, v, lang, register)}`
          : `${fieldText(k, lang)}：${valueText(k, v, lang, register)}`,
      );
    }
  const decision = decisionLine(d.decision);
  if (decision) out.push(decision);
  return out.slice(0, 8);
};
