import { UploadOutlined } from '@ant-design/icons';
import { ComplaintReplyInput, type ResponsibilityFinding, responsibilityFindings } from '@propdesk/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Input, Radio, Select, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { toastError } from '../lib/feedback';
import { applyServerErrors, FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { findingText } from './labels';
import {
  type ComplaintDetail,
  complaintKeys,
  uploadReplyFile,
  useReplyComplaint,
  useStaffOptions,
} from './queries';
import { StepModal, useStepRunner } from './StepModal';

type Values = {
  facts: string;
  finding: ResponsibilityFinding | null;
  responsibleStaffId: number | null;
  measures: string;
};
type Props = { c: ComplaintDetail; open: boolean; onClose: () => void };

const toInput = (v: Values) => ({ ...v, finding: v.finding ?? undefined });

/** S2 网上投诉处理: the responsible department's written reply, with facts, finding, measures and files. */
export const ReplyModal = ({ c, open, onClose }: Props) => {
  const { t, lang } = useI18n();
  const reply = useReplyComplaint(c.caseId);
  const qc = useQueryClient();
  const staff = useStaffOptions(c.propertyId);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const { run, error, clearError } = useStepRunner(onClose);
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: formResolver(ComplaintReplyInput, toInput, {}, { finding: t('cmp.reply.pickFinding') }),
  });
  useEffect(() => {
    if (open) reset({ facts: '', finding: null, responsibleStaffId: null, measures: '' });
    setFiles([]);
    clearError();
  }, [open, reset, clearError]);

  const send = async (v: Values) => {
    const { id } = await reply.mutateAsync(ComplaintReplyInput.parse(toInput(v)));
    // The reply is saved; a file that fails can be added again from the reply card.
    for (const f of files) {
      if (!f.originFileObj) continue;
      await uploadReplyFile(c.propertyId, id, f.originFileObj).catch((e: Error) =>
        toastError(t('cmp.reply.fileFailed', { name: f.name, message: e.message })),
      );
    }
    if (files.length) await qc.invalidateQueries({ queryKey: complaintKeys.detail(c.caseId) });
  };
  const submit = handleSubmit((v) =>
    run(() => send(v), {
      ask: { title: t('cmp.reply.ask'), content: t('cmp.reply.askText') },
      placeErrors: (e) =>
        applyServerErrors(e, setError, ['facts', 'finding', 'responsibleStaffId', 'measures']),
    }),
  );

  const mine = staff.data?.filter((s) => s.departmentId === c.departmentId) ?? [];
  const others = staff.data?.filter((s) => s.departmentId !== c.departmentId) ?? [];
  return (
    <StepModal
      title={t('cmp.act.reply')}
      okText={t('cmp.reply.submit')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      isPending={reply.isPending}
      error={error}
      width={640}
      testId="reply-modal"
    >
      <FormField
        control={control}
        name="facts"
        label={t('cmp.reply.facts')}
        required
        render={(f) => (
          <Input.TextArea {...f} autoSize={{ minRows: 3 }} autoFocus data-testid="reply-facts" />
        )}
      />
      <FormField
        control={control}
        name="finding"
        label={t('cmp.reply.finding')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            data-testid="reply-finding"
            options={responsibilityFindings.map((x) => ({ value: x, label: findingText(x, lang) }))}
          />
        )}
      />
      <FormField
        control={control}
        name="responsibleStaffId"
        label={t('cmp.reply.staff')}
        extra={t('cmp.reply.staffHint')}
        render={(f) => (
          <Select<number>
            id={f.id}
            allowClear
            value={f.value ?? undefined}
            onChange={(v) => f.onChange(v ?? null)}
            loading={staff.isLoading}
            placeholder={t('cmp.reply.staffPick')}
            showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
            options={[
              { label: c.departmentName ?? '', options: mine.map((s) => ({ value: s.id, label: s.name })) },
              {
                label: t('cmp.reply.otherStaff'),
                options: others.map((s) => ({ value: s.id, label: s.name })),
              },
            ]}
          />
        )}
      />
      <FormField
        control={control}
        name="measures"
        label={t('cmp.reply.measures')}
        required
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 3 }} data-testid="reply-measures" />}
      />
      <Upload
        accept="image/*,.pdf"
        multiple
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => setFiles(fileList)}
      >
        <Button icon={<UploadOutlined />} data-testid="reply-files">
          {t('cmp.reply.files')}
        </Button>
      </Upload>
    </StepModal>
  );
};
