import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { useAttachments, useUploadAttachment } from './queries';

type Props = { entityType: string; entityId: number; propertyId: number; canUpload: boolean; title?: string };

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A record's files (scans, photos), each opened in a new tab; uploads go through the attachments API. */
export const AttachmentsCard = ({ entityType, entityId, propertyId, canUpload, title }: Props) => {
  const t = useT();
  const list = useAttachments(entityType, entityId);
  const upload = useUploadAttachment();
  const [percent, setPercent] = useState(0);
  return (
    <Card
      size="small"
      title={title ?? t('case.attachments')}
      data-testid={`attachments-${entityType}`}
      extra={
        canUpload && (
          <Upload
            accept="image/*,.pdf"
            showUploadList={false}
            customRequest={({ file }) => {
              setPercent(0);
              upload.mutate(
                { target: { propertyId, entityType, entityId }, file: file as File, onProgress: setPercent },
                { onSuccess: () => toastSuccess(t('att.uploaded')) },
              );
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {upload.isPending && percent < 100 ? `${percent}%` : t('att.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {upload.error && (
        <Alert type="error" showIcon title={upload.error.message} style={{ marginBottom: 8 }} />
      )}
      {list.isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : list.isError ? (
        <Alert type="error" showIcon title={t('intake.loadFailed', { message: list.error.message })} />
      ) : !list.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('att.empty')} />
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          {list.data.map((a) => (
            <a
              key={a.id}
              href={`/api/attachments/${a.id}`}
              target="_blank"
              rel="noreferrer"
              data-testid="attachment-item"
              style={{ width: 132, display: 'block' }}
            >
              {a.mime.startsWith('image/') ? (
                <img
                  src={`/api/attachments/${a.id}`}
                  alt={a.filename}
                  style={{
                    width: 132,
                    height: 96,
                    objectFit: 'cover',
                    borderRadius: 4,
                    border: '1px solid #eee',
                  }}
                />
              ) : (
                <div
                  style={{
                    height: 96,
                    display: 'grid',
                    placeItems: 'center',
                    border: '1px solid #eee',
                    borderRadius: 4,
                  }}
                >
                  <FilePdfOutlined style={{ fontSize: 32, color: '#cf1322' }} />
                </div>
              )}
              <Typography.Text ellipsis style={{ display: 'block', fontSize: 12 }} title={a.filename}>
                {a.filename}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                {kb(a.sizeBytes)} ·{' '}
                {t('att.by', { name: a.uploadedByName ?? '', at: dayjs(a.createdAt).format('MM-DD HH:mm') })}
              </Typography.Text>
            </a>
          ))}
        </div>
      )}
    </Card>
  );
};
