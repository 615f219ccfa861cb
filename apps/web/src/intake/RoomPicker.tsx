import { Select } from 'antd';
import { useState } from 'react';
import { useLookup } from '../archive/queries';
import { useT } from '../i18n/i18n';
import { useDebounced } from '../shell/use-debounced';

type Props = {
  id?: string;
  propertyId: number;
  value: unknown;
  onChange: (roomId: number | null) => void;
};

/** A room of the archive, found by room code, owner name or phone through the lookup. */
export const RoomPicker = ({ id, propertyId, value, onChange }: Props) => {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const { data, isFetching } = useLookup(propertyId, q);
  const rooms = new Map<number, string>();
  for (const r of data ?? []) for (const room of r.rooms) rooms.set(room.id, room.label);
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={typeof value === 'number' ? value : undefined}
      onChange={(v) => onChange(v ?? null)}
      loading={isFetching}
      placeholder={t('case.pickRoom')}
      notFoundContent={q ? t('lookup.empty') : null}
      options={[...rooms].map(([v, label]) => ({ value: v, label }))}
    />
  );
};
