import type { ContactRegister, ContactsReport, FeedbackReport, WorkloadReport } from '@propdesk/domain';
import { dec, n, pct, type SheetSpec, txt } from './xlsx.js';

/** Each report as sheets of the workbook (issue 8 item 1: every report also as .xlsx). */

export const contactsSheets = (r: ContactsReport): SheetSpec[] => [
  {
    name: '来电来访统计',
    title: `来电来访统计（${r.scope.period.label}）`,
    tables: [
      {
        caption: '按渠道与类型',
        columns: [txt('渠道'), ...r.byType.map((t) => n(t.label)), n('合计')],
        rows: r.byChannelType.map((c) => [c.label, ...r.byType.map((t) => c.byType[t.key] ?? 0), c.total]),
        total: ['合计', ...r.byType.map((t) => t.count), r.total],
      },
      {
        caption: '按时段（项目时区）',
        columns: [txt('时段'), ...r.byChannel.map((c) => n(c.label)), n('合计')],
        rows: r.byHour.map((h) => [
          `${String(h.hour).padStart(2, '0')}:00–${String(h.hour + 1).padStart(2, '0')}:00`,
          ...r.byChannel.map((c) => h.byChannel[c.key] ?? 0),
          h.count,
        ]),
        total: ['合计', ...r.byChannel.map((c) => c.count), r.total],
      },
      { caption: '按日期', columns: [txt('日期'), n('数量')], rows: r.byDay.map((d) => [d.day, d.count]) },
    ],
  },
];

export const feedbackSheets = (r: FeedbackReport): SheetSpec[] => [
  {
    name: '客户反映情况报告',
    title: r.title,
    tables: [
      {
        caption: '按反映类别',
        columns: [txt('类别'), n('件数'), pct('占比'), txt('主要事项', 50), txt('主要楼栋', 30)],
        rows: r.groups.map((g) => [
          g.label,
          g.count,
          g.share,
          g.themes.map((t) => `${t.theme}（${t.count}）`).join('、'),
          g.buildings.map((b) => `${b.name}（${b.count}）`).join('、'),
        ]),
        total: ['合计', r.total, r.total ? 1 : null, null, null],
      },
      {
        caption: '反映最多的事项',
        columns: [txt('事项'), n('件数'), txt('类别', 20), txt('举例', 60)],
        rows: r.topThemes.map((t) => [
          t.theme,
          t.count,
          t.types.join('、'),
          t.cases.map((c) => `${c.number} ${c.summary}`).join('\n'),
        ]),
      },
      {
        caption: '反映最多的楼栋',
        columns: [txt('楼栋', 20), n('件数')],
        rows: r.topBuildings.map((b) => [b.name, b.count]),
      },
    ],
  },
];

export const workloadSheets = (r: WorkloadReport): SheetSpec[] => [
  {
    name: '工作量统计',
    title: `值班与个人工作量（${r.month}）`,
    tables: [
      {
        caption: '每人',
        columns: [
          txt('项目'),
          txt('姓名'),
          n('当班次数'),
          n('双休日当班'),
          n('替班'),
          n('缺勤'),
          n('双休日补贴次数'),
          n('归属来电来访'),
          n('其中替班'),
          n('本人登记'),
          n('首接案件'),
          n('派出工单'),
          n('完工工单'),
          n('回访'),
        ],
        rows: r.people.map((p) => [
          p.propertyName,
          p.staffName,
          p.shifts,
          p.weekendShifts,
          p.substituteShifts,
          p.absentShifts,
          p.weekendAllowance,
          p.contacts,
          p.contactsAsSubstitute,
          p.contactsTaken,
          p.casesFirstTaken,
          p.ordersDispatched,
          p.ordersCompleted,
          p.returnVisits,
        ]),
      },
      {
        caption: '每个岗位（班次）',
        columns: [
          txt('项目'),
          txt('岗位'),
          n('班次'),
          n('双休日班次'),
          n('来电来访'),
          dec('平均每班'),
          txt('最忙的一天'),
          n('当天来电来访'),
        ],
        rows: r.shifts.map((s) => [
          s.propertyName,
          s.postName,
          s.shifts,
          s.weekendShifts,
          s.contacts,
          s.perShift,
          s.busiestDay ?? '',
          s.busiestDayContacts,
        ]),
      },
    ],
  },
];

export const registerSheets = (r: ContactRegister): SheetSpec[] => {
  const multi = r.scope.properties.length > 1;
  return [
    {
      name: '信息登记表',
      title: r.title,
      tables: [
        {
          columns: [
            ...(multi ? [txt('项目')] : []),
            txt('日期/时间', 18),
            txt('来电/来访/来函', 12),
            txt('姓名'),
            txt('房号', 16),
            txt('电话', 14),
            txt('内容', 40),
            txt('处理情况', 40),
            txt('接待人'),
          ],
          rows: r.rows.map((x) => [
            ...(multi ? [x.propertyName] : []),
            `${x.date} ${x.time}`,
            x.channelLabel,
            x.callerName,
            x.roomLabel ?? '',
            x.callerPhone ?? '',
            x.summary,
            x.handling,
            x.takerName,
          ]),
        },
      ],
    },
  ];
};
