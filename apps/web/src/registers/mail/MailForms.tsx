import {
  CollectMailInput,
  mailTypes,
  NotifyMailInput,
  ReceiveMailInput,
  type ReceiveMailInput as ReceiveValues,
} from '@propdesk/domain';
import { Checkbox, Col, Input, Row, Segmented, Select } from 'antd';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField, optionalText } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { options } from '../labels';
import { useRegAction, useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';
import type { MailItem } from '../types';

const notifyMethods = ['phone', 'sms', 'notice', 'inPerson'] as const;

type Props = {
  propertyId: number | null;
  isReceiving: boolean;
  setReceiving: (v: boolean) => void;
  notifying: MailItem | null;
  setNotifying: (v: MailItem | null) => void;
  collecting: MailItem | null;
  setCollecting: (v: MailItem | null) => void;
};

/** The mail register's forms: receive, notify, hand out against an ID (S3 4.5.6). */
export const MailForms = ({
  propertyId,
  isReceiving,
  setReceiving,
  notifying,
  setNotifying,
  collecting,
  setCollecting,
}: Props) => {
  const { t, lang } = useI18n();
  const receive = useRegPost<ReceiveValues>('/api/registers/mail');
  const notify = useRegAction<z.output<typeof NotifyMailInput>>((id) => `/api/registers/mail/${id}/notify`);
  const collect = useRegAction<CollectMailInput>((id) => `/api/registers/mail/${id}/collect`);
  return (
    <>
      {propertyId !== null && (
        <ModalForm
          title={t('reg.mail.receive')}
          open={isReceiving}
          onClose={() => setReceiving(false)}
          schema={ReceiveMailInput}
          defaults={{
            propertyId,
            itemType: 'express',
            roomId: undefined,
            addressee: '',
            carrier: '',
            trackingNo: null,
            note: null,
          }}
          onSubmit={(v) => receive.mutateAsync(v)}
        >
          {({ control }) => (
            <>
              <FormField
                control={control}
                name="roomId"
                label={t('reg.mail.room')}
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
              <Row gutter={12}>
                <Col span={8}>
                  <FormField
                    control={control}
                    name="itemType"
                    label={t('reg.mail.type')}
                    required
                    render={(f) => (
                      <Select
                        id={f.id}
                        value={f.value}
                        onChange={f.onChange}
                        options={options(lang, 'mailType', mailTypes)}
                      />
                    )}
                  />
                </Col>
                <Col span={16}>
                  <FormField
                    control={control}
                    name="addressee"
                    label={t('reg.mail.addressee')}
                    required
                    render={(f) => <Input {...f} />}
                  />
                </Col>
              </Row>
              <FormField
                control={control}
                name="carrier"
                label={t('reg.mail.carrierFull')}
                required
                render={(f) => <Input {...f} />}
              />
              <FormField
                control={control}
                name="trackingNo"
                label={t('reg.mail.trackingNo')}
                render={(f) => <Input {...f} {...optionalText(f)} />}
              />
              <FormField
                control={control}
                name="note"
                label={t('reg.note')}
                render={(f) => <Input {...f} value={f.value ?? ''} />}
              />
            </>
          )}
        </ModalForm>
      )}
      <ModalForm
        title={
          notifying ? t('reg.mail.notifyTitle', { room: notifying.roomLabel, name: notifying.addressee }) : ''
        }
        open={notifying !== null}
        onClose={() => setNotifying(null)}
        schema={NotifyMailInput}
        defaults={{ method: 'phone', note: null }}
        onSubmit={(body) => notify.mutateAsync({ id: notifying!.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="method"
              label={t('reg.mail.notifyMethod')}
              required
              render={(f) => (
                <Segmented
                  value={f.value}
                  onChange={f.onChange}
                  options={options(lang, 'notifyMethod', notifyMethods)}
                />
              )}
            />
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => <Input {...f} autoFocus value={f.value ?? ''} />}
            />
          </>
        )}
      </ModalForm>
      <ModalForm
        title={
          collecting
            ? t('reg.mail.collectTitle', { room: collecting.roomLabel, name: collecting.addressee })
            : ''
        }
        open={collecting !== null}
        onClose={() => setCollecting(null)}
        schema={CollectMailInput}
        defaults={{
          collectorName: collecting?.addressee ?? '',
          idChecked: false as unknown as true,
          collectorIdNumber: '',
          note: null,
        }}
        okText={t('reg.mail.collectOk')}
        onSubmit={(body) => collect.mutateAsync({ id: collecting!.id, body })}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="collectorName"
              label={t('reg.mail.collector')}
              required
              render={(f) => <Input {...f} autoFocus />}
            />
            <FormField
              control={control}
              name="collectorIdNumber"
              label={t('reg.idNumber')}
              extra={t('reg.idMasked')}
              render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
            />
            <FormField
              control={control}
              name="idChecked"
              render={(f) => (
                <Checkbox
                  id={f.id}
                  checked={f.value === true}
                  onChange={(e) => f.onChange(e.target.checked)}
                  data-testid="id-checked"
                >
                  {t('reg.mail.idChecked')}
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
        )}
      </ModalForm>
    </>
  );
};
