import type { MessageTable } from '../i18n/messages';

/** Texts of 批量排班 and the roster's month switch (issue 7: a month planned in the browser). */
export const dutyPlanMessages = {
  'roster.month': ['月份', 'Month'],
  'roster.prevMonth': ['上个月', 'Previous month'],
  'roster.nextMonth': ['下个月', 'Next month'],
  'plan.open': ['批量排班', 'Plan a month'],
  'plan.title': ['批量排班：{month}', 'Plan the roster: {month}'],
  'plan.intro': [
    '所选人员排到所选日期的每个班次上；全部写入或全部不写，任一班次被拒绝则整批不保存。',
    'The chosen people go on every chosen day; all cells are written or none.',
  ],
  'plan.post': ['岗位', 'Post'],
  'plan.people': ['值班人员', 'On duty'],
  'plan.uncertified': ['未独立上岗', 'not certified'],
  'plan.from': ['开始日期', 'From'],
  'plan.to': ['结束日期', 'To'],
  'plan.days': ['排班日期', 'Days'],
  'plan.days.all': ['每天', 'Every day'],
  'plan.days.weekdays': ['工作日', 'Weekdays'],
  'plan.days.weekends': ['周末', 'Weekends'],
  'plan.count': ['将排 {n} 个班次', '{n} shifts will be planned'],
  'plan.begun': [
    '{n} 天的班次已开始，不发送（已开始的班次不能再改排班，临时换人请登记调班）：{days}',
    '{n} days have begun and are left out (use a swap instead): {days}',
  ],
  'plan.noShift': ['{n} 天该岗位不排班，已跳过：{days}', '{n} days have no shift on this post: {days}'],
  'plan.unchanged': ['{n} 天已是所选人员，不重复写入', '{n} days already have these people'],
  'plan.replacing': [
    '{n} 天原有其他人员，将被替换：{days}',
    '{n} days have other people, who are replaced: {days}',
  ],
  'plan.replaceConfirm': [
    '{n} 个班次原有其他值班人员，保存后将被替换。确定？',
    '{n} shifts have other people, who will be replaced. Go ahead?',
  ],
  'plan.nothing': ['没有可排的班次，请调整日期或岗位', 'Nothing to plan: change the dates or the post'],
  'plan.save': ['排班', 'Plan'],
  'plan.done': ['已排 {n} 个班次', '{n} shifts planned'],
} satisfies MessageTable;
