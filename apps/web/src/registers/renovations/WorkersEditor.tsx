import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CreateRenovationInput } from '@propdesk/domain';
import { Button, Card, Checkbox, Input } from 'antd';
import { type Control, useFieldArray } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';

type Values = z.input<typeof CreateRenovationInput>;
export const newWorker = { name: '', idNumber: '', phone: null, hasPhoto: false, hasIdCopy: false };

/** The workers of an application (S1 装修): each with a photo and an ID copy. */
export const WorkersEditor = ({ control }: { control: Control<Values> }) => {
  const { t } = useI18n();
  const workers = useFieldArray({ control, name: 'workers' });
  return (
    <Card size="small" title={t('reg.reno.workers')} style={{ marginTop: 16 }} className="pd-reg-cells">
      {workers.fields.map((w, i) => (
        <div
          key={w.id}
          style={{
            display: 'flex',
            gap: 8,
            marginBottom: 8,
            alignItems: 'flex-start',
            flexWrap: 'wrap',
          }}
        >
          <div style={{ width: 110 }}>
            <FormField
              control={control}
              name={`workers.${i}.name`}
              render={(f) => <Input {...f} placeholder={t('reg.reno.workerName')} />}
            />
          </div>
          <div style={{ width: 170 }}>
            <FormField
              control={control}
              name={`workers.${i}.idNumber`}
              render={(f) => (
                <Input {...f} value={(f.value as string | null) ?? ''} placeholder={t('reg.idNumber')} />
              )}
            />
          </div>
          <FormField
            control={control}
            name={`workers.${i}.hasPhoto`}
            render={(f) => (
              <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                {t('reg.reno.photo')}
              </Checkbox>
            )}
          />
          <FormField
            control={control}
            name={`workers.${i}.hasIdCopy`}
            render={(f) => (
              <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                {t('reg.reno.idCopy')}
              </Checkbox>
            )}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('reg.reno.removeWorker')}
            disabled={workers.fields.length === 1}
            onClick={() => workers.remove(i)}
          />
        </div>
      ))}
      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => workers.append(newWorker)}>
        {t('reg.reno.addWorker')}
      </Button>
    </Card>
  );
};
