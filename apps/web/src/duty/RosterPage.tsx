import { LeftOutlined, PrinterOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Modal,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { PlanRosterModal } from './PlanRosterModal';
import { useDefaultPosts, useDutyPeople, useRoster, useSetCell } from './queries';
import { RosterTable } from './RosterTable';
import { hasAnyRole, rosterWriterRoles } from './roles';
import './duty.css';

type Editing = { postId: number; postName: string; day: string; staffIds: number[] };

/** 月值班表: the supervisor fills each post × day; substitutes show as 替 (S3 篇一 五.4). */
export const RosterPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const [params] = useSearchParams();
  // ?month=YYYY-MM opens another month (links from swaps and tests).
  const [month, setMonth] = useState(
    /^\d{4}-\d\d$/.test(params.get('month') ?? '') ? params.get('month')! : dayjs().format('YYYY-MM'),
  );
  const q = useRoster(propertyId, month);
  const canEdit = hasAnyRole(me?.roles, rosterWriterRoles);
  const people = useDutyPeople(canEdit ? propertyId : null);
  const setCell = useSetCell();
  const defaults = useDefaultPosts();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [isPlanning, setPlanning] = useState(false);
  const shiftMonth = (n: number) => setMonth(dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM'));
  const grid = q.data;

  const body = () => {
    if (q.isPending || !propertyId) return <Skeleton active />;
    if (q.isError)
      return (
        <Result
          status="error"
          title={q.error.message}
          extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
        />
      );
    const g = q.data!;
    if (!g.posts.length)
      return (
        <Empty description={t('roster.noPosts')}>
          <Space>
            {canEdit && (
              <Button type="primary" loading={defaults.isPending} onClick={() => defaults.mutate(propertyId)}>
                {t('roster.createDefaults')}
              </Button>
            )}
            <Link to="/duty/posts">
              <Button>{t('nav.duty.posts')}</Button>
            </Link>
          </Space>
        </Empty>
      );
    return (
      <>
        <Typography.Paragraph type="secondary">{t('roster.legend')}</Typography.Paragraph>
        <RosterTable
          grid={g}
          onCell={
            canEdit
              ? (postId, day, cell) =>
                  setEditing({
                    postId,
                    day,
                    postName: g.posts.find((p) => p.id === postId)?.name ?? '',
                    staffIds: cell.people.map((p) => p.staffId),
                  })
              : undefined
          }
        />
      </>
    );
  };

  return (
    <Card
      title={t('nav.duty.roster')}
      extra={
        <Space>
          <Space.Compact>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('roster.prevMonth')}
              onClick={() => shiftMonth(-1)}
            />
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label={t('roster.month')}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
            <Button
              icon={<RightOutlined />}
              aria-label={t('roster.nextMonth')}
              onClick={() => shiftMonth(1)}
            />
          </Space.Compact>
          {canEdit && grid?.month === month && grid.posts.some((p) => p.active) && (
            <Button icon={<ScheduleOutlined />} onClick={() => setPlanning(true)}>
              {t('plan.open')}
            </Button>
          )}
          <Link to={`/duty/roster/print?month=${month}`}>
            <Button icon={<PrinterOutlined />} data-testid="roster-print">
              {t('roster.print')}
            </Button>
          </Link>
        </Space>
      }
    >
      {body()}
      {canEdit && grid && propertyId && (
        <PlanRosterModal
          open={isPlanning}
          onClose={() => setPlanning(false)}
          grid={grid}
          propertyId={propertyId}
        />
      )}
      <Modal
        open={!!editing}
        title={editing ? t('roster.editCell', { post: editing.postName, day: editing.day }) : ''}
        confirmLoading={setCell.isPending}
        onCancel={() => setEditing(null)}
        onOk={() =>
          editing &&
          propertyId &&
          setCell.mutate(
            { propertyId, postId: editing.postId, day: editing.day, staffIds: editing.staffIds },
            {
              onSuccess: () => {
                void message.success(t('roster.saved'));
                setEditing(null);
              },
            },
          )
        }
      >
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          aria-label={t('roster.people')}
          value={editing?.staffIds ?? []}
          loading={people.isLoading}
          onChange={(v: number[]) => editing && setEditing({ ...editing, staffIds: v })}
          options={(people.data ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.employeeNo}）` }))}
          optionFilterProp="label"
        />
      </Modal>
    </Card>
  );
};
