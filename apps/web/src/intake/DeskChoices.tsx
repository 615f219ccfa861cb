import { type CaseType, caseTypes, identities, urgencies } from '@propdesk/domain';
import { Alert, Button, Form } from 'antd';
import type { RefObject } from 'react';
import { type Control, Controller, type FieldErrors } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import type { DeskValues } from './desk-form';
import { KeyedChoice, type KeyedChoiceHandle } from './KeyedChoice';
import { identityText, typeText, urgencyText } from './labels';

type Props = {
  control: Control<DeskValues>;
  errors: FieldErrors<DeskValues>;
  /** The open case this contact joins, instead of a type for a new one. */
  caseNumber: string | null;
  onNewCase: () => void;
  onTypeChange: (type: CaseType) => void;
  identityRef: RefObject<KeyedChoiceHandle | null>;
  typeRef: RefObject<KeyedChoiceHandle | null>;
  onToSummary: () => void;
};

/** Identity, type (one number key each, S0 4.2) and urgency: rows of keyed buttons. */
export const DeskChoices = ({
  control,
  errors,
  caseNumber,
  onNewCase,
  onTypeChange,
  identityRef,
  typeRef,
  onToSummary,
}: Props) => {
  const { t, lang } = useI18n();
  return (
    <>
      <Form.Item label={t('desk.identity')}>
        <Controller
          control={control}
          name="identity"
          render={({ field }) => (
            <KeyedChoice
              ref={identityRef}
              label={t('desk.identity')}
              size="small"
              testId="identity-choice"
              options={identities.map((v) => ({ value: v, label: identityText(v, lang) }))}
              value={field.value}
              onChange={field.onChange}
              onCommit={() => typeRef.current?.focus()}
            />
          )}
        />
      </Form.Item>
      {caseNumber ? (
        <Form.Item label=" ">
          <Alert
            type="info"
            showIcon
            data-testid="desk-adding"
            title={t('desk.addingTo', { number: caseNumber })}
            action={
              <Button size="small" onClick={onNewCase}>
                {t('desk.addCancel')}
              </Button>
            }
          />
        </Form.Item>
      ) : (
        <Form.Item
          label={t('desk.type')}
          required
          extra={t('desk.typeHint')}
          validateStatus={errors.type ? 'error' : undefined}
          help={errors.type?.message}
        >
          <Controller
            control={control}
            name="type"
            render={({ field }) => (
              <KeyedChoice
                ref={typeRef}
                label={t('desk.type')}
                testId="type-choice"
                hasError={!!errors.type}
                options={caseTypes.map((v) => ({ value: v, label: typeText(v, lang) }))}
                value={field.value}
                onChange={(v) => {
                  field.onChange(v);
                  onTypeChange(v);
                }}
                onCommit={onToSummary}
              />
            )}
          />
        </Form.Item>
      )}
      <Form.Item label={t('desk.urgency')}>
        <Controller
          control={control}
          name="urgency"
          render={({ field }) => (
            <KeyedChoice
              label={t('desk.urgency')}
              size="small"
              testId="urgency-choice"
              options={urgencies.map((v) => ({ value: v, label: urgencyText(v, lang) }))}
              value={field.value}
              onChange={field.onChange}
              onCommit={onToSummary}
            />
          )}
        />
      </Form.Item>
    </>
  );
};
