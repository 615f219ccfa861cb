import { type ClassificationReport, complaintSeverities } from '@propdesk/domain';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { categoryText, severityText } from './labels';

// Only what this chart draws: bars, axes, tooltip and legend on canvas (keeps the chunk small).
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** The tags' colours: 重大 red, 重要 orange, 热点 purple, 一般 grey. */
const colors: Record<string, string> = {
  major: '#cf1322',
  hotspot: '#722ed1',
  important: '#fa8c16',
  ordinary: '#8c8c8c',
};

/** Complaints received per category, stacked by class. Loaded lazily with the report page. */
export const ReportChart = ({ report }: { report: ClassificationReport }) => {
  const { lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const rows = report.categories;
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 56 },
      xAxis: {
        type: 'category',
        data: rows.map((r) => categoryText(r.category, lang)),
        axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: complaintSeverities.map((s) => ({
        name: severityText(s, lang),
        type: 'bar',
        stack: 'severity',
        barMaxWidth: 28,
        itemStyle: { color: colors[s] },
        data: rows.map((r) => r.bySeverity[s]),
      })),
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [report, lang]);
  return <div ref={ref} style={{ width: '100%', height: 300 }} data-testid="report-chart" />;
};
