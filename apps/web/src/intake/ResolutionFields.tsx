import { allowedModes, type CaseType, type ResolutionMode } from '@propdesk/domain';
import { Alert, Checkbox, DatePicker, Form, Input } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import dayjs from 'dayjs';
import type { KeyboardEvent, Ref } from 'react';
import { type Control, Controller, type FieldErrors } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { DeskValues } from './desk-form';
import { KeyedChoice } from './KeyedChoice';
import { modeText } from './labels';
import { DepartmentSelect, StaffSelect } from './StaffSelect';

const hints: Partial<Record<ResolutionMode, MessageKey>> = {
  pending: 'desk.hint.pending',
  dispatch: 'desk.hint.dispatch',
  report: 'desk.hint.report',
  complaint: 'desk.hint.complaint',
  admin: 'desk.hint.admin',
};

/** The modes whose fields a user types into: the last of these takes Enter to save. */
export const modeHasTextField = (mode: ResolutionMode) => mode === 'answered';

type Props = {
  control: Control<DeskValues>;
  errors: FieldErrors<DeskValues>;
  propertyId: number | null;
  type: CaseType;
  mode: ResolutionMode;
  canPromiseCallback: boolean;
  answerRef: Ref<TextAreaRef>;
  onLastEnter: (e: KeyboardEvent) => void;
};

/** What the desk does with the contact, by type (S0 4.2): fields change with the chosen way. */
export const ResolutionFields = ({
  control,
  errors,
  propertyId,
  type,
  mode,
  canPromiseCallback,
  answerRef,
  onLastEnter,
}: Props) => {
  const { t, lang } = useI18n();
  const modes = allowedModes[type];
  const hint = hints[mode];
  return (
    <>
      {modes.length > 1 && (
        <Form.Item label={t('desk.resolution')} required>
          <Controller
            control={control}
            name="mode"
            render={({ field }) => (
              <KeyedChoice
                label={t('desk.resolution')}
                size="small"
                testId="mode-choice"
                options={modes.map((m) => ({ value: m, label: modeText(m, lang) }))}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </Form.Item>
      )}
      {hint && (
        <Form.Item label=" ">
          <Alert type="info" showIcon title={t(hint)} data-testid="mode-hint" />
        </Form.Item>
      )}
      {mode === 'answered' && (
        <Form.Item
          label={t('desk.answer')}
          required
          validateStatus={errors.answer ? 'error' : undefined}
          help={errors.answer?.message}
          htmlFor="desk-answer"
        >
          <Controller
            control={control}
            name="answer"
            render={({ field }) => (
              <Input.TextArea
                {...field}
                id="desk-answer"
                ref={answerRef}
                autoSize={{ minRows: 2, maxRows: 5 }}
                onKeyDown={onLastEnter}
              />
            )}
          />
        </Form.Item>
      )}
      {mode === 'transfer' && (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            label={t('desk.department')}
            required
            style={{ flex: 1 }}
            validateStatus={errors.departmentId ? 'error' : undefined}
            help={errors.departmentId?.message}
            htmlFor="desk-department"
          >
            <Controller
              control={control}
              name="departmentId"
              render={({ field }) => (
                <DepartmentSelect
                  id="desk-department"
                  testId="desk-department"
                  propertyId={propertyId}
                  value={field.value}
                  onChange={field.onChange}
                  status={errors.departmentId ? 'error' : undefined}
                />
              )}
            />
          </Form.Item>
          <Form.Item label={t('desk.dueAt')} style={{ flex: 1 }} extra={t('desk.dueDefault')}>
            <Controller
              control={control}
              name="dueAt"
              render={({ field }) => (
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  value={field.value ? dayjs(field.value) : null}
                  onChange={(d) => field.onChange(d ? d.toISOString() : null)}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  style={{ width: '100%' }}
                />
              )}
            />
          </Form.Item>
        </div>
      )}
      {mode === 'praise' && (
        <Form.Item
          label={t('desk.praisedStaff')}
          required
          validateStatus={errors.praisedStaffId ? 'error' : undefined}
          help={errors.praisedStaffId?.message}
          htmlFor="desk-praised"
        >
          <Controller
            control={control}
            name="praisedStaffId"
            render={({ field }) => (
              <StaffSelect
                id="desk-praised"
                testId="desk-praised"
                propertyId={propertyId}
                value={field.value}
                onChange={field.onChange}
                status={errors.praisedStaffId ? 'error' : undefined}
              />
            )}
          />
        </Form.Item>
      )}
      {mode === 'pending' && canPromiseCallback && (
        <Controller
          control={control}
          name="hasCallback"
          render={({ field }) => (
            <Form.Item label=" " style={{ marginTop: -6 }}>
              <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
                {t('desk.callback')}
              </Checkbox>
            </Form.Item>
          )}
        />
      )}
    </>
  );
};
