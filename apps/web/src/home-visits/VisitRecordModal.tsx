import { RecordHomeVisitInput, satisfactionLabels, satisfactionLevels } from '@propdesk/domain';
import { Checkbox, Col, Descriptions, Input, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { FormField, optionalText } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { PastTimeField } from './PastTimeField';
import { useHomeVisitWrite } from './queries';
import type { Appointment } from './types';

/** 家访记录: written once, after the visit; later changes are amendments (S4 4.3). */
export const VisitRecordModal = ({
  appointment,
  onClose,
}: {
  appointment: Appointment | null;
  onClose: () => void;
}) => {
  const { t, lang } = useI18n();
  const record = useHomeVisitWrite<unknown, { id: number }>();
  const a = appointment;
  return (
    <ModalForm
      title={t('hv.visit.title', { room: a?.roomLabel ?? '' })}
      open={a !== null}
      onClose={onClose}
      width={640}
      schema={RecordHomeVisitInput}
      defaults={{
        visitedAt: undefined,
        metName: a?.residentName ?? '',
        groomingChecked: false as unknown as true,
        satisfaction: undefined,
        opinions: '',
        followUp: null,
      }}
      successText={t('hv.visit.saved')}
      onSubmit={(body) => record.mutateAsync({ path: `/api/home-visits/appointments/${a!.id}/visit`, body })}
      intro={
        a && (
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('hv.resident')}>
              {a.residentName} {a.phone}
            </Descriptions.Item>
            <Descriptions.Item label={t('hv.scheduledAt')}>
              {dayjs(a.scheduledAt).format('YYYY-MM-DD HH:mm')}
            </Descriptions.Item>
            <Descriptions.Item label={t('hv.visitor')}>{a.visitorName}</Descriptions.Item>
            <Descriptions.Item label={t('hv.companions')}>{a.companions ?? '—'}</Descriptions.Item>
          </Descriptions>
        )
      }
    >
      {({ control }) => (
        <>
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="visitedAt"
                label={t('hv.visit.visitedAt')}
                render={(f) => (
                  <PastTimeField
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    placeholder={t('hv.visit.visitedAtHint')}
                  />
                )}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="metName"
                label={t('hv.visit.metName')}
                required
                render={(f) => <Input {...f} data-testid="hv-met" />}
              />
            </Col>
          </Row>
          <FormField
            control={control}
            name="groomingChecked"
            required
            render={(f) => (
              <Checkbox
                id={f.id}
                checked={f.value === true}
                onChange={(e) => f.onChange(e.target.checked)}
                data-testid="hv-grooming"
              >
                {t('hv.visit.grooming')}
              </Checkbox>
            )}
          />
          <FormField
            control={control}
            name="satisfaction"
            label={t('hv.visit.satisfaction')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                data-testid="hv-satisfaction"
                options={satisfactionLevels.map((s) => ({
                  value: s,
                  label: lang === 'en' ? s : satisfactionLabels[s],
                }))}
              />
            )}
          />
          <FormField
            control={control}
            name="opinions"
            label={t('hv.visit.opinions')}
            required
            render={(f) => <Input.TextArea {...f} rows={3} data-testid="hv-opinions" />}
          />
          <FormField
            control={control}
            name="followUp"
            label={t('hv.visit.followUp')}
            render={(f) => <Input.TextArea {...f} rows={2} {...optionalText(f)} />}
          />
        </>
      )}
    </ModalForm>
  );
};
