import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useT } from '../i18n/i18n';
import { type BrokenEntity, useHistoryVerify } from './queries';

/** Lists every entity whose hash-chained history fails the check. */
export const HistoryVerifyPage = () => {
  const t = useT();
  const verify = useHistoryVerify();
  return (
    <>
      <div className="pd-page-header">
        <h1>{t('nav.historyVerify')}</h1>
        <Button icon={<ReloadOutlined />} loading={verify.isFetching} onClick={() => void verify.refetch()}>
          {t('verify.rerun')}
        </Button>
      </div>
      <Card>
        {verify.isLoading ? (
          <Skeleton active />
        ) : verify.isError ? (
          <Alert type="error" showIcon title={verify.error.message} />
        ) : !verify.data?.broken.length ? (
          <Result
            status="success"
            icon={<SafetyCertificateOutlined />}
            title={t('verify.allGood')}
            subTitle={t('verify.checked', { n: verify.data?.checked ?? 0 })}
            data-testid="verify-ok"
          />
        ) : (
          <>
            <Alert
              type="error"
              showIcon
              title={t('verify.broken', { n: verify.data.broken.length, total: verify.data.checked })}
              style={{ marginBottom: 16 }}
            />
            <Table<BrokenEntity>
              rowKey={(r) => `${r.entityType}:${r.entityId}`}
              dataSource={verify.data.broken}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('verify.entityType'),
                  dataIndex: 'entityType',
                  width: 160,
                  render: (v: string) => <Tag>{v}</Tag>,
                },
                { title: t('verify.entityId'), dataIndex: 'entityId', width: 120 },
                {
                  title: t('verify.problems'),
                  dataIndex: 'problems',
                  render: (ps: BrokenEntity['problems']) =>
                    ps.map((p) => (
                      <div key={`${p.seq}:${p.problem}`}>
                        {p.seq !== null && <Typography.Text type="secondary">#{p.seq} </Typography.Text>}
                        {p.problem}
                      </div>
                    )),
                },
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
};
