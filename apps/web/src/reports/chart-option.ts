import type { ChartData } from '@propdesk/domain';

/** Turns the chart data the server sends (packages/domain reports.ts ChartData) into ECharts options. */

const palette = ['#1f6feb', '#52c41a', '#fa8c16', '#cf1322', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'];

export const hasData = (c: ChartData) => c.series.some((s) => s.data.some((v) => (v ?? 0) !== 0));

/** The ECharts option for the chart data the server sends (packages/domain reports.ts ChartData). */
export const optionOf = (c: ChartData, isStacked: boolean) => {
  const base = { animation: false, color: palette, tooltip: { trigger: c.kind === 'pie' ? 'item' : 'axis' } };
  if (c.kind === 'pie') {
    const s = c.series[0];
    return {
      ...base,
      // No legend: each slice is labelled with its name, count and share (also on paper).
      series: [
        {
          name: s?.name,
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '50%'],
          label: { formatter: '{b}\n{c}（{d}%）', fontSize: 11 },
          data: c.categories
            .map((name, i) => ({ name, value: s?.data[i] ?? 0 }))
            .filter((d) => (d.value ?? 0) > 0),
        },
      ],
    };
  }
  const isPercent = c.title.includes('%');
  // Long labels (matters raised, people's names in bulk) read better on a horizontal bar.
  const isHorizontal = c.kind === 'bar' && c.categories.some((x) => x.length > 6);
  const category = {
    type: 'category',
    data: c.categories,
    axisLabel: {
      fontSize: 11,
      // Every label of a short axis (the case types); the hours and days thin out by themselves.
      interval: isHorizontal || c.categories.length <= 12 ? 0 : 'auto',
      rotate: !isHorizontal && c.categories.length > 6 ? 35 : 0,
    },
    inverse: isHorizontal,
  };
  const value = { type: 'value', minInterval: 1, ...(isPercent ? { max: 100 } : {}) };
  return {
    ...base,
    legend: c.series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    grid: {
      left: isHorizontal ? 8 : 40,
      right: 24,
      top: c.series.length > 1 ? 32 : 16,
      bottom: 8,
      containLabel: true,
    },
    xAxis: isHorizontal ? value : category,
    yAxis: isHorizontal ? category : value,
    series: c.series.map((s) => ({
      name: s.name,
      type: c.kind,
      data: s.data,
      barMaxWidth: 28,
      ...(isStacked ? { stack: 'all' } : {}),
      ...(c.kind === 'line' ? { symbolSize: 4, connectNulls: true } : {}),
    })),
  };
};
