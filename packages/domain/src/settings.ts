/** Per-property settings with their defaults; the admin changes them (DOMAIN.md §1 admin). */
export const settingDefaults = {
  /** S1 服务上移: minutes at the desk before the supervisor is told. */
  'intake.passUpSupervisorMinutes': 3,
  /** S1: further minutes before the manager is told. */
  'intake.passUpManagerMinutes': 3,
  /** Due time of a transfer to a department when none is given (same-day handling, S4 4.1.6). */
  'intake.transferDueMinutes': 240,
  /** Due time of a promised call-back when none is given (S0 3.1.2). */
  'intake.callbackDueMinutes': 60,
  /** S4 4.4.1: a repair is attended on site within 30 minutes. */
  'workOrders.arrivalMinutes.repair': 30,
  'workOrders.arrivalMinutes.paidService': 30,
  /** Arrival limit of orders of other case types (help, complaint, …). */
  'workOrders.arrivalMinutes.other': 60,
  /** Completion limit when no time is agreed with the customer. */
  'workOrders.completionMinutes.repair': 240,
  'workOrders.completionMinutes.paidService': 1440,
  'workOrders.completionMinutes.other': 1440,
  /** S4 篇3 抽查回访: the share (%) of orders other departments started that get a return visit. */
  'workOrders.spotCheckPercent': 20,
  /** S2 热点投诉: this many complaints of one category about one building or common area… */
  'complaints.hotSpotThreshold': 3,
  /** …within this many days. */
  'complaints.hotSpotWindowDays': 30,
  /** S2 重大: still open this many days after it was made, through our fault (一个月). */
  'complaints.majorAfterDays': 30,
  /** The monthly report's on-time closure rate: closed within this many days (our choice; the seeds are silent). */
  'complaints.onTimeDays': 7,
  /** S1 业主放行: months of arrears at which the manager is told of a release (三个月以上). */
  'registers.releaseManagerArrearsMonths': 3,
  /** S3 篇九 4.4.3: a full key inventory at least every half month. */
  'registers.keyInventoryIntervalDays': 15,
  /** Local hour of the day-end reminder: unreturned keys, visitors still inside (S3 4.4.3, 4.1.6). */
  'registers.dayEndHour': 17,
  /** S2 顾客档案管理: the archive shows an occupant change within this many days. */
  'registers.archiveUpdateDays': 2,
  /** S1 装修: the renovation deposit (yuan). */
  'registers.renovationDepositYuan': 2000,
  /** S1 装修: worker pass fee per worker (办证工本费, yuan). */
  'registers.workerPassFeeYuan': 10,
  /** S1 装修: worker pass deposit per worker (出入证押金, yuan). */
  'registers.workerPassDepositYuan': 50,
  /** S3 篇六: swaps per person per month (调换天次); 0 = no cap. */
  'duty.swapMonthlyCap': 0,
  /** S3 篇三: the incoming person arrives this many minutes before the shift. */
  'duty.handoverLeadMinutes': 10,
  /** Earliest clock-in before a shift starts (minutes). */
  'duty.clockInEarlyMinutes': 120,
  /** A shift starting within this many minutes after another ends takes it over: a signed handover before leaving. */
  'duty.handoverGapMinutes': 60,
  /** S2 家访 (一)2: households visited per 苑区 every quarter (不少于20户). */
  'homeVisits.quarterTarget': 20,
  /** Intake form of the property: 0 the desk's contact register, 1 群众来信来访登记表 (S0). */
  'intake.petitionProfile': 0,
} as const;
export type SettingKey = keyof typeof settingDefaults;
export const settingKeys = Object.keys(settingDefaults) as SettingKey[];
export const settingLabels: Record<SettingKey, string> = {
  'intake.passUpSupervisorMinutes': '服务上移：前台处理超过几分钟通知主管',
  'intake.passUpManagerMinutes': '服务上移：再过几分钟通知经理',
  'intake.transferDueMinutes': '转部门默认处理时限（分钟）',
  'intake.callbackDueMinutes': '回电默认时限（分钟）',
  'workOrders.arrivalMinutes.repair': '报修到场时限（分钟）',
  'workOrders.arrivalMinutes.paidService': '有偿服务到场时限（分钟）',
  'workOrders.arrivalMinutes.other': '其他派工到场时限（分钟）',
  'workOrders.completionMinutes.repair': '报修默认完成时限（分钟）',
  'workOrders.completionMinutes.paidService': '有偿服务默认完成时限（分钟）',
  'workOrders.completionMinutes.other': '其他派工默认完成时限（分钟）',
  'workOrders.spotCheckPercent': '其他部门派工单抽查回访比例（%）',
  'complaints.hotSpotThreshold': '热点投诉：同一楼栋或公共部位同类投诉达到几宗',
  'complaints.hotSpotWindowDays': '热点投诉：统计期限（天）',
  'complaints.majorAfterDays': '重大投诉：我方原因超过几天仍未解决自动升级',
  'complaints.onTimeDays': '投诉按时关闭时限（天，用于月报按时关闭率）',
  'registers.releaseManagerArrearsMonths': '物品放行：欠费达到几个月通知管理处主任',
  'registers.keyInventoryIntervalDays': '钥匙盘存间隔（天，至少每半月一次）',
  'registers.dayEndHour': '下班前检查提醒时刻（时，0–23）',
  'registers.archiveUpdateDays': '过户/迁入后档案更新时限（天）',
  'registers.renovationDepositYuan': '装修保证金（元）',
  'registers.workerPassFeeYuan': '装修出入证工本费（元/人）',
  'registers.workerPassDepositYuan': '装修出入证押金（元/人）',
  'duty.swapMonthlyCap': '每人每月调班次数上限（0 为不限）',
  'duty.handoverLeadMinutes': '接班人员提前到岗时间（分钟）',
  'duty.clockInEarlyMinutes': '最早可提前几分钟上班打卡',
  'duty.handoverGapMinutes': '下一班在本班结束后几分钟内开始须签字交接后方可下岗',
  'homeVisits.quarterTarget': '家访：每个苑区每季度至少家访户数',
  'intake.petitionProfile': '受理登记表式（0 客户来电来访登记表，1 群众来信来访登记表）',
};

/** Settings narrower than the general 0–100000: a switch, an hour, a share, or a count that must not be zero. */
export const settingLimits: Partial<Record<SettingKey, { min: number; max: number }>> = {
  // An hour past 23 would silently stop the day-end reminder; a share is at most 100 %.
  'registers.dayEndHour': { min: 0, max: 23 },
  'workOrders.spotCheckPercent': { min: 0, max: 100 },
  'homeVisits.quarterTarget': { min: 1, max: 10_000 },
  'intake.petitionProfile': { min: 0, max: 1 },
};
