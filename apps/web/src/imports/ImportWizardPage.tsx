import type { ImportJobView, ImportKind } from '@propdesk/domain';
import { Alert, Button, Card, Progress, Result, Skeleton, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { ExportButtons } from './ExportButtons';
import { KindStep } from './KindStep';
import { PreviewStep } from './PreviewStep';
import { useCommitImport, useImportJob } from './queries';
import { RecentImports } from './RecentImports';
import { UploadStep } from './UploadStep';

const stepOf = (hasKind: boolean, isUploadStep: boolean, job: ImportJobView | undefined) => {
  if (job?.status === 'done' || job?.status === 'failed') return 4;
  if (job?.status === 'running') return 3;
  if (job?.status === 'previewed') return 2;
  return hasKind && isUploadStep ? 1 : 0;
};

/** 导入向导: kind → upload → preview with row errors → commit with progress → result. */
export const ImportWizardPage = () => {
  const { t } = useI18n();
  const { propertyId, property } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || null;
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [isUploadStep, setUploadStep] = useState(false);
  const job = useImportJob(jobId);
  const commit = useCommitImport();
  const step = stepOf(!!kind, isUploadStep, jobId ? job.data : undefined);

  const openJob = (id: number) => setParams({ job: String(id) });
  const restart = () => {
    setParams({});
    setUploadStep(false);
    commit.reset();
  };

  const body = () => {
    if (jobId && job.isLoading) return <Skeleton active />;
    if (jobId && job.isError)
      return (
        <Alert
          type="error"
          showIcon
          title={job.error.message}
          action={<Button onClick={restart}>{t('imp.restart')}</Button>}
        />
      );
    const j = jobId ? job.data : undefined;
    if (j && step === 2)
      return (
        <PreviewStep
          job={j}
          isCommitting={commit.isPending}
          onCommit={(onlyValid) => commit.mutate({ id: j.id, onlyValid })}
          onRestart={restart}
        />
      );
    if (j && step === 3) {
      const percent = j.validRows ? Math.floor((j.doneRows / j.validRows) * 100) : 0;
      return (
        <div style={{ padding: '24px 0' }} data-testid="import-progress">
          <Progress percent={percent} status="active" />
          <Typography.Text type="secondary">
            {t('imp.progress', { done: j.doneRows, total: j.validRows })}
          </Typography.Text>
          {j.isStalled && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={t('imp.stalled')}
              action={
                <Button onClick={() => commit.mutate({ id: j.id, onlyValid: j.onlyValid })}>
                  {t('imp.resume')}
                </Button>
              }
            />
          )}
        </div>
      );
    }
    if (j && step === 4)
      return j.status === 'done' ? (
        <Result
          status="success"
          title={t('imp.done')}
          data-testid="import-done"
          subTitle={
            j.summary
              ? t('imp.summary', {
                  rooms: j.summary.roomsCreated,
                  people: j.summary.peopleCreated,
                  arrears: j.summary.arrearsUpdated,
                  skipped: j.summary.skipped,
                })
              : undefined
          }
          extra={[
            <Link key="a" to="/archive">
              <Button type="primary">{t('imp.viewArchive')}</Button>
            </Link>,
            <Button key="b" onClick={restart}>
              {t('imp.another')}
            </Button>,
          ]}
        />
      ) : (
        <Result
          status="error"
          title={t('imp.failed')}
          subTitle={j.failure}
          extra={<Button onClick={restart}>{t('imp.restart')}</Button>}
        />
      );
    if (step === 1 && kind && propertyId)
      return (
        <UploadStep
          propertyId={propertyId}
          propertyName={property?.name ?? ''}
          kind={kind}
          onBack={() => setUploadStep(false)}
          onUploaded={(x) => openJob(x.id)}
        />
      );
    return <KindStep kind={kind} onChange={setKind} onNext={() => setUploadStep(true)} />;
  };

  return (
    <>
      <div className="pd-page-header">
        <h1>
          {t('imp.title')} · {property?.name}
        </h1>
        <ExportButtons />
      </div>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Steps
            current={step}
            status={job.data?.status === 'failed' && step === 4 ? 'error' : step === 4 ? 'finish' : 'process'}
            size="small"
            style={{ marginBottom: 24 }}
            items={[
              { title: t('imp.step.kind') },
              { title: t('imp.step.upload') },
              { title: t('imp.step.preview') },
              { title: t('imp.step.commit') },
              { title: t('imp.step.result') },
            ]}
          />
          {body()}
        </Card>
        <Card title={t('imp.recent')} size="small" styles={{ body: { padding: 0 } }}>
          <RecentImports propertyId={propertyId} onOpen={openJob} />
        </Card>
      </Space>
    </>
  );
};
