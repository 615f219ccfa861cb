import { Card, Empty, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import type { AnyTable, Col } from './report-def';

type Item = { key: string; row: unknown };
type C = Col<unknown>;

/** Consecutive columns of one group, or a single ungrouped column. */
const runsOf = (cols: readonly C[]) => {
  const runs: { group?: string; cols: C[] }[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (c.group && last?.group === c.group) last.cols.push(c);
    else runs.push({ group: c.group, cols: [c] });
  }
  return runs;
};

/** What the 合计 line shows in a column: 合计 first, the numbers, blanks elsewhere. */
const totalCell = (spec: AnyTable, c: C, totalLabel: string): ReactNode => {
  const firstLabel = spec.cols.find((x) => x.isLabel) ?? spec.cols[0];
  if (c === firstLabel) return totalLabel;
  return c.isNumber && spec.total !== undefined ? c.value(spec.total) : '';
};

const hasTotal = (spec: AnyTable) => spec.total !== undefined && spec.rows.length > 0;

/** One table of a report on screen: antd, small, bordered, the 合计 line pinned under the rows. */
export const ReportTable = ({ spec }: { spec: AnyTable }) => {
  const t = useT();
  const leaf = (c: C) => ({
    key: c.key,
    title: c.title,
    align: c.isNumber ? ('right' as const) : undefined,
    // Columns with a width hold text (内容, 收费项目) and wrap; figures stay on one line. The
    // width is only a minimum here, so the text columns, not the figures, take the spare room.
    onCell: c.width ? () => ({ style: { whiteSpace: 'normal' as const, minWidth: c.width } }) : undefined,
    render: (_: unknown, item: Item) => c.value(item.row),
  });
  const columns: TableColumnsType<Item> = runsOf(spec.cols).map((run) =>
    run.group && run.cols.length > 1
      ? { key: `g-${run.cols[0]!.key}`, title: run.group, align: 'center', children: run.cols.map(leaf) }
      : leaf(run.cols[0]!),
  );
  const leaves = runsOf(spec.cols).flatMap((r) => r.cols);
  const data = spec.rows.map((row, i) => ({ key: spec.rowKey(row, i), row }));
  const isPaged = !!spec.pageSize && data.length > spec.pageSize;
  return (
    <Card size="small" title={spec.title} data-testid={`rep-table-${spec.key}`} className="rep-table-card">
      <Table<Item>
        size="small"
        bordered
        columns={columns}
        dataSource={data}
        pagination={isPaged ? { pageSize: spec.pageSize, showSizeChanger: false, size: 'small' } : false}
        // Tables of text fit the page and wrap; tables of figures scroll sideways instead.
        scroll={spec.cols.some((c) => c.width) ? undefined : { x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={spec.emptyText} /> }}
        summary={
          hasTotal(spec)
            ? () => (
                <Table.Summary fixed>
                  <Table.Summary.Row className="rep-total-row" data-testid={`rep-total-${spec.key}`}>
                    {leaves.map((c, i) => (
                      <Table.Summary.Cell key={c.key} index={i} align={c.isNumber ? 'right' : undefined}>
                        {totalCell(spec, c, t('rep.total'))}
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              )
            : undefined
        }
      />
    </Card>
  );
};

/** The same table on paper: plain bordered cells, every row, a two-row header for groups. */
export const PrintTable = ({ spec, showTitle = true }: { spec: AnyTable; showTitle?: boolean }) => {
  const t = useT();
  const runs = runsOf(spec.cols);
  const isGrouped = runs.some((r) => r.group && r.cols.length > 1);
  const leaves = runs.flatMap((r) => r.cols);
  const numberClass = (c: C) => (c.isNumber ? 'rep-num' : undefined);
  // On paper the text columns (内容, 事项) get the room; figures beside them stay narrow.
  const hasText = spec.cols.some((c) => c.width);
  const widthOf = (c: C) => c.width ?? (hasText && c.isNumber ? 56 : undefined);
  return (
    <section className="rep-print-section" data-testid={`rep-print-${spec.key}`}>
      {showTitle && <h2>{spec.title}</h2>}
      <table className="pd-print-table rep-print-table">
        <thead>
          <tr>
            {runs.map((run) =>
              run.group && run.cols.length > 1 ? (
                <th key={`g-${run.cols[0]!.key}`} colSpan={run.cols.length} className="rep-group">
                  {run.group}
                </th>
              ) : (
                <th
                  key={run.cols[0]!.key}
                  rowSpan={isGrouped ? 2 : 1}
                  style={{ width: widthOf(run.cols[0]!) }}
                >
                  {run.cols[0]!.title}
                </th>
              ),
            )}
          </tr>
          {isGrouped && (
            <tr>
              {runs
                .filter((run) => run.group && run.cols.length > 1)
                .flatMap((run) => run.cols)
                .map((c) => (
                  <th key={c.key} style={{ width: widthOf(c) }}>
                    {c.title}
                  </th>
                ))}
            </tr>
          )}
        </thead>
        <tbody>
          {spec.rows.length === 0 && (
            <tr>
              <td colSpan={leaves.length} className="rep-print-empty">
                {spec.emptyText ?? t('common.empty')}
              </td>
            </tr>
          )}
          {spec.rows.map((row, i) => (
            <tr key={spec.rowKey(row, i)}>
              {leaves.map((c) => (
                <td key={c.key} className={numberClass(c)}>
                  {c.value(row)}
                </td>
              ))}
            </tr>
          ))}
          {hasTotal(spec) && (
            <tr className="rep-print-total">
              {leaves.map((c) => (
                <td key={c.key} className={numberClass(c)}>
                  {totalCell(spec, c, t('rep.total'))}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
};
