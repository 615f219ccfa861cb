import {
  type ClassificationReport,
  complaintSeverities,
  complaintSeverityLabels,
  responsibilityFindingLabels,
  responsibilityFindings,
} from '@propdesk/domain';
import ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ReportView = {
  propertyName: string;
  month: string;
  statusLabel: string;
  deadline: string;
  confirmedAt: string | null;
  confirmedByName: string | null;
  report: ClassificationReport;
};

const rate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** 顾客投诉分类统计表 as one sheet: the category table, then the table by responsible department. */
export const reportXlsx = async (v: ReportView): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PropDesk';
  const ws = wb.addWorksheet('顾客投诉分类统计表');
  const [y, m] = v.month.split('-');
  const severityHeaders = complaintSeverities.map((s) => `${complaintSeverityLabels[s]}投诉`);
  const header1 = ['投诉类别', ...severityHeaders, '受理数', '关闭数', '未关闭数', '按时关闭率'];
  const width = header1.length;

  const title = ws.addRow([`顾客投诉分类统计表（${v.propertyName} ${y}年${Number(m)}月）`]);
  ws.mergeCells(title.number, 1, title.number, width);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const sub = ws.addRow([
    `提交期限：次月3日前（S2 知识管理） · 状态：${v.statusLabel}${v.confirmedAt ? ` · 经理确认：${v.confirmedByName ?? ''} ${v.confirmedAt.slice(0, 10)}` : ''}`,
  ]);
  ws.mergeCells(sub.number, 1, sub.number, width);

  const table = (header: string[], rows: (string | number)[][]) => {
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.eachCell((c) => {
      c.border = border;
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    for (const r of rows) ws.addRow(r).eachCell({ includeEmpty: true }, (c) => (c.border = border));
  };

  ws.addRow([]);
  const line = (r: ClassificationReport['total']) => [
    r.label,
    ...complaintSeverities.map((s) => r.bySeverity[s]),
    r.received,
    r.closed,
    r.open,
    rate(r.onTimeRate),
  ];
  table(header1, [...v.report.categories.map(line), line(v.report.total)]);
  ws.lastRow!.font = { bold: true };

  ws.addRow([]);
  ws.addRow(['按责任部门统计']).font = { bold: true };
  table(
    [
      '责任部门',
      '受理数',
      '关闭数',
      '未关闭数',
      '按时关闭率',
      ...responsibilityFindings.map((f) => responsibilityFindingLabels[f]),
    ],
    v.report.departments.map((d) => [
      d.name,
      d.received,
      d.closed,
      d.open,
      rate(d.onTimeRate),
      ...responsibilityFindings.map((f) => d.findings[f]),
    ]),
  );

  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 18 : 12;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
};
