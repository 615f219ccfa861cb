import { channels, RegisterComplaintInput, urgencies, urgencyLabels } from '@propdesk/domain';
import { Alert, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { CallerFields } from './CallerFields';
import { ImmediateFields, SeverityFacts, WhatFields } from './FactsFields';
import { channelText } from './labels';
import { type Registered, useRegisterComplaint } from './queries';
import {
  emptyRegister,
  newKey,
  previewSeverity,
  type RegisterValues,
  registerResolver,
  toRegisterInput,
} from './register-form';
import { SeverityTag } from './SeverityTag';

const serverFields = [
  'callerName',
  'callerPhone',
  'summary',
  'category',
  'buildingId',
  'commonArea',
  'complainantCount',
  'onSpotResult',
  'dispatchDepartmentId',
  'anonymous',
] as const;

/** 投诉登记 (S4 4.4.2): record the facts, apologise or thank, and see the class the rules propose. Ctrl+Enter saves. */
export const RegisterComplaintPage = () => {
  const { t, lang } = useI18n();
  const { propertyId } = usePropertyScope();
  const register = useRegisterComplaint();
  const [key, setKey] = useState(newKey);
  const [saved, setSaved] = useState<Registered | null>(null);
  const [errorText, setErrorText] = useState<string | null>(null);
  const lookupRef = useRef<{ focus: () => void }>(null);
  const { control, handleSubmit, watch, setValue, reset, setError } = useForm<RegisterValues>({
    resolver: registerResolver,
    defaultValues: emptyRegister(),
  });
  const values = watch();
  const preview = previewSeverity(values);
  const isOrdinary = preview.severity === 'ordinary';

  const save = handleSubmit((v) => {
    if (!propertyId || register.isPending) return;
    setErrorText(null);
    const input = RegisterComplaintInput.parse(
      toRegisterInput(isOrdinary ? v : { ...v, immediateMode: 'none' }, propertyId, key),
    );
    register.mutate(input, {
      onSuccess: (r) => {
        setSaved(r);
        toastSuccess(t('cmp.reg.saved', { number: r.number }));
        reset(emptyRegister());
        setKey(newKey());
        window.scrollTo({ top: 0 });
        setTimeout(() => lookupRef.current?.focus(), 0);
      },
      onError: (e) => {
        if (!applyServerErrors(e, setError, serverFields)) setErrorText(e.message);
      },
    });
  });
  const submit = () => void save();

  return (
    <div data-testid="complaint-register-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('cmp.reg.title')}</h1>
          <Typography.Text type="secondary">{t('cmp.reg.subtitle')}</Typography.Text>
        </div>
        <Link to="/complaints">{t('cmp.list.title')}</Link>
      </div>
      {saved && (
        <Alert
          type={saved.proposedSeverity === 'ordinary' ? 'success' : 'warning'}
          showIcon
          closable={{ onClose: () => setSaved(null) }}
          style={{ marginBottom: 12 }}
          data-testid="complaint-saved"
          title={
            <span>
              {t('cmp.reg.savedTitle', { number: saved.number })}{' '}
              <SeverityTag severity={saved.proposedSeverity} />
            </span>
          }
          description={
            <Space orientation="vertical" size={2}>
              <span>{saved.proposedReason}</span>
              <span>{t(`cmp.reg.reported.${saved.proposedSeverity}` as 'cmp.reg.reported.major')}</span>
              <Link to={`/complaints/${saved.caseId}`} data-testid="complaint-saved-link">
                {t('cmp.reg.open')}
              </Link>
            </Space>
          }
        />
      )}
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component={false}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Enter anywhere in the form saves it */}
        <div onKeyDown={submitOnCtrlEnter(submit)}>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('cmp.reg.who')} style={{ marginBottom: 16 }}>
                <Row gutter={12}>
                  <Col span={16}>
                    <FormField
                      control={control}
                      name="channel"
                      label={t('cmp.channel')}
                      render={(f) => (
                        <Radio.Group
                          id={f.id}
                          optionType="button"
                          value={f.value}
                          onChange={(e) => f.onChange(e.target.value)}
                          options={channels.map((c) => ({ value: c, label: channelText(c, lang) }))}
                        />
                      )}
                    />
                  </Col>
                  <Col span={8}>
                    <FormField
                      control={control}
                      name="anonymous"
                      label={t('cmp.anonymous')}
                      render={(f) => (
                        <Checkbox
                          id={f.id}
                          checked={f.value}
                          data-testid="complaint-anonymous"
                          onChange={(e) => {
                            f.onChange(e.target.checked);
                            if (e.target.checked) {
                              for (const k of ['roomId', 'personId', 'roomLabel'] as const) setValue(k, null);
                              setValue('callerName', '');
                              setValue('callerPhone', '');
                              setValue('locationKind', 'none');
                            }
                          }}
                        >
                          {t('cmp.reg.anonymousHint')}
                        </Checkbox>
                      )}
                    />
                  </Col>
                </Row>
                <CallerFields
                  ref={lookupRef}
                  control={control}
                  setValue={setValue}
                  propertyId={propertyId}
                  isAnonymous={values.anonymous}
                  picked={{
                    roomLabel: values.roomLabel,
                    personId: values.personId,
                    callerPhone: values.callerPhone,
                  }}
                />
              </Card>
              <Card size="small" title={t('cmp.reg.what')} style={{ marginBottom: 16 }}>
                <FormField
                  control={control}
                  name="summary"
                  label={t('cmp.summary')}
                  required
                  render={(f) => (
                    <Input.TextArea
                      {...f}
                      autoSize={{ minRows: 3, maxRows: 8 }}
                      placeholder={t('cmp.reg.summaryHint')}
                      data-testid="complaint-summary"
                    />
                  )}
                />
                <WhatFields control={control} propertyId={propertyId} values={values} />
                <FormField
                  control={control}
                  name="urgency"
                  label={t('cmp.urgency')}
                  render={(f) => (
                    <Radio.Group
                      id={f.id}
                      value={f.value}
                      onChange={(e) => f.onChange(e.target.value)}
                      options={urgencies.map((u) => ({
                        value: u,
                        label: lang === 'en' ? u : urgencyLabels[u],
                      }))}
                    />
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('cmp.reg.severity')} style={{ marginBottom: 16 }}>
                <SeverityFacts control={control} preview={preview} />
              </Card>
              <Card size="small" title={t('cmp.reg.receipt')} style={{ marginBottom: 16 }}>
                <FormField
                  control={control}
                  name="ackKind"
                  label={t('cmp.ack')}
                  required
                  extra={t('cmp.ackHint')}
                  render={(f) => (
                    <Radio.Group
                      id={f.id}
                      value={f.value}
                      onChange={(e) => f.onChange(e.target.value)}
                      data-testid="complaint-ack"
                      options={[
                        { value: 'apology', label: t('cmp.ack.apology') },
                        { value: 'thanks', label: t('cmp.ack.thanks') },
                      ]}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="ackNote"
                  render={({ field }) => (
                    <Input {...field} placeholder={t('cmp.ackNote')} style={{ marginBottom: 16 }} />
                  )}
                />
                <ImmediateFields
                  control={control}
                  propertyId={propertyId}
                  values={values}
                  isOrdinary={isOrdinary}
                />
              </Card>
              <Space>
                <Button
                  type="primary"
                  size="large"
                  onClick={submit}
                  loading={register.isPending}
                  disabled={!propertyId}
                  data-testid="complaint-save"
                >
                  {t('cmp.reg.save')}
                </Button>
                <Button size="large" onClick={() => reset(emptyRegister())}>
                  {t('cmp.reg.clear')}
                </Button>
                <Typography.Text type="secondary">{t('common.ctrlEnter')}</Typography.Text>
              </Space>
            </Col>
          </Row>
        </div>
      </Form>
    </div>
  );
};
