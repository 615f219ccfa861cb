import { zodResolver } from '@hookform/resolvers/zod';
import { CreateDutyLogEntryInput, dutyLogKindLabels, dutyLogKinds } from '@propdesk/domain';
import { App, Button, Card, Empty, Form, Input, List, Radio, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { dhm, hm, span } from './format';
import type { MyShift } from './queries';
import { useAddLogEntry, useShiftLog } from './queries-setup';

type In = z.input<typeof CreateDutyLogEntryInput>;
type Out = z.infer<typeof CreateDutyLogEntryInput>;

/** My shifts that have begun, the current one first: a log entry belongs to a shift on duty (S3 篇七). */
const startedShifts = (shifts: MyShift[], now: string) =>
  shifts
    .filter((s) => s.startsAt <= now)
    .sort((a, b) => Number(b.endsAt > now) - Number(a.endsAt > now) || b.startsAt.localeCompare(a.startsAt));

/** 值班日志 (S3 篇七): what happened on my shift and what is not resolved; unresolved ones join the daily list (S3 篇九 4.1.7). */
export const DutyLogCard = ({ shifts, showEntries }: { shifts: MyShift[]; showEntries: boolean }) => {
  const t = useT();
  const { message } = App.useApp();
  const started = startedShifts(shifts, new Date().toISOString());
  const [picked, setPicked] = useState<number | null>(null);
  const assignmentId = started.some((s) => s.assignmentId === picked)
    ? picked
    : (started[0]?.assignmentId ?? null);
  const log = useShiftLog(showEntries ? assignmentId : null);
  const add = useAddLogEntry();
  const form = useForm<In>({
    resolver: zodResolver(CreateDutyLogEntryInput) as unknown as Resolver<In>,
    defaultValues: { kind: 'event', text: '' },
  });
  const { control, handleSubmit, reset, setError, setValue } = form;
  useEffect(() => {
    if (assignmentId) setValue('assignmentId', assignmentId);
  }, [assignmentId, setValue]);

  const submit = handleSubmit(async (raw) => {
    const v = raw as unknown as Out;
    try {
      await add.mutateAsync(v);
      void message.success(t('log.added'));
      reset({ assignmentId: v.assignmentId, kind: v.kind, text: '' });
    } catch (e) {
      if (!applyServerErrors(e, setError, ['text', 'kind', 'occurredAt']))
        setError('text', { type: 'server', message: e instanceof Error ? e.message : String(e) });
    }
  });

  if (!assignmentId)
    return (
      <Card size="small" title={t('nav.duty.log')}>
        <Typography.Text type="secondary">{t('log.noShift')}</Typography.Text>
      </Card>
    );
  return (
    <Card
      size="small"
      title={t('nav.duty.log')}
      data-testid="duty-log"
      extra={
        <Select
          size="small"
          aria-label={t('log.shiftPick')}
          value={assignmentId}
          onChange={setPicked}
          style={{ minWidth: 200 }}
          options={started.map((s) => ({ value: s.assignmentId, label: span(s.startsAt, s.endsAt) }))}
        />
      }
    >
      <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
        <Form layout="vertical" component={false}>
          <FormField
            control={control}
            name="kind"
            label={t('log.kind')}
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                options={dutyLogKinds.map((k) => ({ value: k, label: dutyLogKindLabels[k] }))}
              />
            )}
          />
          <FormField
            control={control}
            name="text"
            label={t('log.text')}
            extra={t('common.ctrlEnter')}
            render={(f) => <Input.TextArea {...f} rows={2} maxLength={1000} />}
          />
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="log-add">
            {t('log.add')}
          </Button>
        </Form>
      </form>
      {showEntries && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          header={t('log.thisShift', { n: log.data?.entries.length ?? 0 })}
          loading={log.isLoading}
          dataSource={log.data?.entries ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.empty')} /> }}
          renderItem={(e) => (
            <List.Item key={e.id}>
              <Space orientation="vertical" size={0}>
                <Space wrap>
                  <Typography.Text type="secondary">{hm(e.occurredAt)}</Typography.Text>
                  <Tag color={e.kind === 'unresolved' ? (e.resolvedAt ? 'green' : 'red') : 'default'}>
                    {e.kind === 'unresolved' && e.resolvedAt ? t('log.resolved') : dutyLogKindLabels[e.kind]}
                  </Tag>
                  <span>{e.text}</span>
                  <Typography.Text type="secondary">{e.authorName}</Typography.Text>
                </Space>
                {e.resolution && (
                  <Typography.Text type="secondary">
                    {t('log.resolution', {
                      at: dhm(e.resolvedAt),
                      name: e.resolvedByName ?? '',
                      text: e.resolution,
                    })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
};
