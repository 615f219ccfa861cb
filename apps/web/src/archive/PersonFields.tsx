import { Input } from 'antd';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useT } from '../i18n/i18n';
import { FormField, optionalText } from '../lib/form';
import { PhonesInput } from './PhonesInput';

type Props<T extends FieldValues> = {
  control: Control<T>;
  /** '' for a person form, 'person.' inside a move-in or transfer form. */
  prefix: '' | 'person.';
  /** The masked ID number on file, shown when editing. */
  idOnFile?: string | null;
};

/** Name, phones, ID number and note: the fields of NewPersonInput / UpdatePersonInput. */
export const PersonFields = <T extends FieldValues>({ control, prefix, idOnFile }: Props<T>) => {
  const t = useT();
  const at = (name: string) => `${prefix}${name}` as FieldPath<T>;
  return (
    <>
      <FormField
        control={control}
        name={at('name')}
        label={t('person.name')}
        required
        render={(f) => <Input {...f} value={f.value ?? ''} />}
      />
      <FormField
        control={control}
        name={at('phones')}
        label={t('person.phones')}
        extra={t('person.phonesHint')}
        render={(f) => (
          <PhonesInput
            id={f.id}
            value={f.value ?? []}
            onChange={f.onChange}
            onBlur={f.onBlur}
            placeholder={t('person.phonesPlaceholder')}
          />
        )}
      />
      <FormField
        control={control}
        name={at('idNumber')}
        label={t('person.idNumber')}
        extra={idOnFile ? t('person.idOnFile', { id: idOnFile }) : t('person.idHint')}
        render={(f) => (
          <Input
            id={f.id}
            value={f.value ?? ''}
            onChange={(e) => f.onChange(e.target.value.trim() ? e.target.value : undefined)}
            onBlur={f.onBlur}
            autoComplete="off"
          />
        )}
      />
      <FormField
        control={control}
        name={at('note')}
        label={t('person.note')}
        render={(f) => <Input.TextArea id={f.id} {...optionalText(f)} rows={2} />}
      />
    </>
  );
};
