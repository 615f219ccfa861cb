import { CreateMoveInput, missingMoveDocuments, moveDocuments, moveKinds, relations } from '@propdesk/domain';
import { Alert, Checkbox, Col, Input, Row, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { PersonFields } from '../../archive/PersonFields';
import { PersonPicker } from '../../archive/PersonPicker';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../lib/DateField';
import { toastError } from '../../lib/feedback';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { label, options } from '../labels';
import { useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';

const blankPerson = { name: '', phones: [], note: null };

/** 过户/迁入 at the desk (S1 场景一): documents checked, the archive updated now or within 2 days (S2). */
export const MoveModal = ({
  open,
  onClose,
  propertyId,
}: {
  open: boolean;
  onClose: () => void;
  propertyId: number;
}) => {
  const { t, lang } = useI18n();
  const [isExisting, setExisting] = useState(false);
  useEffect(() => {
    if (open) setExisting(false);
  }, [open]);
  const create = useRegPost<CreateMoveInput, { id: number; archived: boolean; archiveError: string | null }>(
    '/api/registers/moves',
    { isArchiveChange: true },
  );
  return (
    <ModalForm
      title={t('reg.move.new')}
      open={open}
      onClose={onClose}
      width={680}
      schema={CreateMoveInput}
      defaults={{
        propertyId,
        roomId: undefined,
        kind: 'moveIn',
        relation: 'tenant',
        person: blankPerson,
        date: dayjs().format('YYYY-MM-DD'),
        endOtherOccupants: false,
        documents: { propertyCertificate: false, lease: false, idCard: false, formsFilled: false },
        applyNow: true,
        note: null,
      }}
      onSubmit={async (v) => {
        const res = await create.mutateAsync(v);
        if (res.archiveError) toastError(t('reg.move.archiveFailed', { message: res.archiveError }));
      }}
    >
      {({ control, watch, setValue }) => {
        const kind = watch('kind');
        const relation = watch('relation');
        const docs = watch('documents');
        const missing = docs
          ? missingMoveDocuments(kind ?? 'moveIn', kind === 'transfer' ? 'owner' : (relation ?? null), docs)
          : [];
        const switchWho = (existing: boolean) => {
          setExisting(existing);
          setValue('personId', undefined);
          setValue('person', existing ? undefined : blankPerson);
        };
        return (
          <>
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="roomId"
                  label={t('reg.room')}
                  required
                  render={(f) => (
                    <RoomPicker
                      id={f.id}
                      autoFocus
                      propertyId={propertyId}
                      value={f.value}
                      onChange={(v) => f.onChange(v)}
                    />
                  )}
                />
              </Col>
              <Col span={12}>
                <FormField
                  control={control}
                  name="date"
                  label={t('reg.move.date')}
                  required
                  render={(f) => <DateField {...f} />}
                />
              </Col>
            </Row>
            <Space size={24} align="start">
              <FormField
                control={control}
                name="kind"
                label={t('reg.move.kind')}
                required
                render={(f) => (
                  <Segmented
                    value={f.value}
                    onChange={f.onChange}
                    options={options(lang, 'moveKind', moveKinds)}
                  />
                )}
              />
              {kind === 'moveIn' ? (
                <FormField
                  control={control}
                  name="relation"
                  label={t('reg.move.relation')}
                  required
                  render={(f) => (
                    <Segmented
                      value={f.value ?? undefined}
                      onChange={f.onChange}
                      options={options(lang, 'relation', relations)}
                    />
                  )}
                />
              ) : (
                <FormField
                  control={control}
                  name="endOtherOccupants"
                  label=" "
                  render={(f) => (
                    <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                      {t('room.endOthers')}
                    </Checkbox>
                  )}
                />
              )}
            </Space>
            <Segmented
              style={{ marginBottom: 12 }}
              value={isExisting ? 'existing' : 'new'}
              onChange={(v) => switchWho(v === 'existing')}
              options={[
                { value: 'new', label: t('person.new') },
                { value: 'existing', label: t('person.existing') },
              ]}
            />
            {isExisting ? (
              <FormField
                control={control}
                name="personId"
                label={t('person.pick')}
                required
                render={(f) => (
                  <PersonPicker id={f.id} propertyId={propertyId} value={f.value} onChange={f.onChange} />
                )}
              />
            ) : (
              <PersonFields control={control} prefix="person." />
            )}
            <div style={{ marginBottom: 8, fontWeight: 500 }}>{t('reg.move.documents')}</div>
            <Space wrap style={{ marginBottom: 8 }}>
              {moveDocuments.map((d) => (
                <FormField
                  key={d}
                  control={control}
                  name={`documents.${d}`}
                  render={(f) => (
                    <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                      {label(lang, 'moveDoc', d)}
                    </Checkbox>
                  )}
                />
              ))}
            </Space>
            {missing.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('reg.move.missing', { list: missing.join('、') })}
                style={{ marginBottom: 12 }}
              />
            )}
            <FormField
              control={control}
              name="applyNow"
              extra={t('reg.move.applyNowHint')}
              render={(f) => (
                <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                  {t('reg.move.applyNow')}
                </Checkbox>
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};
