import {
  contactMethods,
  ReturnVisitInput,
  type ReturnVisitSkipReason,
  returnVisitSkipReasons,
  SkipReturnVisitInput,
  satisfactionLevels,
  skipReasonRefusal,
} from '@propdesk/domain';
import { Input, Radio, Space } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { formResolver } from './form-resolver';
import { methodText, satisfactionText, skipReasonText } from './labels';
import { PastTimeField, StepModal } from './StepModal';
import { type StepProps as Props, useStep } from './use-step';

type VisitValues = { method: string; visitedAt: string | null; opinion: string; satisfaction: string };
const visitBody = (v: VisitValues) => ({ ...v, visitedAt: v.visitedAt ?? undefined });

/** S2 投诉回访: the supervisor's return visit; the complaint closes. */
export const ReturnVisitModal = (p: Props) => {
  const { t, lang } = useI18n();
  const { form, step, runner, send } = useStep<VisitValues>(p, {
    path: 'return-visit',
    resolver: formResolver(ReturnVisitInput, visitBody),
    defaults: () => ({
      method: 'phone',
      visitedAt: new Date().toISOString(),
      opinion: '',
      satisfaction: 'satisfied',
    }),
    body: (v) => ReturnVisitInput.parse(visitBody(v)),
  });
  const submit = form.handleSubmit((v) =>
    send(v, { title: t('cmp.visit.ask'), content: t('cmp.visit.askText') }, ['opinion', 'visitedAt']),
  );
  return (
    <StepModal
      title={t('cmp.act.returnVisit')}
      open={p.open}
      onCancel={p.onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={runner.error}
      testId="visit-modal"
    >
      <FormField
        control={form.control}
        name="method"
        label={t('cmp.visit.method')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={contactMethods.map((m) => ({ value: m, label: methodText(m, lang) }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="visitedAt"
        label={t('cmp.visit.at')}
        required
        render={(f) => <PastTimeField id={f.id} value={f.value} onChange={f.onChange} />}
      />
      <FormField
        control={form.control}
        name="opinion"
        label={t('cmp.visit.opinion')}
        required
        render={(f) => (
          <Input.TextArea {...f} autoSize={{ minRows: 2 }} autoFocus data-testid="visit-opinion" />
        )}
      />
      <FormField
        control={form.control}
        name="satisfaction"
        label={t('cmp.visit.satisfaction')}
        required
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={satisfactionLevels.map((s) => ({ value: s, label: satisfactionText(s, lang) }))}
          />
        )}
      />
    </StepModal>
  );
};

type SkipValues = { reason: ReturnVisitSkipReason | null; note: string };
const skipBody = (v: SkipValues) => ({ reason: v.reason ?? undefined, note: v.note });

/** S2 投诉回访 ①②③: no return visit, for one of the seed's three reasons only; the others are greyed out. */
export const SkipReturnVisitModal = (p: Props) => {
  const { t, lang } = useI18n();
  const facts = {
    immediateMode: p.c.immediateMode,
    onSpotSatisfied: p.c.onSpotSatisfied,
    anonymous: p.c.anonymous,
    callerPhone: p.c.callerPhone,
  };
  const { form, step, runner, send } = useStep<SkipValues>(p, {
    path: 'return-visit-skip',
    resolver: formResolver(SkipReturnVisitInput, skipBody, {}, { reason: t('cmp.skip.pick') }),
    defaults: () => ({
      reason: returnVisitSkipReasons.find((r) => skipReasonRefusal(r, facts) === null) ?? null,
      note: '',
    }),
    body: (v) => SkipReturnVisitInput.parse(skipBody(v)),
  });
  const submit = form.handleSubmit((v) =>
    send(v, { title: t('cmp.skip.ask'), content: v.reason ? skipReasonText(v.reason, lang) : '' }, [
      'reason',
      'note',
    ]),
  );
  return (
    <StepModal
      title={t('cmp.act.skipReturnVisit')}
      open={p.open}
      onCancel={p.onClose}
      onOk={() => void submit()}
      isPending={step.isPending}
      error={runner.error}
      testId="skip-modal"
    >
      <FormField
        control={form.control}
        name="reason"
        label={t('cmp.skip.reason')}
        required
        render={(f) => (
          <Radio.Group id={f.id} value={f.value} onChange={(e) => f.onChange(e.target.value)}>
            <Space orientation="vertical">
              {returnVisitSkipReasons.map((r) => {
                const refusal = skipReasonRefusal(r, facts);
                return (
                  <Radio key={r} value={r} disabled={refusal !== null} title={refusal ?? undefined}>
                    {skipReasonText(r, lang)}
                    {refusal && <span style={{ color: '#999', fontSize: 12 }}>（{refusal}）</span>}
                  </Radio>
                );
              })}
            </Space>
          </Radio.Group>
        )}
      />
      <FormField
        control={form.control}
        name="note"
        label={t('cmp.skip.note')}
        required
        render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} data-testid="skip-note" />}
      />
    </StepModal>
  );
};
