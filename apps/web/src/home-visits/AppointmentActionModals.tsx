import { CloseAppointmentInput, RescheduleAppointmentInput } from '@propdesk/domain';
import { Input, Segmented } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { DateTimeField } from '../work-orders/DateTimeField';
import { useHomeVisitWrite } from './queries';
import type { Appointment } from './types';

type Props = { appointment: Appointment | null; onClose: () => void };

/** 改约: the household asked for another time; the old one stays in the history. */
export const RescheduleModal = ({ appointment, onClose }: Props) => {
  const { t } = useI18n();
  const move = useHomeVisitWrite();
  return (
    <ModalForm
      title={`${t('hv.reschedule')} · ${appointment?.roomLabel ?? ''}`}
      open={appointment !== null}
      onClose={onClose}
      schema={RescheduleAppointmentInput}
      defaults={{ scheduledAt: undefined, reason: '' }}
      successText={t('hv.rescheduled.done')}
      onSubmit={(body) =>
        move.mutateAsync({ path: `/api/home-visits/appointments/${appointment!.id}/reschedule`, body })
      }
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="scheduledAt"
            label={t('hv.newTime')}
            required
            render={(f) => (
              <DateTimeField id={f.id} value={f.value ?? null} onChange={(v) => f.onChange(v ?? undefined)} />
            )}
          />
          <FormField
            control={control}
            name="reason"
            label={t('hv.rescheduleReason')}
            required
            render={(f) => <Input {...f} />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 未遇 or 取消: the appointment ends without a visit record, after a confirmation. */
export const CloseAppointmentModal = ({ appointment, onClose }: Props) => {
  const { t } = useI18n();
  const close = useHomeVisitWrite();
  return (
    <ModalForm
      title={`${t('hv.close')} · ${appointment?.roomLabel ?? ''}`}
      open={appointment !== null}
      onClose={onClose}
      schema={CloseAppointmentInput}
      defaults={{ outcome: 'notHome', reason: '' }}
      confirmText={() => t('hv.closeConfirm')}
      successText={t('hv.closed')}
      onSubmit={(body) =>
        close.mutateAsync({ path: `/api/home-visits/appointments/${appointment!.id}/close`, body })
      }
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="outcome"
            label={t('hv.outcome')}
            required
            render={(f) => (
              <Segmented
                value={f.value}
                onChange={f.onChange}
                options={[
                  { value: 'notHome', label: t('hv.outcome.notHome') },
                  { value: 'cancel', label: t('hv.outcome.cancel') },
                ]}
              />
            )}
          />
          <FormField
            control={control}
            name="reason"
            label={t('hv.closeReason')}
            required
            render={(f) => <Input {...f} data-testid="hv-close-reason" />}
          />
        </>
      )}
    </ModalForm>
  );
};
