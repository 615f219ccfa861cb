import { InboxOutlined } from '@ant-design/icons';
import { caseTypes, RegisterLetterInput } from '@propdesk/domain';
import { Alert, Form, Input, Modal, Select, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { toastError, toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { newKey } from './desk-form';
import { typeText } from './labels';
import { uploadAttachment, useRegisterLetter } from './queries';
import { RoomPicker } from './RoomPicker';
import { StaffSelect } from './StaffSelect';
import { schemaResolver } from './schema-resolver';

type Values = {
  propertyId: number;
  idempotencyKey: string;
  letterClass: (typeof caseTypes)[number];
  sender: string;
  senderPhone: string;
  roomId: number | null;
  receivedDate: string | null;
  summary: string;
  praisedStaffId: number | null;
};

const prepare = (v: Values) => ({ ...v, senderPhone: v.senderPhone.trim() || null });
const resolver = schemaResolver<Values>(RegisterLetterInput, { receivedDate: '请填写收函日期' }, prepare);

type Props = { propertyId: number; open: boolean; onClose: () => void };

/** 客户来函目录: one entry per letter with its class; the scan is kept as an attachment (S0 3.3.1). */
export const LetterModal = ({ propertyId, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const save = useRegisterLetter();
  const [scan, setScan] = useState<File | null>(null);
  const [isUploading, setUploading] = useState(false);
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({ resolver });
  const letterClass = watch('letterClass');
  useEffect(() => {
    if (open)
      reset({
        propertyId,
        idempotencyKey: newKey(),
        letterClass: 'praise',
        sender: '',
        senderPhone: '',
        roomId: null,
        receivedDate: dayjs().format('YYYY-MM-DD'),
        summary: '',
        praisedStaffId: null,
      });
    setScan(null);
    save.reset();
  }, [open, propertyId, reset, save.reset]);

  const submit = handleSubmit((v) => {
    if (v.letterClass === 'praise' && !v.praisedStaffId) {
      setError('praisedStaffId', { type: 'required', message: '表扬信请选择被表扬的员工' });
      return;
    }
    save.mutate(RegisterLetterInput.parse(prepare(v)), {
      onSuccess: async ({ letterId }) => {
        if (scan) {
          setUploading(true);
          try {
            await uploadAttachment({ propertyId, entityType: 'letter', entityId: letterId }, scan);
            toastSuccess(t('letters.scanUploaded'));
          } catch (e) {
            toastError(t('letters.scanFailed', { message: (e as Error).message }));
          } finally {
            setUploading(false);
          }
        }
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e) =>
        applyServerErrors(e, setError, [
          'sender',
          'senderPhone',
          'summary',
          'receivedDate',
          'praisedStaffId',
        ]),
    });
  });

  return (
    <Modal
      title={t('letters.register')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={save.isPending || isUploading}
      width={640}
      destroyOnHidden
    >
      {save.error && <Alert type="error" showIcon title={save.error.message} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component={false}>
        <form
          onSubmit={(e) => void submit(e)}
          onKeyDown={submitOnCtrlEnter(() => void submit())}
          noValidate
          data-testid="letter-form"
        >
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="letterClass"
                label={t('letters.class')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    data-testid="letter-class"
                    options={caseTypes.map((c) => ({ value: c, label: typeText(c, lang) }))}
                  />
                )}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="receivedDate"
                label={t('letters.received')}
                required
                render={(f) => <DateField {...f} />}
              />
            </div>
          </div>
          <div style={{ display: 'flex', gap: 12 }}>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="sender"
                label={t('letters.sender')}
                required
                render={(f) => <Input {...f} />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="senderPhone"
                label={t('letters.senderPhone')}
                render={(f) => <Input {...f} inputMode="tel" />}
              />
            </div>
            <div style={{ flex: 1 }}>
              <FormField
                control={control}
                name="roomId"
                label={t('letters.room')}
                render={(f) => (
                  <RoomPicker id={f.id} propertyId={propertyId} value={f.value} onChange={f.onChange} />
                )}
              />
            </div>
          </div>
          {letterClass === 'praise' && (
            <FormField
              control={control}
              name="praisedStaffId"
              label={t('desk.praisedStaff')}
              required
              render={(f) => (
                <StaffSelect
                  id={f.id}
                  testId="letter-praised"
                  propertyId={propertyId}
                  value={f.value}
                  onChange={f.onChange}
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="summary"
            label={t('letters.summary')}
            required
            render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2, maxRows: 5 }} />}
          />
          <Form.Item label={t('letters.scan')}>
            <Upload.Dragger
              accept="image/*,.pdf"
              multiple={false}
              maxCount={1}
              beforeUpload={(file) => {
                setScan(file);
                return false;
              }}
              onRemove={() => setScan(null)}
              fileList={scan ? [{ uid: 'scan', name: scan.name, status: 'done' }] : []}
              data-testid="letter-scan"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('letters.scanPick')}</p>
            </Upload.Dragger>
          </Form.Item>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Form>
    </Modal>
  );
};
