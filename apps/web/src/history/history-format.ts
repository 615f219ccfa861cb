import { relationLabels, roleLabels } from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

const actionLabels: Record<string, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  'password-reset': '重置密码',
  'move-in': '迁入',
  'move-out': '迁出',
  transfer: '过户',
  'transfer-in': '过户迁入',
  'transfer-out': '过户迁出',
  import: '导入',
  arrears: '更新欠费',
  amend: '更正',
};

/** Field names in events, in the words of the desk; ids are left out of the timeline. */
const fieldLabels: Record<string, string> = {
  name: '姓名',
  phones: '电话',
  phone: '电话',
  idNumberMasked: '证件号码',
  note: '备注',
  relation: '身份',
  startDate: '开始日期',
  endDate: '结束日期',
  startKind: '方式',
  endKind: '结束方式',
  monthsOwed: '欠费月数',
  amountCents: '欠费金额',
  asOf: '截至',
  code: '编码',
  label: '房号',
  room: '房屋',
  roomLabel: '房屋',
  floor: '楼层',
  areaM2: '面积',
  employeeNo: '工号',
  roles: '角色',
  certifiedForDuty: '独立上岗',
  isDeptHead: '部门主管',
  active: '在职',
  timezone: '时区',
  address: '地址',
  kind: '类别',
  username: '用户名',
};

export const actionText = (action: string, lang: Lang) =>
  lang === 'en' ? action : (actionLabels[action] ?? action);

const isHidden = (key: string) => /Ids?$/.test(key) || key === 'id';

const valueText = (key: string, v: unknown, lang: Lang): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (key === 'amountCents' && typeof v === 'number') return `¥${(v / 100).toFixed(2)}`;
  if (typeof v === 'boolean') return lang === 'en' ? String(v) : v ? '是' : '否';
  if (lang !== 'en' && key === 'relation' && typeof v === 'string')
    return relationLabels[v as keyof typeof relationLabels] ?? v;
  if (lang !== 'en' && key === 'roles' && Array.isArray(v))
    return v.map((r) => roleLabels[r as keyof typeof roleLabels] ?? r).join('、');
  if (Array.isArray(v)) return v.map(String).join('、') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** What changed, as "字段：旧 → 新" lines, for an event whose data is { before, after } or a flat record. */
export const changeLines = (data: unknown, lang: Lang): string[] => {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  const hasShape = 'after' in d || 'before' in d;
  const after = (hasShape ? d.after : d) as Record<string, unknown> | null | undefined;
  const before = (hasShape ? d.before : null) as Record<string, unknown> | null | undefined;
  if (!after || typeof after !== 'object') return [];
  const label = (k: string) => (lang === 'en' ? k : (fieldLabels[k] ?? k));
  return Object.keys(after)
    .filter((k) => !isHidden(k))
    .filter((k) => !before || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .slice(0, 10)
    .map((k) =>
      before
        ? `${label(k)}：${valueText(k, before[k], lang)} → ${valueText(k, after[k], lang)}`
        : `${label(k)}：${valueText(k, after[k], lang)}`,
    );
};
