import { EditOutlined } from '@ant-design/icons';
import {
  AmendHomeVisitInput,
  homeVisitAmendableFields,
  satisfactionLabels,
  satisfactionLevels,
} from '@propdesk/domain';
import { Alert, Button, Descriptions, Drawer, Input, Radio, Select, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { FormField, optionalText } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { HomeVisitTimeline } from './HomeVisitTimeline';
import { useHomeVisitHistory, useHomeVisitWrite, useVisit } from './queries';
import { visitRoles } from './roles';
import type { HomeVisit } from './types';

const fieldKey = {
  metName: 'hv.visit.metName',
  satisfaction: 'hv.visit.satisfaction',
  opinions: 'hv.visit.opinions',
  followUp: 'hv.visit.followUp',
} as const;

/** 更正 (S4 4.3): the item, the new value and the reason; the old value stays in the history. */
const AmendModal = ({ visit, open, onClose }: { visit: HomeVisit; open: boolean; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const amend = useHomeVisitWrite();
  return (
    <ModalForm
      title={t('hv.amend')}
      open={open}
      onClose={onClose}
      schema={AmendHomeVisitInput}
      defaults={{ field: 'opinions', value: visit.opinions, reason: '' }}
      intro={<Alert type="info" showIcon title={t('hv.amend.note')} style={{ marginBottom: 12 }} />}
      successText={t('hv.amend.done')}
      onSubmit={(body) => amend.mutateAsync({ path: `/api/home-visits/visits/${visit.id}/amendments`, body })}
    >
      {({ control, watch, setValue }) => {
        const field = watch('field');
        return (
          <>
            <FormField
              control={control}
              name="field"
              label={t('hv.amend.field')}
              required
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value}
                  onChange={(v) => {
                    f.onChange(v);
                    setValue('value', visit[v] ?? null);
                  }}
                  options={homeVisitAmendableFields.map((k) => ({ value: k, label: t(fieldKey[k]) }))}
                />
              )}
            />
            <FormField
              control={control}
              name="value"
              label={t('hv.amend.value')}
              render={(f) =>
                field === 'satisfaction' ? (
                  <Radio.Group
                    id={f.id}
                    value={f.value}
                    onChange={(e) => f.onChange(e.target.value)}
                    options={satisfactionLevels.map((s) => ({
                      value: s,
                      label: lang === 'en' ? s : satisfactionLabels[s],
                    }))}
                  />
                ) : (
                  <Input.TextArea id={f.id} rows={3} {...optionalText(f)} data-testid="hv-amend-value" />
                )
              }
            />
            <FormField
              control={control}
              name="reason"
              label={t('hv.amend.reason')}
              required
              render={(f) => <Input {...f} data-testid="hv-amend-reason" />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};

/** One visit record: what was written, its history, and 更正 for the desk. */
export const VisitDrawer = ({ visitId, onClose }: { visitId: number | null; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const visit = useVisit(visitId);
  const history = useHomeVisitHistory('visits', visitId);
  const [isAmending, setAmending] = useState(false);
  const v = visit.data;
  return (
    <Drawer
      open={visitId !== null}
      onClose={onClose}
      size={520}
      title={v ? `${t('hv.visit.drawer')} · ${v.roomLabel}` : t('hv.visit.drawer')}
      destroyOnHidden
      extra={
        v &&
        hasRole(me, ...visitRoles) && (
          <Button icon={<EditOutlined />} onClick={() => setAmending(true)} data-testid="hv-amend-open">
            {t('hv.amend')}
          </Button>
        )
      }
    >
      {visit.isLoading && <Skeleton active />}
      {visit.error && <Alert type="error" showIcon title={visit.error.message} />}
      {v && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="hv-visit">
          <Descriptions.Item label={t('hv.visit.visitedAt')}>
            {dayjs(v.visitedAt).format('YYYY-MM-DD HH:mm')}
          </Descriptions.Item>
          <Descriptions.Item label={t('hv.resident')}>
            {v.residentName} {v.phone}
          </Descriptions.Item>
          <Descriptions.Item label={t('hv.visitor')}>
            {v.visitorName}
            {v.companions ? `、${v.companions}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('hv.visit.metName')}>{v.metName}</Descriptions.Item>
          <Descriptions.Item label={t('hv.visit.satisfaction')}>
            {lang === 'en' ? v.satisfaction : satisfactionLabels[v.satisfaction]}
          </Descriptions.Item>
          <Descriptions.Item label={t('hv.visit.opinions')}>{v.opinions}</Descriptions.Item>
          <Descriptions.Item label={t('hv.visit.followUp')}>{v.followUp ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('hv.visit.recordedBy')}>{v.recordedByName}</Descriptions.Item>
        </Descriptions>
      )}
      <h3>{t('hv.timeline')}</h3>
      <HomeVisitTimeline entries={history.data} isLoading={history.isLoading} error={history.error} />
      {v && <AmendModal visit={v} open={isAmending} onClose={() => setAmending(false)} />}
    </Drawer>
  );
};
