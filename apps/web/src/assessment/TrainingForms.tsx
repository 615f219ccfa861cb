import {
  attendanceStatuses,
  CreateTrainingPlanInput,
  CreateTrainingSessionInput,
  RecordAttendanceInput,
  SignOffTrainingInput,
} from '@propdesk/domain';
import { Alert, DatePicker, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../lib/DateField';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { label } from './labels';
import { useStaffOptions } from './queries';
import {
  type TrainingPlanDetail,
  type TrainingPlanView,
  useAddSession,
  useCreatePlan,
  useRecordAttendance,
  useSignOff,
  useUpdatePlan,
} from './queries-training';

type Open = { open: boolean; onClose: () => void };
type Session = TrainingPlanDetail['sessions'][number];

/** An instant to the minute, kept as the API's ISO string (sessions may be recorded after the fact). */
const InstantField = ({
  id,
  value,
  onChange,
}: {
  id: string;
  value: unknown;
  onChange: (v: string | null) => void;
}) => (
  <DatePicker
    id={id}
    showTime={{ format: 'HH:mm' }}
    format="YYYY-MM-DD HH:mm"
    value={typeof value === 'string' && value ? dayjs(value) : null}
    onChange={(d) => onChange(d ? d.second(0).toISOString() : null)}
    style={{ width: '100%' }}
  />
);

/** 培训计划 (S2 培训实施作业规程 3.2): drafted by the assistant; an edit of a rejected plan makes it a draft again. */
export const PlanFormModal = ({
  open,
  onClose,
  propertyId,
  plan,
}: Open & { propertyId: number; plan?: TrainingPlanView }) => {
  const t = useI18n().t;
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const staff = useStaffOptions(propertyId);
  return (
    <ModalForm
      title={plan ? t('asm.tr.editPlan') : t('asm.tr.newPlan')}
      open={open}
      onClose={onClose}
      width={640}
      schema={CreateTrainingPlanInput}
      defaults={{
        propertyId,
        title: plan?.title ?? '',
        content: plan?.content ?? '',
        startDate: plan?.startDate ?? '',
        endDate: plan?.endDate ?? '',
        traineeIds: plan?.trainees.map((x) => x.staffId) ?? [],
      }}
      onSubmit={({ propertyId: _p, ...v }) =>
        plan ? update.mutateAsync({ ...v, id: plan.id }) : create.mutateAsync({ ...v, propertyId })
      }
      successText={plan ? t('common.saved') : t('asm.tr.planSaved')}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="title"
            label={t('asm.tr.planTitle')}
            required
            render={(f) => <Input {...f} maxLength={100} autoFocus />}
          />
          <FormField
            control={control}
            name="content"
            label={t('asm.tr.content')}
            required
            render={(f) => <Input.TextArea {...f} rows={4} maxLength={4000} />}
          />
          <FormField
            control={control}
            name="startDate"
            label={t('asm.tr.startDate')}
            required
            render={(f) => (
              <DateField id={f.id} value={f.value} onChange={f.onChange} disabledFuture={false} />
            )}
          />
          <FormField
            control={control}
            name="endDate"
            label={t('asm.tr.endDate')}
            required
            render={(f) => (
              <DateField id={f.id} value={f.value} onChange={f.onChange} disabledFuture={false} />
            )}
          />
          <FormField
            control={control}
            name="traineeIds"
            label={t('asm.tr.trainees')}
            required
            render={(f) => (
              <Select
                id={f.id}
                mode="multiple"
                value={f.value}
                onChange={f.onChange}
                optionFilterProp="label"
                loading={staff.isLoading}
                options={(staff.data ?? []).map((s) => ({
                  value: s.id,
                  label: s.certifiedForDuty ? s.name : `${s.name}（${t('asm.tr.notCertified')}）`,
                }))}
                placeholder={t('asm.pickStaff')}
              />
            )}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 安排培训: topic, time, place, trainer of one session of an approved plan. */
export const SessionModal = ({ open, onClose, planId }: Open & { planId: number }) => {
  const t = useI18n().t;
  const add = useAddSession();
  return (
    <ModalForm
      title={t('asm.tr.addSession')}
      open={open}
      onClose={onClose}
      schema={CreateTrainingSessionInput}
      defaults={{ topic: '', startsAt: '', endsAt: '', location: '', trainer: '' }}
      onSubmit={(v) => add.mutateAsync({ ...v, planId })}
      successText={t('asm.tr.sessionSaved')}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="topic"
            label={t('asm.tr.topic')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
          <FormField
            control={control}
            name="startsAt"
            label={t('asm.tr.startsAt')}
            required
            render={(f) => <InstantField id={f.id} value={f.value} onChange={f.onChange} />}
          />
          <FormField
            control={control}
            name="endsAt"
            label={t('asm.tr.endsAt')}
            required
            render={(f) => <InstantField id={f.id} value={f.value} onChange={f.onChange} />}
          />
          <FormField
            control={control}
            name="location"
            label={t('asm.tr.location')}
            render={(f) => <Input {...f} value={f.value ?? ''} />}
          />
          <FormField
            control={control}
            name="trainer"
            label={t('asm.tr.trainer')}
            required
            render={(f) => <Input {...f} />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 出勤: each trainee present, late, absent or excused; a later entry corrects, with history. */
export const AttendanceModal = ({
  open,
  onClose,
  session,
  trainees,
}: Open & { session: Session | null; trainees: { staffId: number; staffName: string }[] }) => {
  const { t, lang } = useI18n();
  const record = useRecordAttendance();
  const current = (id: number) => session?.attendance.find((a) => a.staffId === id)?.status ?? 'present';
  return (
    <ModalForm
      title={t('asm.tr.attendanceTitle', { topic: session?.topic ?? '' })}
      open={open}
      onClose={onClose}
      schema={RecordAttendanceInput}
      defaults={{ records: trainees.map((x) => ({ staffId: x.staffId, status: current(x.staffId) })) }}
      onSubmit={(v) => record.mutateAsync({ ...v, sessionId: session?.id ?? 0 })}
      successText={t('common.saved')}
    >
      {({ control }) => (
        <>
          {trainees.map((x, i) => (
            <FormField
              key={x.staffId}
              control={control}
              name={`records.${i}.status`}
              label={x.staffName}
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  options={attendanceStatuses.map((s) => ({ value: s, label: label(lang, 'attendance', s) }))}
                />
              )}
            />
          ))}
        </>
      )}
    </ModalForm>
  );
};

/** 签字确认独立上岗 (S0 3.1.6): from now on the person may take customer calls. */
export const SignOffModal = ({
  open,
  onClose,
  propertyId,
  planId,
  trainee,
}: Open & { propertyId: number; planId: number; trainee: { staffId: number; staffName: string } | null }) => {
  const t = useI18n().t;
  const signOff = useSignOff();
  return (
    <ModalForm
      title={t('asm.tr.signOffTitle', { name: trainee?.staffName ?? '' })}
      open={open}
      onClose={onClose}
      schema={SignOffTrainingInput}
      defaults={{ propertyId, planId, staffId: trainee?.staffId ?? 0, note: '' }}
      onSubmit={(v) => signOff.mutateAsync(v)}
      okText={t('asm.tr.signOff')}
      successText={t('asm.tr.signedOff')}
      intro={<Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('asm.tr.signOffIntro')} />}
    >
      {({ control }) => (
        <FormField
          control={control}
          name="note"
          label={t('asm.tr.signOffNote')}
          required
          render={(f) => <Input.TextArea {...f} rows={3} maxLength={500} autoFocus />}
        />
      )}
    </ModalForm>
  );
};
