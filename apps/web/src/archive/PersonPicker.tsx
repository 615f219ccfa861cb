import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { useDebounced } from '../shell/use-debounced';
import { useLookup } from './queries';

type Props = { id?: string; propertyId: number; value?: number; onChange: (id: number | undefined) => void };

/** Picks a person already in the archive, searched by name or phone through the lookup. */
export const PersonPicker = ({ id, propertyId, value, onChange }: Props) => {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const { data, isFetching } = useLookup(propertyId, q);
  const options = (data ?? [])
    .filter((r) => r.personId !== null)
    .map((r) => ({
      value: r.personId as number,
      label: `${r.personName ?? r.label}${r.rooms.length ? ` · ${r.rooms.map((x) => x.label).join('、')}` : ''}`,
    }));
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      loading={isFetching}
      placeholder={t('person.pickPlaceholder')}
      notFoundContent={q ? t('lookup.empty') : null}
      options={options}
    />
  );
};
