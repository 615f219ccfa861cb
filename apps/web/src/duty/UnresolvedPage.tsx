import { ResolveDutyLogEntryInput } from '@propdesk/domain';
import { Button, Card, DatePicker, Empty, Input, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { usePropertyScope } from '../shell/property-context';
import { DutyLogCard } from './DutyLogCard';
import { dhm } from './format';
import { HandoverSections } from './HandoverSections';
import { type UnresolvedDay, useMyShifts, useUnresolved } from './queries';
import { useResolveLogEntry } from './queries-setup';
import { hasAnyRole, resolverRoles } from './roles';

type Entry = UnresolvedDay['unresolvedEntries'][number];

/** 值班日志 (S3 篇七) and the daily list of unresolved matters (S3 篇九 4.1.7), each closed with what was done. */
export const UnresolvedPage = () => {
  const t = useT();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const [day, setDay] = useState(dayjs().format('YYYY-MM-DD'));
  const q = useUnresolved(propertyId, day);
  const shifts = useMyShifts(propertyId);
  const resolve = useResolveLogEntry();
  const [resolving, setResolving] = useState<Entry | null>(null);
  const isResolver = hasAnyRole(me?.roles, resolverRoles);

  const entry = (e: Entry) => (
    <List.Item
      key={e.id}
      data-testid={`unresolved-${e.id}`}
      actions={
        !e.resolvedAt && (isResolver || e.authorId === me?.id)
          ? [
              <Button key="r" size="small" onClick={() => setResolving(e)}>
                {t('log.resolve')}
              </Button>,
            ]
          : []
      }
    >
      <Space orientation="vertical" size={0}>
        <span>{`${dhm(e.occurredAt)} ${e.postName} ${e.authorName}：${e.text}`}</span>
        {e.resolution && (
          <Space>
            <Tag color="green">{t('log.resolved')}</Tag>
            <Typography.Text type="secondary">
              {t('log.resolution', {
                at: dhm(e.resolvedAt),
                name: e.resolvedByName ?? '',
                text: e.resolution,
              })}
            </Typography.Text>
          </Space>
        )}
      </Space>
    </List.Item>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {shifts.data && <DutyLogCard shifts={shifts.data} showEntries={false} />}
      <Card
        title={t('log.title', { day })}
        extra={
          <DatePicker
            allowClear={false}
            value={dayjs(day)}
            onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
          />
        }
      >
        {q.isPending ? (
          <Skeleton active />
        ) : q.isError ? (
          <Result
            status="error"
            title={q.error.message}
            extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
          />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small" title={t('log.entries')} data-testid="unresolved-entries">
              {q.data!.unresolvedEntries.length ? (
                <List size="small" dataSource={q.data!.unresolvedEntries} renderItem={entry} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.empty')} />
              )}
            </Card>
            <HandoverSections sections={q.data!.sections} />
          </Space>
        )}
      </Card>
      <ModalForm
        title={t('log.resolveTitle')}
        open={!!resolving}
        onClose={() => setResolving(null)}
        schema={ResolveDutyLogEntryInput}
        defaults={{ resolution: '' }}
        successText={t('log.resolvedDone')}
        testId="resolve-form"
        intro={resolving && <Typography.Paragraph>{resolving.text}</Typography.Paragraph>}
        onSubmit={(v) => resolve.mutateAsync({ id: resolving!.id, resolution: v.resolution })}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="resolution"
            label={t('log.resolutionLabel')}
            required
            render={(f) => <Input.TextArea {...f} rows={3} maxLength={500} />}
          />
        )}
      </ModalForm>
    </Space>
  );
};
