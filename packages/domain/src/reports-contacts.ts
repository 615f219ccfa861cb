import { z } from 'zod';
import { caseTypeLabels, caseTypes, channelLabels, channels } from './intake.js';
import {
  bump,
  ChartData,
  chart,
  LabelledCount,
  labelledCounts,
  type ReportPeriod,
  ReportScope,
} from './reports.js';
import { addDays } from './time.js';

/** 来电来访统计 (issue 8 item 1): contacts by channel and type, by hour of day and by day. */
export const ContactsReport = z.object({
  scope: ReportScope,
  total: z.number().describe('期间内登记的来电、来访、来函等总数'),
  byChannel: z.array(LabelledCount).describe('按渠道：来电 / 来访 / 来函 / 现场报事 / 网上'),
  byType: z
    .array(LabelledCount)
    .describe('按类型（S0 4.2）：咨询、求助、有偿服务、报修、建议、投诉、表扬、其他'),
  byChannelType: z
    .array(
      z.object({
        channel: z.string(),
        label: z.string(),
        total: z.number(),
        byType: z.record(z.string(), z.number()).describe('类型 → 数量'),
      }),
    )
    .describe('渠道 × 类型交叉表'),
  byHour: z
    .array(z.object({ hour: z.number(), count: z.number(), byChannel: z.record(z.string(), z.number()) }))
    .describe('按本地时段（0–23 点，项目时区）：安排前台值班用'),
  byDay: z.array(z.object({ day: z.string(), count: z.number() })).describe('按本地日期'),
  busiestHour: z.number().nullable().describe('来电来访最多的时段（点）'),
  charts: z.array(ChartData),
});
export type ContactsReport = z.infer<typeof ContactsReport>;

/** Contacts counted by channel and case type, and by channel in the property's local day and hour. */
export type ContactCounts = {
  byChannelType: readonly { channel: string; type: string; n: number }[];
  bySlot: readonly { channel: string; day: string; hour: number; n: number }[];
};

/** The calendar dates of a period, in order. */
export const periodDays = (p: ReportPeriod) => {
  const out: string[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push(d);
  return out;
};

export const contactsReport = (scope: ReportScope, counts: ContactCounts): ContactsReport => {
  const byChannel = new Map<string, number>();
  const byType = new Map<string, number>();
  const cross = new Map<string, Map<string, number>>();
  const hours = Array.from({ length: 24 }, () => new Map<string, number>());
  const days = new Map<string, number>();
  let total = 0;
  for (const c of counts.byChannelType) {
    total += c.n;
    bump(byChannel, c.channel, c.n);
    bump(byType, c.type, c.n);
    const row = cross.get(c.channel) ?? new Map<string, number>();
    cross.set(c.channel, bump(row, c.type, c.n));
  }
  for (const c of counts.bySlot) {
    bump(hours[c.hour]!, c.channel, c.n);
    bump(days, c.day, c.n);
  }
  const channelRows = labelledCounts(byChannel, channels, channelLabels);
  const typeRows = labelledCounts(byType, caseTypes, caseTypeLabels);
  const byHour = hours.map((m, hour) => ({
    hour,
    count: [...m.values()].reduce((a, b) => a + b, 0),
    byChannel: Object.fromEntries(channelRows.map((c) => [c.key, m.get(c.key) ?? 0])),
  }));
  const busiest = byHour.reduce((best, h) => (h.count > best.count ? h : best), { hour: -1, count: 0 });
  const byDay = periodDays(scope.period).map((day) => ({ day, count: days.get(day) ?? 0 }));
  const hourLabels = byHour.map((h) => `${String(h.hour).padStart(2, '0')}时`);
  return {
    scope,
    total,
    byChannel: channelRows,
    byType: typeRows,
    byChannelType: channelRows.map((c) => ({
      channel: c.key,
      label: c.label,
      total: c.count,
      byType: Object.fromEntries(typeRows.map((t) => [t.key, cross.get(c.key)?.get(t.key) ?? 0])),
    })),
    byHour,
    byDay,
    busiestHour: busiest.hour >= 0 ? busiest.hour : null,
    charts: [
      chart(
        'byChannel',
        '按渠道',
        'pie',
        channelRows.map((c) => c.label),
        [{ name: '数量', data: channelRows.map((c) => c.count) }],
      ),
      chart(
        'byType',
        '按类型',
        'bar',
        typeRows.map((t) => t.label),
        [{ name: '数量', data: typeRows.map((t) => t.count) }],
      ),
      chart(
        'byHour',
        '按时段（安排值班）',
        'bar',
        hourLabels,
        channelRows.map((c) => ({ name: c.label, data: byHour.map((h) => h.byChannel[c.key] ?? 0) })),
      ),
      chart(
        'byDay',
        '按日期',
        'line',
        byDay.map((d) => d.day),
        [{ name: '来电来访', data: byDay.map((d) => d.count) }],
      ),
    ],
  };
};

/** 相关方（来电、来函、来访）信息登记表 (S0), one row per contact in the paper form's columns. */
export const ContactRegisterRow = z.object({
  contactId: z.number(),
  caseId: z.number(),
  caseNumber: z.string(),
  propertyName: z.string(),
  date: z.string().describe('日期（本地）'),
  time: z.string().describe('时间 HH:MM（本地）'),
  channel: z.string(),
  channelLabel: z.string().describe('来电 / 来访 / 来函 / 现场报事 / 网上'),
  callerName: z.string().describe('姓名'),
  roomLabel: z.string().nullable().describe('房号'),
  callerPhone: z.string().nullable().describe('电话'),
  summary: z.string().describe('内容'),
  handling: z.string().describe('处理情况'),
  takerName: z.string().describe('接待人'),
});
export type ContactRegisterRow = z.infer<typeof ContactRegisterRow>;
export const ContactRegister = z.object({
  scope: ReportScope,
  title: z.string(),
  formCode: z.string().describe('表单编号（S0：JLYL-RF-015）'),
  columns: z.array(z.string()).describe('纸质表的列名，按顺序'),
  rows: z.array(ContactRegisterRow),
});
export type ContactRegister = z.infer<typeof ContactRegister>;
export const contactRegisterColumns = [
  '日期/时间',
  '来电/来访/来函',
  '姓名',
  '房号',
  '电话',
  '内容',
  '处理情况',
  '接待人',
];
