import { hostAnswers, nightVisitorWindow, RegisterVisitorInput } from '@propdesk/domain';
import { Alert, Col, Input, InputNumber, Row, Segmented, Select, Tag } from 'antd';
import { useRoomPage } from '../../archive/queries';
import { segmentsText } from '../../duty/post-form';
import { usePosts } from '../../duty/queries-setup';
import { useI18n } from '../../i18n/i18n';
import { toastError } from '../../lib/feedback';
import { FormField, optionalText } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { options } from '../labels';
import { useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';

const contactMethods = ['phone', 'intercom', 'inPerson'] as const;

/** The people of the chosen room, one click to fill 被访人. */
const HostChoices = ({ roomId, onPick }: { roomId: number; onPick: (name: string) => void }) => {
  const room = useRoomPage(roomId);
  if (!room.data?.current.length) return null;
  return (
    <div style={{ margin: '-16px 0 12px' }}>
      {room.data.current.map((o) => (
        <Tag.CheckableTag key={o.occupancyId} checked={false} onChange={() => onPick(o.name)}>
          {o.name}
        </Tag.CheckableTag>
      ))}
    </div>
  );
};

/** 访客登记 (S1 前台接待规章 八、十一): the host is contacted and answers before the visitor goes in. */
export const VisitorModal = ({
  open,
  onClose,
  propertyId,
}: {
  open: boolean;
  onClose: () => void;
  propertyId: number;
}) => {
  const { t, lang } = useI18n();
  const register = useRegPost<RegisterVisitorInput, { id: number; admitted: boolean }>(
    '/api/registers/visitors',
  );
  // The night post's own hours in the property's zone (S1 十二); nothing is claimed until the posts load.
  const posts = usePosts(propertyId);
  const timeZone =
    usePropertyScope().properties.find((p) => p.id === propertyId)?.timezone ?? 'Asia/Shanghai';
  const night = posts.data ? nightVisitorWindow({ at: new Date(), posts: posts.data, timeZone }) : null;
  return (
    <ModalForm
      title={t('reg.visit.new')}
      open={open}
      onClose={onClose}
      width={640}
      schema={RegisterVisitorInput}
      defaults={{
        propertyId,
        visitorName: '',
        idNumber: '',
        phone: null,
        hostRoomId: undefined,
        hostName: '',
        reason: '',
        partySize: 1,
        carPlate: null,
        hostContactMethod: 'phone',
        hostAnswer: undefined,
      }}
      intro={
        night && (
          <Alert
            type="warning"
            showIcon
            title={t('reg.visit.night', { hours: segmentsText([night], t('posts.nextDayPrefix')) })}
            style={{ marginBottom: 12 }}
          />
        )
      }
      successText={t('reg.visit.saved')}
      onSubmit={async (v) => {
        const res = await register.mutateAsync(v);
        if (!res.admitted) toastError(t('reg.visit.notAdmitted'));
      }}
    >
      {({ control, watch, setValue }) => {
        const roomId = watch('hostRoomId');
        return (
          <>
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="visitorName"
                  label={t('reg.visit.name')}
                  required
                  render={(f) => <Input {...f} autoFocus data-testid="visitor-name" />}
                />
              </Col>
              <Col span={12}>
                <FormField
                  control={control}
                  name="idNumber"
                  label={t('reg.idNumber')}
                  extra={t('reg.idMasked')}
                  render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
                />
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="hostRoomId"
                  label={t('reg.visit.hostRoom')}
                  required
                  render={(f) => (
                    <RoomPicker
                      id={f.id}
                      testId="visitor-room"
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
                  name="hostName"
                  label={t('reg.visit.host')}
                  required
                  render={(f) => <Input {...f} />}
                />
              </Col>
            </Row>
            {typeof roomId === 'number' && (
              <HostChoices
                roomId={roomId}
                onPick={(n) => setValue('hostName', n, { shouldValidate: true })}
              />
            )}
            <FormField
              control={control}
              name="reason"
              label={t('reg.visit.reason')}
              required
              render={(f) => <Input {...f} />}
            />
            <Row gutter={12}>
              <Col span={8}>
                <FormField
                  control={control}
                  name="partySize"
                  label={t('reg.visit.party')}
                  render={(f) => (
                    <InputNumber
                      id={f.id}
                      value={f.value}
                      onChange={(v) => f.onChange(v ?? 1)}
                      min={1}
                      precision={0}
                      style={{ width: '100%' }}
                    />
                  )}
                />
              </Col>
              <Col span={8}>
                <FormField
                  control={control}
                  name="phone"
                  label={t('reg.phone')}
                  render={(f) => <Input {...f} {...optionalText(f)} />}
                />
              </Col>
              <Col span={8}>
                <FormField
                  control={control}
                  name="carPlate"
                  label={t('reg.visit.car')}
                  render={(f) => <Input {...f} {...optionalText(f)} />}
                />
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={10}>
                <FormField
                  control={control}
                  name="hostContactMethod"
                  label={t('reg.visit.contact')}
                  required
                  render={(f) => (
                    <Segmented
                      value={f.value}
                      onChange={f.onChange}
                      options={options(lang, 'hostContact', contactMethods)}
                    />
                  )}
                />
              </Col>
              <Col span={14}>
                <FormField
                  control={control}
                  name="hostAnswer"
                  label={t('reg.visit.answer')}
                  required
                  render={(f) => (
                    <Select
                      id={f.id}
                      value={f.value}
                      onChange={f.onChange}
                      options={options(lang, 'hostAnswer', hostAnswers)}
                      data-testid="visitor-answer"
                    />
                  )}
                />
              </Col>
            </Row>
          </>
        );
      }}
    </ModalForm>
  );
};
