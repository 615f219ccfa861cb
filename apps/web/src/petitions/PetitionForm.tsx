import { zodResolver } from '@hookform/resolvers/zod';
import { caseTypeLabels, petitionCaseTypes, RegisterPetitionInput } from '@propdesk/domain';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Segmented, Select, Tag } from 'antd';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { PastTimeField } from '../home-visits/PastTimeField';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, optionalText } from '../lib/form';
import { RoomPicker } from '../registers/RoomPicker';
import { useDebounced } from '../shell/use-debounced';
import { usePetitionWrite, useVisitCount } from './queries';
import type { Registered } from './types';

type Values = z.input<typeof RegisterPetitionInput>;
const fields = [
  'channel',
  'receivedAt',
  'kind',
  'headcount',
  'type',
  'callerName',
  'callerPhone',
  'roomId',
  'address',
  'summary',
] as const;

const blank = (propertyId: number): Values => ({
  propertyId,
  idempotencyKey: crypto.randomUUID(),
  channel: 'visit',
  type: 'suggestion',
  kind: 'individual',
  headcount: 1,
  callerName: '',
  callerPhone: null,
  roomId: null,
  address: null,
  summary: '',
});

/** 群众来信来访登记表 (S0): the petition form's columns; the number and the visit count come from the server. */
export const PetitionForm = ({ propertyId }: { propertyId: number }) => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const save = usePetitionWrite<RegisterPetitionInput, Registered>();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(RegisterPetitionInput) as unknown as Resolver<Values>,
    defaultValues: blank(propertyId),
  });
  const { control, handleSubmit, watch, setValue } = form;
  const [kind, phone] = watch(['kind', 'callerPhone']);
  const count = useVisitCount(propertyId, useDebounced(phone ?? '', 300), null);

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      const r = await save.mutateAsync({ path: '/api/petitions', body: values as RegisterPetitionInput });
      toastSuccess(t('pet.saved', { number: r.number, n: r.visitCount }));
      form.reset(blank(propertyId));
      void navigate(`/petitions/${r.id}`);
    } catch (e) {
      if (!applyServerErrors(e, form.setError, fields)) setError(e instanceof Error ? e.message : String(e));
    }
  });
  return (
    <Card size="small" title={t('pet.title')} data-testid="petition-form">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <Row gutter={12}>
            <Col span={6}>
              <FormField
                control={control}
                name="channel"
                label={t('pet.channel')}
                required
                render={(f) => (
                  <Segmented
                    value={f.value}
                    onChange={f.onChange}
                    options={[
                      { value: 'visit', label: t('pet.channel.visit') },
                      { value: 'letter', label: t('pet.channel.letter') },
                    ]}
                  />
                )}
              />
            </Col>
            <Col span={6}>
              <FormField
                control={control}
                name="receivedAt"
                label={t('pet.receivedAt')}
                render={(f) => (
                  <PastTimeField
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    placeholder={t('pet.receivedHint')}
                  />
                )}
              />
            </Col>
            <Col span={7}>
              <FormField
                control={control}
                name="kind"
                label={t('pet.kind')}
                required
                render={(f) => (
                  <Segmented
                    value={f.value}
                    onChange={(v) => {
                      f.onChange(v);
                      setValue('headcount', v === 'collective' ? 2 : 1, { shouldValidate: true });
                    }}
                    options={[
                      { value: 'individual', label: t('pet.kind.individual') },
                      { value: 'collective', label: t('pet.kind.collective') },
                    ]}
                    data-testid="petition-kind"
                  />
                )}
              />
            </Col>
            <Col span={5}>
              <FormField
                control={control}
                name="headcount"
                label={t('pet.headcount')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value}
                    onChange={(v) => f.onChange(v ?? 1)}
                    min={1}
                    precision={0}
                    disabled={kind !== 'collective'}
                    style={{ width: '100%' }}
                  />
                )}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={6}>
              <FormField
                control={control}
                name="callerName"
                label={t('pet.callerName')}
                required
                render={(f) => <Input {...f} autoFocus />}
              />
            </Col>
            <Col span={6}>
              <FormField
                control={control}
                name="callerPhone"
                label={t('pet.phone')}
                extra={
                  count.data && (
                    <Tag color="blue">{`${t('pet.visitCount')}：${t('pet.visitCountN', { n: count.data.visitCount })}`}</Tag>
                  )
                }
                render={(f) => <Input id={f.id} onBlur={f.onBlur} {...optionalText(f)} />}
              />
            </Col>
            <Col span={6}>
              <FormField
                control={control}
                name="roomId"
                label={t('pet.room')}
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
            <Col span={6}>
              <FormField
                control={control}
                name="address"
                label={t('pet.address')}
                render={(f) => <Input id={f.id} onBlur={f.onBlur} {...optionalText(f)} />}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={6}>
              <FormField
                control={control}
                name="type"
                label={t('pet.caseType')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    options={petitionCaseTypes.map((c) => ({
                      value: c,
                      label: lang === 'en' ? c : caseTypeLabels[c],
                    }))}
                  />
                )}
              />
            </Col>
            <Col span={18}>
              <FormField
                control={control}
                name="summary"
                label={t('pet.summary')}
                required
                render={(f) => <Input.TextArea {...f} rows={2} />}
              />
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="petition-save">
            {t('pet.save')}
          </Button>
        </Form>
      </form>
    </Card>
  );
};
