import { type caseTypes, channels, defaultMode } from '@propdesk/domain';
import { Alert, Button, Card, Col, Form, Input, type InputRef, Row, Space, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { type KeyboardEvent, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Link } from 'react-router';
import { phoneText } from '../archive/format';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { useDebounced } from '../shell/use-debounced';
import { CallerPanel } from './CallerPanel';
import type { CallerSearchHandle } from './CallerSearch';
import { DeskCallerFields } from './DeskCallerFields';
import { DeskChoices } from './DeskChoices';
import { emptyDesk, phoneDigitsOf, validateDesk } from './desk-form';
import { KeyedChoice, type KeyedChoiceHandle } from './KeyedChoice';
import { focusLater, isPlainEnter } from './keys';
import { channelText } from './labels';
import { useCreateTask, useRegisterContact } from './queries';
import { ResolutionFields } from './ResolutionFields';
import { useCallerHandlers } from './use-caller-handlers';
import { deskFieldOrder, useDeskForm } from './use-desk-form';

/** 前台登记: the receptionist's page, keyboard first, with the caller's record beside the form. */
export const DeskPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const register = useRegisterContact();
  const createTask = useCreateTask();
  const [saved, setSaved] = useState<{ caseId: number; number: string; isAdded: boolean } | null>(null);
  const form = useDeskForm(propertyId);
  const { control, handleSubmit, reset, setValue, watch, setError, formState } = form;
  const { errors, isDirty } = formState;
  const callerRef = useRef<CallerSearchHandle>(null);
  const nameRef = useRef<InputRef>(null);
  const phoneRef = useRef<InputRef>(null);
  const identityRef = useRef<KeyedChoiceHandle>(null);
  const typeRef = useRef<KeyedChoiceHandle>(null);
  const summaryRef = useRef<TextAreaRef>(null);
  const answerRef = useRef<TextAreaRef>(null);

  const [channel, type, mode, roomId, roomLabel, personId, callerPhone, caseId, caseNumber, callerName] =
    watch([
      'channel',
      'type',
      'mode',
      'roomId',
      'roomLabel',
      'personId',
      'callerPhone',
      'caseId',
      'caseNumber',
      'callerName',
    ]);
  const panelPhone = useDebounced(roomId ? null : phoneDigitsOf(callerPhone), 300);
  const isAnswerLast = !caseId && mode === 'answered';

  const focusFirstError = (keys: string[]) => {
    const first = deskFieldOrder.find((k) => keys.includes(k));
    if (first === 'callerName') nameRef.current?.focus();
    else if (first === 'callerPhone') phoneRef.current?.focus();
    else if (first === 'identity') identityRef.current?.focus();
    else if (first === 'type') typeRef.current?.focus();
    else if (first === 'summary') summaryRef.current?.focus();
    else if (first === 'answer') answerRef.current?.focus();
    else if (first)
      document.getElementById(`desk-${first === 'departmentId' ? 'department' : 'praised'}`)?.focus();
  };

  // One save at a time: a second press while the first is checked or sent is the same registration.
  const isSaving = useRef(false);
  const save = handleSubmit(
    (values) => {
      const { input } = validateDesk(values, propertyId ?? 0);
      if (!input || !propertyId) {
        isSaving.current = false;
        return;
      }
      register.mutate(input, {
        onSettled: () => {
          isSaving.current = false;
        },
        onSuccess: (r) => {
          setSaved({ caseId: r.caseId, number: r.number, isAdded: !!values.caseId });
          toastSuccess(t(values.caseId ? 'desk.savedAdded' : 'desk.saved', { number: r.number }));
          if (values.hasCallback && me && values.callerPhone.trim())
            createTask.mutate({
              propertyId,
              kind: 'callback',
              caseId: r.caseId,
              ownerId: me.id,
              callerName: values.callerName.trim() || t('desk.caller'),
              callerPhone: values.callerPhone.trim(),
              note: values.summary,
            });
          reset(emptyDesk());
          focusLater(() => callerRef.current?.focus());
        },
        onError: (e) => {
          applyServerErrors(e, setError, ['callerName', 'callerPhone', 'summary', 'answer', 'departmentId']);
        },
      });
    },
    (errs) => {
      isSaving.current = false;
      focusFirstError(Object.keys(errs));
    },
  );
  // A save pressed again on the fresh form just after a save (a double press) is no new registration either.
  const submit = () => {
    if (isSaving.current) return;
    if (!isDirty) {
      callerRef.current?.focus();
      return;
    }
    isSaving.current = true;
    void save();
  };

  const { onPick, onUnknown, onCallerText } = useCallerHandlers(form, { nameRef, phoneRef, typeRef });

  const onSummaryKey = (e: KeyboardEvent) => {
    if (!isPlainEnter(e)) return;
    e.preventDefault();
    if (isAnswerLast) answerRef.current?.focus();
    else submit();
  };
  const onLastEnter = (e: KeyboardEvent) => {
    if (!isPlainEnter(e)) return;
    e.preventDefault();
    submit();
  };

  const isTrainee = !!me && !me.certifiedForDuty && channel === 'call';
  const isKnown = roomId !== null || personId !== null;

  return (
    <div data-testid="desk-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('desk.title')}</h1>
          <Typography.Text type="secondary">{t('desk.subtitle')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small">
            {saved && (
              <Alert
                type="success"
                showIcon
                closable={{ onClose: () => setSaved(null) }}
                data-testid="desk-saved"
                style={{ marginBottom: 12 }}
                title={
                  <span>
                    {t(saved.isAdded ? 'desk.savedAdded' : 'desk.saved', { number: saved.number })}{' '}
                    <Link to={`/cases/${saved.caseId}`}>{t('desk.openCase')}</Link>
                  </span>
                }
              />
            )}
            {isTrainee && !register.error && (
              <Alert type="warning" showIcon title={t('desk.uncertifiedCall')} style={{ marginBottom: 12 }} />
            )}
            {register.error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid="desk-error"
                title={t('desk.refused')}
                description={register.error.message}
                closable={{ onClose: () => register.reset() }}
                style={{ marginBottom: 12 }}
              />
            )}
            <form
              className="pd-desk-form"
              data-testid="desk-form"
              noValidate
              onSubmit={(e) => e.preventDefault()}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
            >
              <Form layout="horizontal" component={false} labelCol={{ flex: '84px' }} colon={false}>
                <Form.Item label={t('desk.channel')} extra={t('desk.channelHint')}>
                  <Controller
                    control={control}
                    name="channel"
                    render={({ field }) => (
                      <KeyedChoice
                        label={t('desk.channel')}
                        testId="channel-choice"
                        options={channels.map((c) => ({ value: c, label: channelText(c, lang) }))}
                        value={field.value}
                        onChange={field.onChange}
                        onCommit={() => callerRef.current?.focus()}
                      />
                    )}
                  />
                </Form.Item>
                <DeskCallerFields
                  control={control}
                  errors={errors}
                  propertyId={propertyId}
                  callerRef={callerRef}
                  nameRef={nameRef}
                  phoneRef={phoneRef}
                  onCallerText={onCallerText}
                  onPick={onPick}
                  onUnknown={onUnknown}
                  onPhoneDone={() => typeRef.current?.focus()}
                  known={isKnown ? [callerName, roomLabel, callerPhone && phoneText(callerPhone)] : null}
                />
                <DeskChoices
                  control={control}
                  errors={errors}
                  caseNumber={caseId ? caseNumber : null}
                  onNewCase={() => setValue('caseId', null)}
                  onTypeChange={(v) => setValue('mode', defaultMode[v])}
                  identityRef={identityRef}
                  typeRef={typeRef}
                  onToSummary={() => focusLater(() => summaryRef.current?.focus())}
                />
                <Form.Item
                  label={t('desk.summary')}
                  required
                  htmlFor="desk-summary"
                  validateStatus={errors.summary ? 'error' : undefined}
                  help={errors.summary?.message}
                >
                  <Controller
                    control={control}
                    name="summary"
                    render={({ field }) => (
                      <Input.TextArea
                        {...field}
                        id="desk-summary"
                        ref={summaryRef}
                        data-testid="desk-summary"
                        placeholder={t('desk.summaryPlaceholder')}
                        autoSize={{ minRows: 2, maxRows: 5 }}
                        onKeyDown={onSummaryKey}
                      />
                    )}
                  />
                </Form.Item>
                {!caseId && type && (
                  <ResolutionFields
                    control={control}
                    errors={errors}
                    propertyId={propertyId}
                    type={type}
                    mode={mode}
                    canPromiseCallback={!!callerPhone.trim()}
                    answerRef={answerRef}
                    onLastEnter={onLastEnter}
                  />
                )}
                <Form.Item label=" ">
                  <Space>
                    <Button
                      type="primary"
                      size="large"
                      loading={register.isPending}
                      onClick={submit}
                      data-testid="desk-save"
                    >
                      {t('desk.save')} <kbd className="pd-kbd">Ctrl+Enter</kbd>
                    </Button>
                    <Button
                      onClick={() => {
                        reset(emptyDesk());
                        register.reset();
                        callerRef.current?.focus();
                      }}
                    >
                      {t('desk.clear')}
                    </Button>
                  </Space>
                </Form.Item>
              </Form>
            </form>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('desk.keys')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <CallerPanel
            propertyId={propertyId}
            roomId={roomId}
            roomLabel={roomLabel}
            phone={panelPhone}
            pickedCaseId={caseId}
            onPickCase={(c) => {
              setValue('caseId', c?.id ?? null);
              setValue('caseNumber', c?.number ?? null);
              if (c) setValue('type', c.type as (typeof caseTypes)[number]);
              focusLater(() => summaryRef.current?.focus());
            }}
          />
        </Col>
      </Row>
    </div>
  );
};
