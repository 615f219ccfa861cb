import { dutyLogKindLabels, dutyLogKinds } from '@propdesk/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Input,
  List,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { api } from '../lib/api';
import { usePropertyScope } from '../shell/property-context';
import { dhm } from './format';
import { HandoverSections } from './HandoverSections';
import { dutyKeys, useMyShifts, useUnresolved } from './queries';

/** 值班日志 (S3 篇七) and the daily list of unresolved matters (S3 篇九 4.1.7). */
export const UnresolvedPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { propertyId } = usePropertyScope();
  const [day, setDay] = useState(dayjs().format('YYYY-MM-DD'));
  const q = useUnresolved(propertyId, day);
  const shifts = useMyShifts(propertyId);
  const now = new Date().toISOString();
  const current = shifts.data?.find((s) => s.startsAt <= now && s.endsAt > now);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<(typeof dutyLogKinds)[number]>('unresolved');
  const add = useMutation({
    mutationFn: () => api.post('/api/duty/log', { assignmentId: current!.assignmentId, kind, text }),
    onSuccess: () => {
      setText('');
      void message.success(t('log.added'));
      void qc.invalidateQueries({ queryKey: dutyKeys.all });
    },
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('nav.duty.log')}>
        {current ? (
          <Space.Compact style={{ width: '100%' }}>
            <Select
              value={kind}
              onChange={setKind}
              style={{ width: 140 }}
              options={dutyLogKinds.map((k) => ({ value: k, label: dutyLogKindLabels[k] }))}
            />
            <Input
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={1000}
              aria-label={t('log.text')}
            />
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={add.isPending}
              onClick={() => add.mutate()}
            >
              {t('log.add')}
            </Button>
          </Space.Compact>
        ) : (
          <Typography.Text type="secondary">{t('log.noShift')}</Typography.Text>
        )}
      </Card>
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
        {q.isLoading ? (
          <Skeleton active />
        ) : q.isError ? (
          <Result
            status="error"
            title={q.error.message}
            extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
          />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Card size="small" title={t('log.entries')}>
              {q.data!.unresolvedEntries.length ? (
                <List
                  size="small"
                  dataSource={q.data!.unresolvedEntries}
                  renderItem={(e) => (
                    <List.Item key={e.id}>
                      {`${dhm(e.occurredAt)} ${e.postName} ${e.authorName}：${e.text}`}
                    </List.Item>
                  )}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.empty')} />
              )}
            </Card>
            <HandoverSections sections={q.data!.sections} />
          </Space>
        )}
      </Card>
    </Space>
  );
};
