import { Alert, App, Button, Card, Empty, Input, Skeleton, Space, Table, Typography } from 'antd';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { type Letter, useDecideLetter, useLetters } from './queries';

/** Complaint letters waiting for the assistant's decision to open a case or not (S0 3.3.2), each confirmed first. */
export const PendingLetters = ({ propertyId }: { propertyId: number | null }) => {
  const t = useT();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const pending = useLetters(propertyId, null, true);
  const decide = useDecideLetter();
  const reason = useRef('');

  const open = (l: Letter) =>
    modal.confirm({
      title: t('letters.openConfirm'),
      content: `${l.sender}：${l.summary}`,
      okText: t('letters.open'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide.mutateAsync({ id: l.id, input: { decision: 'open' } }).then(
          (r) => {
            toastSuccess(t('letters.decision.opened'));
            if (r.caseId) void navigate(`/cases/${r.caseId}`);
          },
          (e: Error) => {
            modal.error({ title: e.message });
          },
        ),
    });

  const decline = (l: Letter) => {
    reason.current = '';
    modal.confirm({
      title: t('letters.declineConfirm'),
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{`${l.sender}：${l.summary}`}</Typography.Text>
          <Input.TextArea
            placeholder={t('letters.declineReason')}
            autoSize={{ minRows: 2 }}
            onChange={(e) => {
              reason.current = e.target.value;
            }}
            data-testid="decline-reason"
          />
        </Space>
      ),
      okText: t('letters.decline'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        decide.mutateAsync({ id: l.id, input: { decision: 'decline', reason: reason.current } }).then(
          () => toastSuccess(t('letters.decision.declined')),
          (e: Error) => {
            modal.error({ title: e.message });
            // Keep the dialog open so the reason can be given.
            throw e;
          },
        ),
    });
  };

  return (
    <Card
      title={t('letters.pending')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={<Typography.Text type="secondary">{t('letters.pendingHint')}</Typography.Text>}
      styles={{ body: { padding: 0 } }}
      data-testid="letters-pending"
    >
      {pending.isLoading ? (
        <Skeleton active style={{ padding: 16 }} />
      ) : pending.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('intake.loadFailed', { message: pending.error.message })}
          style={{ margin: 16 }}
        />
      ) : !pending.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('letters.noPending')} />
      ) : (
        <Table<Letter>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={pending.data}
          columns={[
            { title: t('letters.received'), dataIndex: 'receivedDate', width: 110 },
            { title: t('letters.sender'), dataIndex: 'sender', width: 110 },
            { title: t('letters.summary'), dataIndex: 'summary', ellipsis: true },
            {
              title: t('common.actions'),
              key: 'act',
              width: 170,
              render: (_v, l) => (
                <Space>
                  <Button size="small" type="primary" onClick={() => open(l)}>
                    {t('letters.open')}
                  </Button>
                  <Button size="small" danger onClick={() => decline(l)}>
                    {t('letters.decline')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
};
