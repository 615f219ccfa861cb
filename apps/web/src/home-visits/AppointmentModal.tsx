import { CreateAppointmentInput } from '@propdesk/domain';
import { Alert, Col, Input, Row, Select, Tag } from 'antd';
import { useRoomPage } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { useDeskStaff } from '../intake/queries';
import { FormField, optionalText } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { RoomPicker } from '../registers/RoomPicker';
import { DateTimeField } from '../work-orders/DateTimeField';
import { PastTimeField } from './PastTimeField';
import { useHomeVisitWrite } from './queries';
import { visitRoles } from './roles';

/** The people of the chosen room, one click to fill the name and the number to call. */
const Residents = ({ roomId, onPick }: { roomId: number; onPick: (name: string, phone: string) => void }) => {
  const { t } = useI18n();
  const room = useRoomPage(roomId);
  const people = room.data?.current.filter((o) => o.phones.length) ?? [];
  if (!people.length) return null;
  return (
    <div style={{ margin: '-16px 0 12px' }} data-testid="hv-residents">
      <span style={{ color: '#888', fontSize: 12 }}>{t('hv.pickResident')}</span>
      {people.map((o) => (
        <Tag.CheckableTag key={o.occupancyId} checked={false} onChange={() => onPick(o.name, o.phones[0]!)}>
          {o.name} {o.phones[0]}
        </Tag.CheckableTag>
      ))}
    </div>
  );
};

/** 电话预约 (S2 家访 (二)1): the call is recorded with the time agreed on it. */
export const AppointmentModal = ({
  open,
  onClose,
  propertyId,
}: {
  open: boolean;
  onClose: () => void;
  propertyId: number;
}) => {
  const { t } = useI18n();
  const create = useHomeVisitWrite<unknown, { id: number }>();
  const staff = useDeskStaff(propertyId);
  const visitors = (staff.data ?? []).filter((s) => s.roles.some((r) => visitRoles.includes(r as never)));
  return (
    <ModalForm
      title={t('hv.new')}
      open={open}
      onClose={onClose}
      width={640}
      schema={CreateAppointmentInput}
      defaults={{
        propertyId,
        roomId: undefined,
        residentName: '',
        phone: '',
        calledAt: undefined,
        scheduledAt: undefined,
        visitorId: undefined,
        companions: null,
        purpose: null,
      }}
      intro={<Alert type="info" showIcon title={t('hv.rule')} style={{ marginBottom: 12 }} />}
      successText={t('hv.saved')}
      onSubmit={(body) => create.mutateAsync({ path: '/api/home-visits/appointments', body })}
    >
      {({ control, watch, setValue }) => {
        const roomId = watch('roomId');
        return (
          <>
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="roomId"
                  label={t('hv.room')}
                  required
                  render={(f) => (
                    <RoomPicker
                      id={f.id}
                      testId="hv-room"
                      propertyId={propertyId}
                      value={f.value}
                      onChange={(v) => f.onChange(v ?? undefined)}
                      autoFocus
                    />
                  )}
                />
              </Col>
              <Col span={6}>
                <FormField
                  control={control}
                  name="residentName"
                  label={t('hv.resident')}
                  required
                  render={(f) => <Input {...f} data-testid="hv-resident" />}
                />
              </Col>
              <Col span={6}>
                <FormField
                  control={control}
                  name="phone"
                  label={t('hv.phone')}
                  required
                  render={(f) => <Input {...f} data-testid="hv-phone" />}
                />
              </Col>
            </Row>
            {typeof roomId === 'number' && (
              <Residents
                roomId={roomId}
                onPick={(name, phone) => {
                  setValue('residentName', name, { shouldValidate: true });
                  setValue('phone', phone, { shouldValidate: true });
                }}
              />
            )}
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="calledAt"
                  label={t('hv.calledAt')}
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
                  name="scheduledAt"
                  label={t('hv.scheduledAt')}
                  required
                  render={(f) => (
                    <DateTimeField
                      id={f.id}
                      value={f.value ?? null}
                      onChange={(v) => f.onChange(v ?? undefined)}
                      testId="hv-scheduled"
                    />
                  )}
                />
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <FormField
                  control={control}
                  name="visitorId"
                  label={t('hv.visitor')}
                  render={(f) => (
                    <Select<number>
                      id={f.id}
                      allowClear
                      value={f.value ?? undefined}
                      onChange={(v) => f.onChange(v ?? undefined)}
                      placeholder={t('hv.visitorHint')}
                      loading={staff.isLoading}
                      options={visitors.map((s) => ({ value: s.id, label: s.name }))}
                    />
                  )}
                />
              </Col>
              <Col span={12}>
                <FormField
                  control={control}
                  name="companions"
                  label={t('hv.companions')}
                  render={(f) => <Input {...f} {...optionalText(f)} />}
                />
              </Col>
            </Row>
            <FormField
              control={control}
              name="purpose"
              label={t('hv.purpose')}
              render={(f) => <Input {...f} {...optionalText(f)} />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};
