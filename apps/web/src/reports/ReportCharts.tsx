import type { ChartData } from '@propdesk/domain';
import { Card, Col, Empty, Row } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { hasData, optionOf } from './chart-option';

// Only what the reports draw: bars, lines, pies with axes, tooltip and legend, as SVG (crisp on
// paper). This module is loaded lazily, so ECharts stays out of the main bundle.
echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** One chart: ECharts in a div (its SVG is what the tests look for). */
export const ReportChart = ({
  chart,
  isStacked,
  height,
}: {
  chart: ChartData;
  isStacked: boolean;
  height: number;
}) => {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const isEmpty = !hasData(chart);
  useEffect(() => {
    if (!ref.current || isEmpty) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
    instance.setOption(optionOf(chart, isStacked));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [chart, isStacked, isEmpty]);
  if (isEmpty)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rep.chartEmpty')} style={{ height }} />
    );
  return <div ref={ref} className="rep-chart" style={{ height }} data-testid={`rep-chart-${chart.key}`} />;
};

/** The report's charts: cards on screen, two to a row on paper. */
export const ReportCharts = ({
  charts,
  stacked = [],
  isPrint = false,
}: {
  charts: readonly ChartData[];
  stacked?: readonly string[];
  isPrint?: boolean;
}) => {
  if (isPrint)
    return (
      <div className="rep-print-charts" data-testid="rep-charts">
        {charts.map((c) => (
          <figure key={c.key}>
            <figcaption>{c.title}</figcaption>
            <ReportChart chart={c} isStacked={stacked.includes(c.key)} height={200} />
          </figure>
        ))}
      </div>
    );
  // The hours and the days need the width; the others share a row.
  const isWide = (c: ChartData) => c.categories.length > 12 || c.kind === 'line';
  return (
    <Row gutter={[16, 16]} data-testid="rep-charts">
      {charts.map((c) => (
        <Col key={c.key} xs={24} xl={isWide(c) ? 24 : 12}>
          <Card size="small" title={c.title}>
            <ReportChart chart={c} isStacked={stacked.includes(c.key)} height={isWide(c) ? 280 : 300} />
          </Card>
        </Col>
      ))}
    </Row>
  );
};
