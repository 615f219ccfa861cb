import { Card, DatePicker, Result, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { AttendanceTable, WorkloadTable } from './AttendanceTables';
import { useAttendance, useWorkload } from './queries-setup';
import { dutyReaderRoles, hasAnyRole } from './roles';

/** 考勤 and 值班工作量 of a month (S3 篇一 四.2, 五.5; S3 篇三): the facts the assessment reads. */
export const AttendancePage = () => {
  const t = useT();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d\d$/.test(params.get('month') ?? '')
    ? params.get('month')!
    : dayjs().format('YYYY-MM');
  const tab = params.get('tab') === 'workload' ? 'workload' : 'attendance';
  const canRead = hasAnyRole(me?.roles, dutyReaderRoles);
  const attendance = useAttendance(propertyId, month, canRead && tab === 'attendance');
  const workload = useWorkload(propertyId, month, canRead && tab === 'workload');
  const set = (patch: Record<string, string>) => setParams({ month, tab, ...patch }, { replace: true });

  if (me && !canRead) return <Result status="403" title="403" subTitle={t('common.forbidden')} />;
  return (
    <Card
      title={t('att.title', { month })}
      extra={
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('att.month')}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
        />
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={[
          { key: 'attendance', label: t('att.tab'), children: <AttendanceTable q={attendance} /> },
          { key: 'workload', label: t('wl.tab'), children: <WorkloadTable q={workload} /> },
        ]}
      />
    </Card>
  );
};
