import { RenovationDocumentsInput, renovationDocuments } from '@propdesk/domain';
import { Checkbox, Space } from 'antd';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import type { RenovationDetail } from '../types';

/** 补交资料: checklist items and workers' photos / ID copies only go from missing to received. */
export const DocumentsModal = ({
  r,
  open,
  onClose,
}: {
  r: RenovationDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { t, lang } = useI18n();
  const docs = useRegAction<z.output<typeof RenovationDocumentsInput>, string[]>(
    (id) => `/api/registers/renovations/${id}/documents`,
  );
  const common = { onClose };
  const missingDocs = renovationDocuments.filter((d) => !r.documents[d]);
  const workersMissing = r.workers.filter((w) => !w.hasPhoto || !w.hasIdCopy);
  return (
    <ModalForm
      {...common}
      title={t('reg.reno.addDocs')}
      open={open}
      schema={RenovationDocumentsInput}
      defaults={{
        documents: {},
        workers: workersMissing.map((w) => ({
          workerId: w.id,
          hasPhoto: !!w.hasPhoto,
          hasIdCopy: !!w.hasIdCopy,
        })),
        addWorkers: [],
      }}
      onSubmit={(body) => docs.mutateAsync({ id: r.id, body })}
    >
      {({ control }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {missingDocs.map((d) => (
            <FormField
              key={d}
              control={control}
              name={`documents.${d}`}
              render={(f) => (
                <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                  {label(lang, 'renovationDoc', d)}
                </Checkbox>
              )}
            />
          ))}
          {workersMissing.map((w, i) => (
            <Space key={w.id}>
              <span style={{ width: 90, display: 'inline-block' }}>{w.name}</span>
              <FormField
                control={control}
                name={`workers.${i}.hasPhoto`}
                render={(f) => (
                  <Checkbox
                    id={f.id}
                    checked={!!f.value}
                    disabled={!!w.hasPhoto}
                    onChange={(e) => f.onChange(e.target.checked)}
                  >
                    {t('reg.reno.photo')}
                  </Checkbox>
                )}
              />
              <FormField
                control={control}
                name={`workers.${i}.hasIdCopy`}
                render={(f) => (
                  <Checkbox
                    id={f.id}
                    checked={!!f.value}
                    disabled={!!w.hasIdCopy}
                    onChange={(e) => f.onChange(e.target.checked)}
                  >
                    {t('reg.reno.idCopy')}
                  </Checkbox>
                )}
              />
            </Space>
          ))}
        </Space>
      )}
    </ModalForm>
  );
};
