import type { CaseState, CaseType, Resolution, ResolutionMode, Urgency } from './intake.js';

/** Which resolutions each type allows at registration (S0 作业流程 4.2, 作业指导书 3.3). */
export const allowedModes: Record<CaseType, readonly ResolutionMode[]> = {
  inquiry: ['pending', 'answered', 'transfer'],
  help: ['pending', 'transfer'],
  paidService: ['dispatch'],
  repair: ['dispatch'],
  suggestion: ['pending', 'answered', 'transfer', 'report'],
  complaint: ['complaint'],
  praise: ['praise'],
  otherWork: ['admin'],
};

/** The resolution the desk form proposes first for a type. */
export const defaultMode: Record<CaseType, ResolutionMode> = {
  inquiry: 'answered',
  help: 'transfer',
  paidService: 'dispatch',
  repair: 'dispatch',
  suggestion: 'answered',
  complaint: 'complaint',
  praise: 'praise',
  otherWork: 'admin',
};

export type Owner =
  | { kind: 'taker' }
  | { kind: 'department'; departmentId: number }
  | { kind: 'adminDepartment' }
  | { kind: 'supervisor' };

export type Routing = {
  state: CaseState;
  owner: Owner;
  /** Who is told at once, beside the owner. */
  notify: readonly ('supervisor' | 'manager')[];
  /** The clause the rule implements, shown on the timeline. */
  clause: string;
};

export type RoutingResult = { ok: true; routing: Routing } | { ok: false; message: string };

/**
 * What happens to a newly registered contact: its case's state, who owns it, who is told.
 * Emergencies also go to the manager at once (S4 4.4.4).
 */
export const routeContact = (type: CaseType, resolution: Resolution, urgency: Urgency): RoutingResult => {
  if (!allowedModes[type].includes(resolution.mode))
    return { ok: false, message: `该类型不能以“${modeLabels[resolution.mode]}”方式处理` };
  const emergency = urgency === 'emergency' ? (['manager'] as const) : ([] as const);
  const r = (
    state: CaseState,
    owner: Owner,
    clause: string,
    notify: readonly ('supervisor' | 'manager')[] = [],
  ): RoutingResult => ({
    ok: true,
    routing: { state, owner, clause, notify: [...new Set([...notify, ...emergency])] },
  });
  switch (resolution.mode) {
    case 'pending':
      return r('handling', { kind: 'taker' }, 'S1 服务上移：3 分钟未说明清楚则上移');
    case 'answered':
      return r(
        'closed',
        { kind: 'taker' },
        type === 'inquiry' ? 'S0 4.2.1 能当场回答的立即回复' : 'S0 4.2.4 能及时处理的及时处理',
      );
    case 'transfer':
      return r(
        'assigned',
        { kind: 'department', departmentId: resolution.departmentId },
        type === 'help'
          ? 'S0 4.2.2 根据服务项目范围安排人员'
          : type === 'inquiry'
            ? 'S0 4.2.1 转由其他部门答复'
            : 'S0 4.2.4 安排人员及时处理',
      );
    case 'report':
      return r('assigned', { kind: 'supervisor' }, 'S0 4.2.4 暂不能处理的向上级汇报', ['supervisor']);
    case 'dispatch':
      return r(
        'awaitingDispatch',
        { kind: 'taker' },
        type === 'repair' ? 'S1 报修：派工单' : 'S0 4.2.3 有偿服务按有偿维修规程',
      );
    case 'praise':
      return r('closed', { kind: 'taker' }, 'S0 3.3.3 表扬登记并张贴，计入被表扬员工及部门');
    case 'complaint':
      return r('assigned', { kind: 'supervisor' }, 'S0 4.2.5 按客户投诉处理程序', ['supervisor']);
    case 'admin':
      return r('assigned', { kind: 'adminDepartment' }, 'S0 3.3.4 其他工作联系交行政部');
  }
};

export const modeLabels: Record<ResolutionMode, string> = {
  pending: '前台处理中',
  answered: '当场答复',
  transfer: '转部门',
  report: '上报主管',
  dispatch: '待派工',
  praise: '表扬登记',
  complaint: '转主管（投诉）',
  admin: '转行政部',
};

/** S0 3.1.6: a new staff member not certified for independent duty may not take customer calls. */
export const mayTakeContact = (channel: string, certifiedForDuty: boolean) =>
  channel !== 'call' || certifiedForDuty;

export type PassUpStage = 'none' | 'supervisor' | 'manager';

/**
 * S1 服务上移: a contact still being handled at the desk after `supervisorMinutes` goes to the
 * supervisor, and `managerMinutes` after that to the manager.
 */
export const passUpStage = (
  handlingSince: Date,
  now: Date,
  supervisorMinutes: number,
  managerMinutes: number,
): PassUpStage => {
  const elapsed = (now.getTime() - handlingSince.getTime()) / 60_000;
  if (elapsed >= supervisorMinutes + managerMinutes) return 'manager';
  if (elapsed >= supervisorMinutes) return 'supervisor';
  return 'none';
};

/** The passing-up clock runs only while the customer is on the phone or at the desk (S1). */
export const passUpClockRuns = (channel: string) => channel === 'call' || channel === 'visit';

/** S3 篇九 4.1.6 / S4 4.3: the fields a contact record must not leave empty. */
export const missingContactFields = (c: {
  channel: string;
  callerName: string;
  callerPhone: string | null;
  roomId: number | null;
}) => {
  const missing: string[] = [];
  if (!c.callerName.trim()) missing.push('来电人姓名');
  if (c.channel === 'call' && !c.callerPhone) missing.push('联系电话');
  if (!c.callerPhone && c.roomId === null) missing.push('联系电话或房号');
  return missing;
};
