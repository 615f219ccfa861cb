import { z } from 'zod';
import type { Role } from './roles.js';

/** S2 投诉通报处理制度: four classes; the seed names 重大, and 热点/重要 in 投诉整理分析 (DOMAIN.md §5). */
export const complaintSeverities = ['major', 'hotspot', 'important', 'ordinary'] as const;
export const ComplaintSeverity = z.enum(complaintSeverities);
export type ComplaintSeverity = z.infer<typeof ComplaintSeverity>;
export const complaintSeverityLabels: Record<ComplaintSeverity, string> = {
  major: '重大',
  hotspot: '热点',
  important: '重要',
  ordinary: '一般',
};

/** The classification report's rows (顾客投诉分类统计表); each suggests the department usually responsible. */
export const complaintCategories = [
  'attitude',
  'repair',
  'security',
  'cleaning',
  'greening',
  'fees',
  'parking',
  'facilities',
  'renovation',
  'neighbour',
  'noise',
  'other',
] as const;
export const ComplaintCategory = z.enum(complaintCategories);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;
export const complaintCategoryLabels: Record<ComplaintCategory, string> = {
  attitude: '服务态度',
  repair: '维修质量与时效',
  security: '安全秩序',
  cleaning: '环境卫生',
  greening: '绿化养护',
  fees: '收费',
  parking: '停车管理',
  facilities: '公共设施设备',
  renovation: '装修管理',
  neighbour: '业户纠纷',
  noise: '噪音',
  other: '其他',
};
export const complaintCategoryDepartment: Record<ComplaintCategory, string | null> = {
  attitude: 'service',
  repair: 'engineering',
  security: 'security',
  cleaning: 'cleaning',
  greening: 'greening',
  fees: 'finance',
  parking: 'security',
  facilities: 'engineering',
  renovation: 'engineering',
  neighbour: 'service',
  noise: 'security',
  other: null,
};
/** Common areas the desk picks from (free text is accepted too). */
export const commonAreaSuggestions = [
  '小区大门',
  '地下车库',
  '电梯',
  '楼道',
  '绿化带',
  '道路',
  '会所',
  '游泳池',
  '儿童游乐区',
  '垃圾站',
  '消防通道',
  '外墙',
];

/** S4 4.4.2 / S2: the complaint path. A 一般 complaint handled on the spot goes from received to informed at the sign-off. */
export const complaintStates = ['received', 'referred', 'replied', 'informed', 'verified', 'closed'] as const;
export const ComplaintState = z.enum(complaintStates);
export type ComplaintState = z.infer<typeof ComplaintState>;
export const complaintStateLabels: Record<ComplaintState, string> = {
  received: '已受理',
  referred: '已转责任部门',
  replied: '部门已书面回复',
  informed: '已反馈客户',
  verified: '已验证',
  closed: '已关闭',
};

export const responsibilityFindings = ['ours', 'notOurs', 'shared'] as const;
export const ResponsibilityFinding = z.enum(responsibilityFindings);
export type ResponsibilityFinding = z.infer<typeof ResponsibilityFinding>;
export const responsibilityFindingLabels: Record<ResponsibilityFinding, string> = {
  ours: '我方责任',
  notOurs: '非我方责任',
  shared: '共同责任',
};

/** S2 投诉回访: the three cases where no return visit is needed. */
export const returnVisitSkipReasons = ['onSpotSatisfied', 'anonymousOrNoContact', 'sensitive'] as const;
export const ReturnVisitSkipReason = z.enum(returnVisitSkipReasons);
export type ReturnVisitSkipReason = z.infer<typeof ReturnVisitSkipReason>;
export const returnVisitSkipReasonLabels: Record<ReturnVisitSkipReason, string> = {
  onSpotSatisfied: '现场能即时处理并得到顾客满意确认的投诉',
  anonymousOrNoContact: '匿名投诉、无法确定联络方式的投诉',
  sensitive: '不便回访的敏感投诉',
};

export const contactMethods = ['phone', 'visit', 'letter', 'sms', 'onSite'] as const;
export const ContactMethod = z.enum(contactMethods);
export const contactMethodLabels: Record<(typeof contactMethods)[number], string> = {
  phone: '电话',
  visit: '上门',
  letter: '书面',
  sms: '短信',
  onSite: '现场',
};
export const satisfactionLevels = ['satisfied', 'basically', 'dissatisfied'] as const;
export const Satisfaction = z.enum(satisfactionLevels);
export const satisfactionLabels: Record<(typeof satisfactionLevels)[number], string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};

// ---------------------------------------------------------------------------------------------
// Severity rules (pure). Each rule names its clause; the first class that matches wins, in the
// order the issue lists them: 重大, 热点, 重要, 一般.

export type SeverityRule =
  | 'major.lawsuit'
  | 'major.media'
  | 'major.collective'
  | 'major.overdue'
  | 'hotspot.cluster'
  | 'important.safety'
  | 'important.repeat'
  | 'important.passedUp'
  | 'ordinary';

export const severityRules: Record<SeverityRule, { severity: ComplaintSeverity; clause: string }> = {
  'major.lawsuit': { severity: 'major', clause: 'S2 投诉通报处理制度 一.1：已经引发法律诉讼' },
  'major.media': {
    severity: 'major',
    clause: 'S2 投诉通报处理制度 一.1：已经被媒体（报刊、外部网站等）曝光',
  },
  'major.collective': { severity: 'major', clause: 'S2 投诉通报处理制度 一.1：10 人以上的集体投诉' },
  'major.overdue': {
    severity: 'major',
    clause: 'S2 投诉通报处理制度 一.1：投诉发生一个月后由于我方原因仍未解决',
  },
  'hotspot.cluster': {
    severity: 'hotspot',
    clause: 'S2 投诉整理分析：热点投诉（同一楼栋或公共部位、同类投诉在期限内达到设定宗数）',
  },
  'important.safety': { severity: 'important', clause: '重要投诉（本系统解读）：涉及人身安全、消防或治安' },
  'important.repeat': {
    severity: 'important',
    clause: '重要投诉（本系统解读）：同一住户就同一事项第二次投诉',
  },
  'important.passedUp': { severity: 'important', clause: '重要投诉（本系统解读）：已上移至经理' },
  ordinary: { severity: 'ordinary', clause: 'S3 篇九 4.5.2.1：一般（简单）投诉' },
};

/** What the rules look at; counts are gathered by the server. */
export type SeverityFacts = {
  lawsuit: boolean;
  mediaExposed: boolean;
  complainantCount: number;
  /** The 30-day raise (see `dueForMajorRaise`) has fired. */
  overdueOurs: boolean;
  /** Complaints of the same category about the same building or common area within the window, this one included. */
  sameSpotCount: number;
  hotSpotThreshold: number;
  safetyInvolved: boolean;
  /** Earlier complaints of the same resident on the same matter. */
  priorSameMatter: number;
  passedUpToManager: boolean;
};

export type SeverityProposal = {
  severity: ComplaintSeverity;
  rule: SeverityRule;
  reason: string;
  matches: SeverityRule[];
};

export const COLLECTIVE_MIN = 10;

/** The class the rules propose, the rule that decided it, and every rule that matched. */
export const proposeSeverity = (f: SeverityFacts): SeverityProposal => {
  const matches: SeverityRule[] = [];
  if (f.lawsuit) matches.push('major.lawsuit');
  if (f.mediaExposed) matches.push('major.media');
  if (f.complainantCount >= COLLECTIVE_MIN) matches.push('major.collective');
  if (f.overdueOurs) matches.push('major.overdue');
  if (f.hotSpotThreshold > 0 && f.sameSpotCount >= f.hotSpotThreshold) matches.push('hotspot.cluster');
  if (f.safetyInvolved) matches.push('important.safety');
  if (f.priorSameMatter > 0) matches.push('important.repeat');
  if (f.passedUpToManager) matches.push('important.passedUp');
  const rule = matches[0] ?? 'ordinary';
  const detail =
    rule === 'major.collective'
      ? `（${f.complainantCount} 人）`
      : rule === 'hotspot.cluster'
        ? `（第 ${f.sameSpotCount} 宗，阈值 ${f.hotSpotThreshold}）`
        : '';
  return {
    severity: severityRules[rule].severity,
    rule,
    reason: `${severityRules[rule].clause}${detail}`,
    matches: matches.length ? matches : ['ordinary'],
  };
};

const DAY = 86_400_000;

/**
 * S2 重大: still open `days` (a month: 30 by default) after it was made, with the department's
 * finding "ours". A closed complaint, one already major, or one without that finding is not raised.
 */
export const dueForMajorRaise = (
  c: {
    receivedAt: string;
    state: ComplaintState;
    severity: ComplaintSeverity;
    finding: ResponsibilityFinding | null;
  },
  now: Date,
  days: number,
) =>
  c.state !== 'closed' &&
  c.severity !== 'major' &&
  c.finding === 'ours' &&
  now.getTime() - Date.parse(c.receivedAt) >= days * DAY;

/** S3 篇九 4.5.2: who is told at registration, by class (重要 → supervisor, 重大 → manager, 热点 → supervisor). */
export const registrationReport = (
  s: ComplaintSeverity,
): { role: 'supervisor' | 'manager'; clause: string } | null => {
  if (s === 'major') return { role: 'manager', clause: 'S3 篇九 4.5.2.3 严重投诉：及时上报上级' };
  if (s === 'important' || s === 'hotspot')
    return { role: 'supervisor', clause: 'S3 篇九 4.5.2.2 较严重投诉：记录要点并上报上级' };
  return null;
};

// ---------------------------------------------------------------------------------------------
// Who may do what (issue 5 item 3). The route declares these roles; 'reply' further needs the
// department the complaint was passed to.

export const complaintActionRoles = {
  register: ['receptionist', 'assistant', 'supervisor', 'manager'],
  acknowledge: ['receptionist', 'assistant', 'supervisor', 'manager'],
  severity: ['supervisor', 'manager'],
  sign: ['manager'],
  reply: ['dept_staff'],
  inform: ['receptionist', 'assistant', 'supervisor', 'manager'],
  verify: ['supervisor', 'manager'],
  returnVisit: ['supervisor', 'manager'],
  skipReturnVisit: ['supervisor', 'manager'],
  typical: ['supervisor', 'manager', 'company'],
} as const satisfies Record<string, readonly Role[]>;
export type ComplaintAction = keyof typeof complaintActionRoles;

export type PathView = {
  state: ComplaintState;
  severityConfirmedAt: string | null;
  acknowledgement: string | null;
  signedAt: string | null;
  departmentId: number | null;
  immediateMode: string;
  isTypical: boolean;
};

/** Why an action cannot happen now (in Chinese), or null when the path allows it. */
export const pathRefusal = (c: PathView, action: ComplaintAction): string | null => {
  const closed = c.state === 'closed' ? '投诉已关闭' : null;
  switch (action) {
    case 'register':
      return null;
    case 'acknowledge':
      return c.acknowledgement ? '已记录致歉或致谢' : closed;
    case 'severity':
      return closed;
    case 'sign':
      if (c.signedAt) return '经理已签字';
      if (c.state === 'verified' || c.state === 'closed') return '投诉已验证';
      if (!c.acknowledgement) return '请先记录向客户致歉或致谢（S4 4.4.2）';
      if (!c.severityConfirmedAt) return '请先由主管确认投诉等级';
      return null;
    case 'reply':
      return c.state === 'referred' ? null : '投诉不在待部门回复状态';
    case 'inform':
      return c.state === 'replied' ? null : '部门尚未书面回复';
    case 'verify':
      if (c.state !== 'informed') return '尚未将处理结果反馈客户';
      return c.signedAt ? null : '经理尚未签字（S4 4.4.2）';
    case 'returnVisit':
    case 'skipReturnVisit':
      return c.state === 'verified' ? null : '投诉处理尚未验证合格（S2 投诉回访）';
    case 'typical':
      return c.isTypical ? '已列为典型案例' : null;
  }
};

/** The actions an actor may take on a complaint now: for the web to show the right buttons. */
export const availableComplaintActions = (
  c: PathView,
  actor: { roles: readonly Role[]; departmentId: number | null },
): ComplaintAction[] =>
  (Object.keys(complaintActionRoles) as ComplaintAction[]).filter((a) => {
    if (a === 'register') return false;
    if (!complaintActionRoles[a].some((r) => (actor.roles as readonly string[]).includes(r))) return false;
    if (a === 'reply' && (c.departmentId === null || actor.departmentId !== c.departmentId)) return false;
    return pathRefusal(c, a) === null;
  });

/** S2 投诉回访: a skip reason must be true of the complaint. */
export const skipReasonRefusal = (
  reason: ReturnVisitSkipReason,
  c: { immediateMode: string; onSpotSatisfied: boolean; anonymous: boolean; callerPhone: string | null },
): string | null => {
  if (reason === 'onSpotSatisfied' && !(c.immediateMode === 'answered' && c.onSpotSatisfied))
    return '该投诉并非现场即时处理并经顾客确认满意';
  if (reason === 'anonymousOrNoContact' && !(c.anonymous || !c.callerPhone))
    return '该投诉有联系电话，不属于匿名或无法联络';
  return null;
};
