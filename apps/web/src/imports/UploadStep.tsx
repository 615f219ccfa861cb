import { InboxOutlined } from '@ant-design/icons';
import type { ImportJobView, ImportKind } from '@propdesk/domain';
import { Alert, Button, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { kindLabel } from './KindStep';
import { useUploadImport } from './queries';

type Props = {
  propertyId: number;
  propertyName: string;
  kind: ImportKind;
  onBack: () => void;
  onUploaded: (job: ImportJobView) => void;
};

/** Step 2: the file goes up with a progress bar; the server answers with the checked preview. */
export const UploadStep = ({ propertyId, propertyName, kind, onBack, onUploaded }: Props) => {
  const { t } = useI18n();
  const upload = useUploadImport();
  const [percent, setPercent] = useState(0);
  const missing = isApiError(upload.error)
    ? (upload.error.details as { missing?: string[] } | null)?.missing
    : undefined;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text>
        {t('imp.uploadInto', { kind: kindLabel(kind, t), property: propertyName })}
      </Typography.Text>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        data-testid="import-upload"
        customRequest={({ file }) => {
          setPercent(0);
          upload.mutate(
            { propertyId, kind, file: file as File, onProgress: setPercent },
            { onSuccess: onUploaded },
          );
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imp.dropHere')}</p>
        <p className="ant-upload-hint">{t('imp.dropHint')}</p>
      </Upload.Dragger>
      {upload.isPending && (
        <div>
          <Progress percent={percent} status="active" data-testid="upload-progress" />
          <Typography.Text type="secondary">
            {percent < 100 ? t('imp.uploading') : t('imp.checking')}
          </Typography.Text>
        </div>
      )}
      {upload.error && (
        <Alert
          type="error"
          showIcon
          title={upload.error.message}
          description={missing?.length ? t('imp.missingColumns', { cols: missing.join('、') }) : undefined}
          data-testid="upload-error"
        />
      )}
      <Button onClick={onBack} disabled={upload.isPending}>
        {t('imp.back')}
      </Button>
    </Space>
  );
};
