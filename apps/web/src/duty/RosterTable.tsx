import type { RosterGridView } from '@propdesk/domain';
import { useT } from '../i18n/i18n';

type Cell = RosterGridView['days'][number]['cells'][number];
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

/** The month grid (days × posts), shared by the page and the wall print; substitutes shown as 替. */
export const RosterTable = ({
  grid,
  onCell,
  className,
}: {
  grid: RosterGridView;
  onCell?: (postId: number, day: string, cell: Cell) => void;
  className?: string;
}) => {
  const t = useT();
  const posts = grid.posts.filter((p) => p.active);
  return (
    <table className={className ?? 'pd-roster'} data-testid="roster-grid">
      <thead>
        <tr>
          <th>{t('duty.col.day')}</th>
          {posts.map((p) => (
            <th key={p.id}>{p.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.days.map((d) => (
          <tr key={d.day} className={d.isWeekend ? 'pd-roster-weekend' : undefined}>
            <th scope="row">{`${d.day.slice(5)} 周${WEEK[d.weekday]}`}</th>
            {posts.map((p) => {
              const cell = d.cells.find((c) => c.postId === p.id) ?? { postId: p.id, people: [] };
              return (
                <td
                  key={p.id}
                  onClick={onCell ? () => onCell(p.id, d.day, cell) : undefined}
                  onKeyDown={onCell ? (e) => e.key === 'Enter' && onCell(p.id, d.day, cell) : undefined}
                  tabIndex={onCell ? 0 : undefined}
                  className={onCell ? 'pd-roster-editable' : undefined}
                >
                  {cell.people.map((x) => (
                    <div key={x.assignmentId}>
                      {x.isSubstitute ? `${x.onDutyName}（替 ${x.staffName}）` : x.onDutyName}
                      {x.pendingSwapId ? ' *' : ''}
                    </div>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
