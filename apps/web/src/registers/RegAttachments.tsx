import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { AttachmentView } from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, List, Skeleton, Upload } from 'antd';
import { useT } from '../i18n/i18n';
import { api } from '../lib/api';
import { toastSuccess } from '../lib/feedback';
import { registerKeys } from './queries';

type Target = { propertyId: number; entityType: string; entityId: number };

const key = (t: Target) => [...registerKeys.all, 'attachments', t.entityType, t.entityId] as const;

/** Copies and scans kept with a register record (ID copies, certificates, leases), via the attachments API. */
export const RegAttachments = ({ target, canUpload }: { target: Target; canUpload: boolean }) => {
  const t = useT();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: key(target),
    queryFn: () =>
      api.get<AttachmentView[]>('/api/attachments', {
        entityType: target.entityType,
        entityId: target.entityId,
      }),
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('propertyId', String(target.propertyId));
      form.append('entityType', target.entityType);
      form.append('entityId', String(target.entityId));
      form.append('file', file, file.name);
      return api.upload<{ id: number }>('/api/attachments', form);
    },
    meta: { quietErrors: true },
    onSuccess: () => {
      toastSuccess(t('reg.att.uploaded'));
      void qc.invalidateQueries({ queryKey: key(target) });
    },
  });
  return (
    <div data-testid={`attachments-${target.entityType}`}>
      {canUpload && (
        <Upload
          accept="image/*,.pdf"
          showUploadList={false}
          customRequest={({ file }) => upload.mutate(file as File)}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {t('reg.att.upload')}
          </Button>
        </Upload>
      )}
      {upload.error && <Alert type="error" showIcon title={upload.error.message} style={{ marginTop: 8 }} />}
      {list.isLoading ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : list.isError ? (
        <Alert type="error" showIcon title={list.error.message} style={{ marginTop: 8 }} />
      ) : !list.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reg.att.empty')} />
      ) : (
        <List
          size="small"
          dataSource={list.data}
          renderItem={(a) => (
            <List.Item>
              <a href={`/api/attachments/${a.id}`} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {a.filename}
              </a>
            </List.Item>
          )}
        />
      )}
    </div>
  );
};
