import { IssuePassInput, passKinds } from '@propdesk/domain';
import { Col, Input, Row, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../lib/DateField';
import { FormField, optionalText } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { options } from '../labels';
import { useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';
import { YuanInput } from '../YuanInput';

/** 办理出入证 (S2): a temporary pass needs its last valid day; a room or an employer. */
export const PassModal = ({
  open,
  onClose,
  propertyId,
}: {
  open: boolean;
  onClose: () => void;
  propertyId: number;
}) => {
  const { t, lang } = useI18n();
  const issue = useRegPost<IssuePassInput, { id: number; number: string }>('/api/registers/passes');
  return (
    <ModalForm
      title={t('reg.pass.new')}
      open={open}
      onClose={onClose}
      width={620}
      schema={IssuePassInput}
      defaults={{
        propertyId,
        kind: 'temporary',
        holderName: '',
        holderPhone: null,
        holderIdNumber: '',
        roomId: null,
        contractor: null,
        renovationId: null,
        validFrom: dayjs().format('YYYY-MM-DD'),
        validTo: dayjs().add(30, 'day').format('YYYY-MM-DD'),
        depositCents: 0,
        feeCents: 0,
        note: null,
      }}
      onSubmit={(v) => issue.mutateAsync(v)}
    >
      {({ control, watch }) => (
        <>
          <FormField
            control={control}
            name="kind"
            label={t('reg.pass.kind')}
            required
            render={(f) => (
              <Segmented
                value={f.value}
                onChange={f.onChange}
                options={options(lang, 'passKind', passKinds)}
              />
            )}
          />
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="holderName"
                label={t('reg.pass.holder')}
                required
                render={(f) => <Input {...f} autoFocus />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="holderPhone"
                label={t('reg.phone')}
                render={(f) => <Input {...f} {...optionalText(f)} />}
              />
            </Col>
          </Row>
          <FormField
            control={control}
            name="holderIdNumber"
            label={t('reg.idNumber')}
            extra={t('reg.idMasked')}
            render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
          />
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="roomId"
                label={t('reg.room')}
                render={(f) => (
                  <RoomPicker
                    id={f.id}
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
                name="contractor"
                label={t('reg.pass.employer')}
                render={(f) => <Input {...f} {...optionalText(f)} />}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="validFrom"
                label={t('reg.pass.validFrom')}
                required
                render={(f) => <DateField {...f} disabledFuture={false} />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="validTo"
                label={t('reg.pass.validTo')}
                required={watch('kind') === 'temporary'}
                render={(f) => <DateField {...f} disabledFuture={false} />}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="depositCents"
                label={t('reg.pass.deposit')}
                render={(f) => <YuanInput id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? 0)} />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="feeCents"
                label={t('reg.pass.fee')}
                render={(f) => <YuanInput id={f.id} value={f.value} onChange={(v) => f.onChange(v ?? 0)} />}
              />
            </Col>
          </Row>
        </>
      )}
    </ModalForm>
  );
};
