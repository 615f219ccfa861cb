import { AmendPetitionInput, PetitionReplyInput, petitionAmendableFields } from '@propdesk/domain';
import { Alert, Input, Select } from 'antd';
import { useI18n } from '../i18n/i18n';
import { FormField, optionalText } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { usePetitionWrite } from './queries';
import type { PetitionDetail } from './types';

type Props = { petition: PetitionDetail; open: boolean; onClose: () => void };

/** 答复: the formal written reply, saved once (S0 关于反映…问题的答复). */
export const ReplyModal = ({ petition: p, open, onClose }: Props) => {
  const { t } = useI18n();
  const reply = usePetitionWrite<PetitionReplyInput>();
  return (
    <ModalForm
      title={`${t('pet.replyWrite')} · ${p.number}`}
      open={open}
      onClose={onClose}
      width={680}
      schema={PetitionReplyInput}
      defaults={{ subject: '', addressee: `${p.callerName}同志`, body: '' }}
      confirmText={() => t('pet.replyConfirm')}
      onSubmit={(body) => reply.mutateAsync({ path: `/api/petitions/${p.id}/reply`, body })}
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="subject"
            label={t('pet.subject')}
            required
            render={(f) => <Input {...f} data-testid="reply-subject" />}
          />
          <FormField
            control={control}
            name="addressee"
            label={t('pet.addressee')}
            required
            render={(f) => <Input {...f} />}
          />
          <FormField
            control={control}
            name="body"
            label={t('pet.body')}
            required
            render={(f) => <Input.TextArea {...f} rows={8} data-testid="reply-body" />}
          />
        </>
      )}
    </ModalForm>
  );
};

const fieldKey = {
  address: 'pet.address',
  subject: 'pet.subject',
  addressee: 'pet.addressee',
  body: 'pet.body',
} as const;

/** 更正 (S4 4.3): the old value, the reason and the author stay in the history. */
export const AmendPetitionModal = ({ petition: p, open, onClose }: Props) => {
  const { t } = useI18n();
  const amend = usePetitionWrite<AmendPetitionInput>();
  const fields = petitionAmendableFields.filter((f) => f === 'address' || p.repliedAt);
  return (
    <ModalForm
      title={`${t('pet.amend')} · ${p.number}`}
      open={open}
      onClose={onClose}
      width={640}
      schema={AmendPetitionInput}
      defaults={{ field: 'address', value: p.address, reason: '' }}
      onSubmit={(body) => amend.mutateAsync({ path: `/api/petitions/${p.id}/amendments`, body })}
      successText={t('pet.amended')}
    >
      {({ control, watch, setValue }) => (
        <>
          <FormField
            control={control}
            name="field"
            label={t('pet.amendField')}
            required
            render={(f) => (
              <Select<(typeof petitionAmendableFields)[number]>
                id={f.id}
                value={f.value as (typeof petitionAmendableFields)[number]}
                onChange={(v) => {
                  f.onChange(v);
                  setValue('value', p[v] ?? null);
                }}
                options={fields.map((k) => ({ value: k, label: t(fieldKey[k]) }))}
              />
            )}
          />
          <FormField
            control={control}
            name="value"
            label={t('pet.amendValue')}
            render={(f) => (
              <Input.TextArea id={f.id} rows={watch('field') === 'body' ? 8 : 2} {...optionalText(f)} />
            )}
          />
          <FormField
            control={control}
            name="reason"
            label={t('pet.amendReason')}
            required
            render={(f) => <Input {...f} />}
          />
          <Alert type="info" showIcon title={t('hv.amend.note')} />
        </>
      )}
    </ModalForm>
  );
};
