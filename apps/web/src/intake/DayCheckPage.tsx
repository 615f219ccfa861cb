import { CheckCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Input,
  Result,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { toastSuccess } from '../lib/feedback';
import { usePropertyScope } from '../shell/property-context';
import { channelText, stateText, taskKindText, typeText } from './labels';
import { type DayCheck, useConfirmDay, useDayCheck } from './queries';

const time = (v: string) => dayjs(v).format('HH:mm');

/** 下班检查 (S3 篇九 4.1.6): incomplete records, call-backs due, cases with no next step; the supervisor confirms. */
export const DayCheckPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [day, setDay] = useState<string | null>(null);
  const check = useDayCheck(propertyId, day);
  const confirm = useConfirmDay();
  const note = useRef('');
  const canConfirm = hasRole(me, 'supervisor', 'manager');
  const d: DayCheck | undefined = check.data;

  const askConfirm = () => {
    if (!d || !propertyId) return;
    note.current = '';
    modal.confirm({
      title: t('dayCheck.confirmTitle', { day: d.day }),
      content: (
        <Input.TextArea
          placeholder={t('dayCheck.confirmNote')}
          autoSize={{ minRows: 2 }}
          onChange={(e) => {
            note.current = e.target.value;
          }}
        />
      ),
      okText: t('dayCheck.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        confirm
          .mutateAsync({
            propertyId,
            day: d.day,
            ...(note.current.trim() ? { note: note.current.trim() } : {}),
          })
          .then(
            () => toastSuccess(t('dayCheck.done')),
            (e: Error) => {
              modal.error({ title: e.message });
            },
          ),
    });
  };

  return (
    <div data-testid="day-check-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('dayCheck.title')}</h1>
          <Typography.Text type="secondary">{t('dayCheck.subtitle')}</Typography.Text>
        </div>
        <Space>
          <div style={{ width: 160 }}>
            <DateField value={day ?? d?.day ?? null} onChange={(v) => setDay(v)} />
          </div>
          {canConfirm && d && !d.confirmation && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={askConfirm}
              data-testid="day-confirm"
            >
              {t('dayCheck.confirm')}
            </Button>
          )}
        </Space>
      </div>
      {check.isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : check.isError ? (
        <Result
          status="error"
          title={t('intake.loadFailed', { message: check.error.message })}
          extra={<Button onClick={() => void check.refetch()}>{t('common.retry')}</Button>}
        />
      ) : d ? (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {d.earlierUnconfirmed.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="day-check-earlier"
              title={
                <span>
                  {t('dayCheck.earlier')}{' '}
                  {d.earlierUnconfirmed.map((x) => (
                    <Button
                      key={x}
                      size="small"
                      type="link"
                      onClick={() => setDay(x)}
                      style={{ padding: '0 4px' }}
                    >
                      {x}
                    </Button>
                  ))}
                </span>
              }
            />
          )}
          <Alert
            type={d.confirmation ? 'success' : 'info'}
            showIcon
            data-testid="day-check-status"
            title={
              d.confirmation
                ? t('dayCheck.confirmed', {
                    name: d.confirmation.confirmedByName ?? '',
                    at: dayjs(d.confirmation.confirmedAt).format('YYYY-MM-DD HH:mm'),
                  })
                : `${d.day} · ${t('dayCheck.notConfirmed')}`
            }
            description={
              <span>
                {t('dayCheck.contacts', { n: d.contactCount })}
                {d.confirmation?.note ? ` · ${d.confirmation.note}` : ''}
              </span>
            }
          />
          <Card
            title={t('dayCheck.incomplete', { n: d.incomplete.length })}
            size="small"
            styles={{ body: { padding: 0 } }}
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.incomplete}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dayCheck.incompleteEmpty')} />
                ),
              }}
              columns={[
                { title: t('case.receivedAt'), dataIndex: 'receivedAt', width: 90, render: time },
                {
                  title: t('cases.number'),
                  dataIndex: 'number',
                  width: 160,
                  render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
                },
                {
                  title: t('cases.channel'),
                  dataIndex: 'channel',
                  width: 80,
                  render: (v: string) => channelText(v, lang),
                },
                { title: t('cases.summary'), dataIndex: 'summary', ellipsis: true },
                {
                  title: t('dayCheck.missing'),
                  dataIndex: 'missing',
                  width: 240,
                  render: (m: string[]) =>
                    m.map((x) => (
                      <Tag key={x} color="red">
                        {x}
                      </Tag>
                    )),
                },
              ]}
            />
          </Card>
          <Card
            title={t('dayCheck.tasksDue', { n: d.tasksDue.length })}
            size="small"
            styles={{ body: { padding: 0 } }}
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.tasksDue}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dayCheck.tasksEmpty')} />
                ),
              }}
              columns={[
                {
                  title: t('tasks.kind'),
                  dataIndex: 'kind',
                  width: 70,
                  render: (v: string) => taskKindText(v, lang),
                },
                {
                  title: t('tasks.due'),
                  dataIndex: 'dueAt',
                  width: 120,
                  render: (v: string) => <span className="pd-overdue">{dayjs(v).format('MM-DD HH:mm')}</span>,
                },
                { title: t('tasks.caller'), dataIndex: 'callerName', width: 100 },
                { title: t('tasks.phone'), dataIndex: 'callerPhone', width: 130 },
                { title: t('tasks.note'), dataIndex: 'note', ellipsis: true },
                { title: t('tasks.owner'), dataIndex: 'ownerName', width: 90 },
              ]}
            />
          </Card>
          <Card
            title={t('dayCheck.visitsDue', { n: d.returnVisitsDue.length })}
            extra={d.returnVisitsDue.length > 0 && <Link to="/return-visits">{t('dayCheck.toVisits')}</Link>}
            size="small"
            styles={{ body: { padding: 0 } }}
            data-testid="day-check-visits"
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.returnVisitsDue}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dayCheck.visitsEmpty')} />
                ),
              }}
              columns={[
                {
                  title: t('dayCheck.order'),
                  dataIndex: 'number',
                  width: 170,
                  render: (v: string, r) => <Link to={`/work-orders/${r.workOrderId}`}>{v}</Link>,
                },
                {
                  title: t('dayCheck.visitKind'),
                  dataIndex: 'kind',
                  width: 90,
                  render: (v: 'required' | 'spotCheck') => t(`dayCheck.visitKind.${v}`),
                },
                { title: t('dayCheck.room'), dataIndex: 'roomLabel', width: 110, render: (v) => v ?? '—' },
                { title: t('dayCheck.summary'), dataIndex: 'summary', ellipsis: true },
                {
                  title: t('tasks.due'),
                  dataIndex: 'dueAt',
                  width: 120,
                  // Past its due time it is already late: shown in red like the overdue call-backs.
                  render: (v: string) => (
                    <span className={dayjs(v).isBefore(dayjs()) ? 'pd-overdue' : undefined}>
                      {dayjs(v).format('MM-DD HH:mm')}
                    </span>
                  ),
                },
              ]}
            />
          </Card>
          <Card
            title={t('dayCheck.noNextStep', { n: d.noNextStep.length })}
            size="small"
            styles={{ body: { padding: 0 } }}
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.noNextStep}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dayCheck.noNextStepEmpty')} />
                ),
              }}
              columns={[
                { title: t('cases.createdAt'), dataIndex: 'createdAt', width: 90, render: time },
                {
                  title: t('cases.number'),
                  dataIndex: 'number',
                  width: 160,
                  render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
                },
                {
                  title: t('cases.type'),
                  dataIndex: 'type',
                  width: 100,
                  render: (v: string) => typeText(v, lang),
                },
                { title: t('cases.summary'), dataIndex: 'summary', ellipsis: true },
                {
                  title: t('cases.state'),
                  dataIndex: 'state',
                  width: 110,
                  render: (v: string) => stateText(v, lang),
                },
              ]}
            />
          </Card>
        </Space>
      ) : null}
    </div>
  );
};
