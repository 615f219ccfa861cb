import { swapModeLabels, swapStateLabels } from '@propdesk/domain';
import { App, Button, Card, Empty, Form, Input, Modal, Radio, Result, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { dhm, span } from './format';
import {
  type SwapRow,
  useCreateSwap,
  useDecideSwap,
  useDutyPeople,
  useRoster,
  useSwaps,
  useWithdrawSwap,
} from './queries';

type NewSwap = { assignmentId: number; substituteId: number; mode: 'reported' | 'applied'; reason: string };

/** 调班 (S3 篇一 五.4): report or apply; 行政部 or the manager approves; the full history stays. */
export const SwapsPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const { propertyId } = usePropertyScope();
  const { data: me } = useMe();
  const q = useSwaps(propertyId);
  const month = dayjs().format('YYYY-MM');
  const roster = useRoster(propertyId, month);
  const people = useDutyPeople(propertyId);
  const create = useCreateSwap();
  const decide = useDecideSwap();
  const withdraw = useWithdrawSwap();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewSwap>();
  const canDecide = !!me?.roles.some((r) => r === 'dept_staff' || r === 'manager');
  const mine =
    roster.data?.days.flatMap((d) =>
      d.cells.flatMap((c) =>
        c.people
          .filter((p) => p.staffId === me?.id && !p.isSubstitute && p.startsAt > new Date().toISOString())
          .map((p) => ({
            value: p.assignmentId,
            label: `${roster.data!.posts.find((x) => x.id === c.postId)?.name ?? ''} ${span(p.startsAt, p.endsAt)}`,
          })),
      ),
    ) ?? [];

  const cols = [
    { title: t('duty.col.day'), key: 'd', render: (_: unknown, s: SwapRow) => `${s.day} ${s.postName}` },
    { title: t('swap.requester'), dataIndex: 'requesterName', key: 'r' },
    { title: t('swap.substitute'), dataIndex: 'substituteName', key: 's' },
    { title: t('swap.mode'), key: 'm', render: (_: unknown, s: SwapRow) => swapModeLabels[s.mode] },
    { title: t('swap.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('duty.col.state'),
      key: 'st',
      render: (_: unknown, s: SwapRow) => (
        <Space direction="vertical" size={0}>
          <Tag color={s.state === 'pending' ? 'gold' : s.state === 'refused' ? 'red' : 'green'}>
            {swapStateLabels[s.state]}
          </Tag>
          {s.decidedByName && (
            <small>{`${s.decidedByName} ${dhm(s.decidedAt)} ${s.decisionNote ?? ''}`}</small>
          )}
        </Space>
      ),
    },
    { title: t('swap.at'), key: 'at', render: (_: unknown, s: SwapRow) => dhm(s.createdAt) },
    {
      title: '',
      key: 'act',
      render: (_: unknown, s: SwapRow) =>
        s.state !== 'pending' ? null : (
          <Space>
            {canDecide && (
              <>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => decide.mutate({ id: s.id, approve: true, note: '' })}
                >
                  {t('swap.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => decide.mutate({ id: s.id, approve: false, note: '' })}
                >
                  {t('swap.refuse')}
                </Button>
              </>
            )}
            {s.requesterName === me?.name && (
              <Button size="small" onClick={() => withdraw.mutate(s.id)}>
                {t('swap.withdraw')}
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Card
      title={t('nav.duty.swaps')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('swap.new')}
        </Button>
      }
    >
      {q.isError ? (
        <Result
          status="error"
          title={q.error.message}
          extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
        />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={q.isLoading}
          columns={cols}
          dataSource={q.data}
          locale={{ emptyText: <Empty description={t('duty.empty')} /> }}
        />
      )}
      <Modal
        open={open}
        title={t('swap.new')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          void form.validateFields().then((v) =>
            create.mutate(
              { ...v, exchangeAssignmentId: null },
              {
                onSuccess: () => {
                  void message.success(t('swap.done'));
                  setOpen(false);
                  form.resetFields();
                },
              },
            ),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ mode: 'reported' }}>
          <Form.Item
            name="assignmentId"
            label={t('swap.shift')}
            rules={[{ required: true, message: t('swap.pickShift') }]}
          >
            <Select options={mine} notFoundContent={t('duty.noShifts')} />
          </Form.Item>
          <Form.Item
            name="substituteId"
            label={t('swap.substitute')}
            rules={[{ required: true, message: t('swap.pickSub') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={(people.data ?? [])
                .filter((p) => p.id !== me?.id)
                .map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item name="mode" label={t('swap.mode')}>
            <Radio.Group
              options={(['reported', 'applied'] as const).map((m) => ({
                value: m,
                label: swapModeLabels[m],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('swap.reason')}
            rules={[{ required: true, message: t('swap.needReason') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
};
