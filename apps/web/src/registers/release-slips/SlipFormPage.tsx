import { zodResolver } from '@hookform/resolvers/zod';
import {
  CreateReleaseSlipInput,
  type CreateReleaseSlipInput as CreateValues,
  carrierKinds,
  decideRelease,
  goodsInside,
  type ReleaseDecision,
} from '@propdesk/domain';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useRoomPage } from '../../archive/queries';
import { useI18n } from '../../i18n/i18n';
import { applyServerErrors, FormField, optionalText } from '../../lib/form';
import { usePropertyScope } from '../../shell/property-context';
import { yuan } from '../format';
import { label } from '../labels';
import { useRegPost } from '../mutations';
import { useRenovation, useRenovations } from '../queries';
import { RoomPicker } from '../RoomPicker';
import type { SlipJudged } from '../types';
import { DecisionPanel } from './DecisionPanel';
import { ItemsEditor } from './ItemsEditor';
import { caseHint, slipFormKeys } from './slip-form';
import '../registers.css';

type Values = z.input<typeof CreateReleaseSlipInput>;

/** 填写放行条: the fields follow the case, and the rules' verdict is previewed before saving. */
export const SlipFormPage = () => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { propertyId } = usePropertyScope();
  const create = useRegPost<CreateValues, SlipJudged>('/api/registers/release-slips');
  const { control, handleSubmit, watch, setError, setValue } = useForm<Values>({
    resolver: zodResolver(CreateReleaseSlipInput) as unknown as Resolver<Values>,
    defaultValues: {
      propertyId: propertyId ?? 0,
      carrierKind: 'tenant',
      carrierName: '',
      carrierPhone: null,
      carrierIdNumber: '',
      hasValidId: true,
      isMovingHouse: false,
      items: [{ name: '', quantity: 1, category: 'general' }],
      renovationId: null,
      note: null,
    },
  });
  // The property list may still be loading when the page opens.
  useEffect(() => {
    if (propertyId) setValue('propertyId', propertyId);
  }, [propertyId, setValue]);
  const v = watch();
  const roomId = typeof v.roomId === 'number' ? v.roomId : 0;
  const room = useRoomPage(roomId);
  const renovations = useRenovations(v.carrierKind === 'decorator' ? propertyId : null, 'inProgress');
  const renovation = useRenovation(v.carrierKind === 'decorator' && v.renovationId ? v.renovationId : 0);
  const arrears = room.data?.arrears ?? null;

  const preview: ReleaseDecision | null = room.data
    ? decideRelease({
        carrierKind: v.carrierKind ?? 'tenant',
        isMovingHouse: !!v.isMovingHouse,
        hasValidId: !!v.hasValidId,
        arrears: arrears ? { monthsOwed: arrears.monthsOwed, amountCents: arrears.amountCents } : null,
        items: (v.items ?? []).map((i) => ({
          name: i?.name ?? '',
          quantity: Number(i?.quantity ?? 1),
          category: i?.category ?? 'general',
        })),
        ownerConfirmation: null,
        renovation: renovation.data
          ? {
              isActive: renovation.data.state === 'inProgress',
              toolsIn: goodsInside(renovation.data.goods, 'tool'),
            }
          : null,
        managerArrearsMonths: 3,
      })
    : null;

  const submit = handleSubmit((raw) =>
    create.mutate(raw as unknown as CreateValues, {
      onSuccess: (res) => navigate(`/registers/release-slips/${res.id}`),
      onError: (e) =>
        applyServerErrors(e, setError, [
          'roomId',
          'carrierName',
          'carrierPhone',
          'carrierIdNumber',
          'items',
          'renovationId',
        ]),
    }),
  );
  const hint = caseHint[v.carrierKind ?? 'tenant'] ?? 'reg.slip.hint.other';
  const isDecorator = v.carrierKind === 'decorator';

  return (
    <div data-testid="slip-form">
      <div className="pd-page-header">
        <h1>{t('reg.slip.new')}</h1>
      </div>
      <form onSubmit={(e) => void submit(e)} onKeyDown={slipFormKeys(() => void submit())} noValidate>
        <Form layout="vertical" component={false}>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('reg.slip.who')}>
                <FormField
                  control={control}
                  name="roomId"
                  label={t('reg.room')}
                  required
                  render={(f) => (
                    <RoomPicker
                      id={f.id}
                      autoFocus
                      testId="slip-room"
                      propertyId={propertyId}
                      value={f.value}
                      onChange={(id) => f.onChange(id)}
                    />
                  )}
                />
                <FormField
                  control={control}
                  name="carrierKind"
                  label={t('reg.slip.carrierKind')}
                  required
                  render={(f) => (
                    <Radio.Group
                      id={f.id}
                      value={f.value}
                      onChange={(e) => f.onChange(e.target.value)}
                      optionType="button"
                      buttonStyle="solid"
                      data-testid="slip-carrier-kind"
                      options={carrierKinds.map((k) => ({ value: k, label: label(lang, 'carrierKind', k) }))}
                    />
                  )}
                />
                <Alert type="info" showIcon title={t(hint)} style={{ marginBottom: 12 }} />
                <FormField
                  control={control}
                  name="isMovingHouse"
                  render={(f) => (
                    <Checkbox
                      id={f.id}
                      checked={!!f.value}
                      onChange={(e) => f.onChange(e.target.checked)}
                      data-testid="slip-moving"
                    >
                      {t('reg.slip.moving')}
                    </Checkbox>
                  )}
                />
                <Row gutter={12}>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="carrierName"
                      label={t('reg.slip.carrierName')}
                      required
                      render={(f) => <Input {...f} data-testid="slip-carrier-name" />}
                    />
                  </Col>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="carrierPhone"
                      label={t('reg.phone')}
                      render={(f) => <Input {...f} {...optionalText(f)} />}
                    />
                  </Col>
                </Row>
                <Row gutter={12}>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="carrierIdNumber"
                      label={t('reg.idNumber')}
                      required={v.carrierKind === 'owner'}
                      extra={t('reg.idMasked')}
                      render={(f) => <Input {...f} value={(f.value as string | null) ?? ''} />}
                    />
                  </Col>
                  <Col span={12}>
                    <FormField
                      control={control}
                      name="hasValidId"
                      label={t('reg.slip.validId')}
                      render={(f) => (
                        <Checkbox
                          id={f.id}
                          checked={!!f.value}
                          onChange={(e) => f.onChange(e.target.checked)}
                          data-testid="slip-valid-id"
                        >
                          {t('reg.slip.validIdShown')}
                        </Checkbox>
                      )}
                    />
                  </Col>
                </Row>
                {isDecorator && (
                  <FormField
                    control={control}
                    name="renovationId"
                    label={t('reg.slip.renovation')}
                    required
                    render={(f) => (
                      <Select
                        id={f.id}
                        value={f.value ?? undefined}
                        onChange={f.onChange}
                        loading={renovations.isLoading}
                        placeholder={t('reg.slip.pickRenovation')}
                        options={(renovations.data ?? [])
                          .filter((r) => !roomId || r.roomId === roomId)
                          .map((r) => ({
                            value: r.id,
                            label: `${r.number} ${r.roomLabel} ${r.contractorName}`,
                          }))}
                      />
                    )}
                  />
                )}
              </Card>
              <Card size="small" title={t('reg.slip.items')} style={{ marginTop: 16 }}>
                <ItemsEditor control={control} isDecorator={isDecorator} />
                <FormField
                  control={control}
                  name="note"
                  label={t('reg.note')}
                  render={(f) => <Input {...f} value={f.value ?? ''} />}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('reg.slip.rules')} data-testid="slip-preview">
                {!room.data ? (
                  <Alert type="info" title={t('reg.slip.pickRoomFirst')} />
                ) : (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <div>
                      {arrears && arrears.monthsOwed > 0 ? (
                        <Alert
                          type="warning"
                          title={t('reg.slip.roomArrears', {
                            months: arrears.monthsOwed,
                            amount: yuan(arrears.amountCents),
                          })}
                        />
                      ) : (
                        <Alert type="success" title={t('reg.slip.roomNoArrears')} />
                      )}
                    </div>
                    {preview && <DecisionPanel decision={preview} isPreview />}
                    <div style={{ color: '#888', fontSize: 12 }}>{t('reg.slip.previewNote')}</div>
                  </Space>
                )}
              </Card>
              {create.error && (
                <Alert type="error" showIcon title={create.error.message} style={{ marginTop: 12 }} />
              )}
              <Space style={{ marginTop: 16 }}>
                <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="slip-submit">
                  {t('reg.slip.submit')}
                </Button>
                <Button onClick={() => navigate('/registers/release-slips')}>{t('common.cancel')}</Button>
                <span style={{ color: '#888', fontSize: 12 }}>{t('common.ctrlEnter')}</span>
              </Space>
            </Col>
          </Row>
        </Form>
      </form>
    </div>
  );
};
