import { zodResolver } from '@hookform/resolvers/zod';
import { CreateRenovationInput, renovationDocuments } from '@propdesk/domain';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Row, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useRoomPage } from '../../archive/queries';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../lib/DateField';
import { applyServerErrors, FormField } from '../../lib/form';
import { usePropertyScope } from '../../shell/property-context';
import { label } from '../labels';
import { useRegPost } from '../mutations';
import { RoomPicker } from '../RoomPicker';
import { newWorker, WorkersEditor } from './WorkersEditor';
import '../registers.css';

type Values = z.input<typeof CreateRenovationInput>;
type Created = { id: number; number: string; missingDocuments: string[] };

/** The room's owners, one click to fill the applicant. */
const OwnerChoices = ({
  roomId,
  onPick,
}: {
  roomId: number;
  onPick: (name: string, phone: string) => void;
}) => {
  const room = useRoomPage(roomId);
  const owners = room.data?.current.filter((o) => o.relation === 'owner') ?? [];
  if (!owners.length) return null;
  return (
    <div style={{ margin: '-12px 0 12px' }}>
      {owners.map((o) => (
        <Tag.CheckableTag
          key={o.occupancyId}
          checked={false}
          onChange={() => onPick(o.name, o.phones[0] ?? '')}
        >
          {o.name} {o.phones[0] ?? ''}
        </Tag.CheckableTag>
      ))}
    </div>
  );
};

/** 装修申请 (S1 装修; S2): the seed's document checklist and the workers, each with a photo and ID. */
export const RenovationFormPage = () => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { propertyId } = usePropertyScope();
  const create = useRegPost<z.output<typeof CreateRenovationInput>, Created>('/api/registers/renovations');
  const { control, handleSubmit, watch, setValue, setError } = useForm<Values>({
    resolver: zodResolver(CreateRenovationInput) as unknown as Resolver<Values>,
    defaultValues: {
      propertyId: propertyId ?? 0,
      applicantName: '',
      applicantPhone: '',
      contractorName: '',
      contractorPhone: '',
      scope: '',
      plannedStart: '',
      plannedEnd: '',
      documents: { businessLicence: false, qualification: false, drawings: false },
      workers: [newWorker],
      supervisorAway: false,
      note: null,
    },
  });
  // The property list may still be loading when the page opens.
  useEffect(() => {
    if (propertyId) setValue('propertyId', propertyId);
  }, [propertyId, setValue]);
  const roomId = watch('roomId');
  const submit = handleSubmit((v) =>
    create.mutate(v as unknown as z.output<typeof CreateRenovationInput>, {
      onSuccess: (res) => navigate(`/registers/renovations/${res.id}`),
      onError: (e) => applyServerErrors(e, setError, ['roomId', 'plannedEnd', 'workers']),
    }),
  );

  return (
    <div data-testid="reno-form">
      <div className="pd-page-header">
        <h1>{t('reg.reno.new')}</h1>
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('reg.reno.application')}>
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
                {typeof roomId === 'number' && (
                  <OwnerChoices
                    roomId={roomId}
                    onPick={(name, phone) => {
                      setValue('applicantName', name, { shouldValidate: true });
                      setValue('applicantPhone', phone, { shouldValidate: true });
                    }}
                  />
                )}
                <Row gutter={12}>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="applicantName"
                      label={t('reg.reno.applicant')}
                      required
                      render={(f) => <Input {...f} />}
                    />
                  </Col>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="applicantPhone"
                      label={t('reg.phone')}
                      required
                      render={(f) => <Input {...f} />}
                    />
                  </Col>
                </Row>
                <Row gutter={12}>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="contractorName"
                      label={t('reg.reno.contractor')}
                      required
                      render={(f) => <Input {...f} />}
                    />
                  </Col>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="contractorPhone"
                      label={t('reg.reno.contractorPhone')}
                      required
                      render={(f) => <Input {...f} />}
                    />
                  </Col>
                </Row>
                <FormField
                  control={control}
                  name="scope"
                  label={t('reg.reno.scope')}
                  required
                  render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} />}
                />
                <Row gutter={12}>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="plannedStart"
                      label={t('reg.reno.start')}
                      required
                      render={(f) => <DateField {...f} disabledFuture={false} />}
                    />
                  </Col>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="plannedEnd"
                      label={t('reg.reno.end')}
                      required
                      render={(f) => <DateField {...f} disabledFuture={false} />}
                    />
                  </Col>
                </Row>
                <FormField
                  control={control}
                  name="note"
                  label={t('reg.note')}
                  render={(f) => <Input {...f} value={f.value ?? ''} />}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('reg.reno.checklist')} className="pd-reg-cells">
                <Space orientation="vertical" size={10}>
                  {renovationDocuments.map((d) => (
                    <FormField
                      key={d}
                      control={control}
                      name={`documents.${d}`}
                      render={(f) => (
                        <Checkbox
                          id={f.id}
                          checked={!!f.value}
                          onChange={(e) => f.onChange(e.target.checked)}
                        >
                          {label(lang, 'renovationDoc', d)}
                        </Checkbox>
                      )}
                    />
                  ))}
                </Space>
              </Card>
              <WorkersEditor control={control} />
              <Card size="small" style={{ marginTop: 16 }}>
                <FormField
                  control={control}
                  name="supervisorAway"
                  extra={t('reg.reno.awayHint')}
                  render={(f) => (
                    <Checkbox id={f.id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>
                      {t('reg.reno.away')}
                    </Checkbox>
                  )}
                />
              </Card>
              {create.error && (
                <Alert type="error" showIcon title={create.error.message} style={{ marginTop: 12 }} />
              )}
              <Space style={{ marginTop: 16 }}>
                <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="reno-submit">
                  {t('reg.reno.submit')}
                </Button>
                <Button onClick={() => navigate('/registers/renovations')}>{t('common.cancel')}</Button>
              </Space>
            </Col>
          </Row>
        </Form>
      </form>
    </div>
  );
};
