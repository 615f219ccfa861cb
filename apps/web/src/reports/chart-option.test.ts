import type { ChartData } from '@propdesk/domain';
import { describe, expect, it } from 'vitest';
import { hasData, optionOf } from './chart-option';

const chart = (over: Partial<ChartData>): ChartData => ({
  key: 'k',
  title: '按类型',
  kind: 'bar',
  categories: ['报修', '咨询'],
  series: [{ name: '数量', data: [3, 0] }],
  ...over,
});

type AnyOption = Record<string, unknown> & { series: Record<string, unknown>[] };
const option = (c: ChartData, isStacked = false) => optionOf(c, isStacked) as unknown as AnyOption;

describe('report charts (issue 8 item 1: figures with ECharts charts)', () => {
  it('a chart of zeros has no data (the page shows an empty state instead)', () => {
    expect(hasData(chart({}))).toBe(true);
    expect(hasData(chart({ series: [{ name: '数量', data: [0, null] }] }))).toBe(false);
  });

  it('a pie leaves out empty slices', () => {
    const o = option(chart({ kind: 'pie' }));
    expect(o.series[0]!.data).toEqual([{ name: '报修', value: 3 }]);
  });

  it('bars stack only when asked (contacts by hour, by channel)', () => {
    const two = chart({
      series: [
        { name: '来电', data: [1, 2] },
        { name: '来访', data: [3, 4] },
      ],
    });
    expect(option(two, true).series.map((s) => s.stack)).toEqual(['all', 'all']);
    expect(option(two).series.map((s) => s.stack)).toEqual([undefined, undefined]);
    expect(option(two).legend).toBeTruthy();
  });

  it('long category names turn the bars horizontal; percentages stop at 100', () => {
    const long = option(chart({ categories: ['卫生间下水道堵塞', '漏水'] }));
    expect((long.yAxis as { type: string }).type).toBe('category');
    const pct = option(chart({ title: '各部门按时到场率（%）' }));
    expect((pct.yAxis as { max?: number }).max).toBe(100);
    expect((pct.xAxis as { type: string }).type).toBe('category');
  });
});
