import { Select } from 'antd';
import { useState } from 'react';
import { useLookup } from '../archive/queries';
import { useT } from '../i18n/i18n';
import { useDebounced } from '../shell/use-debounced';

type Props = {
  id?: string;
  propertyId: number | null;
  value: unknown;
  onChange: (roomId: number | null, label: string | null) => void;
  /** The label of a room chosen before (e.g. from the record the form was opened on). */
  initialLabel?: string | null;
  autoFocus?: boolean;
  testId?: string;
};

/** A room of the archive, found by room code (3-2-501), owner name or phone. */
export const RoomPicker = ({ id, propertyId, value, onChange, initialLabel, autoFocus, testId }: Props) => {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const { data, isFetching } = useLookup(propertyId, q);
  const rooms = new Map<number, string>();
  if (typeof value === 'number' && initialLabel) rooms.set(value, initialLabel);
  for (const r of data ?? []) for (const room of r.rooms) rooms.set(room.id, room.label);
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      autoFocus={autoFocus}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={typeof value === 'number' ? value : undefined}
      onChange={(v) => onChange(v ?? null, v ? (rooms.get(v) ?? null) : null)}
      loading={isFetching}
      placeholder={t('reg.pickRoom')}
      notFoundContent={q ? t('lookup.empty') : null}
      options={[...rooms].map(([v, label]) => ({ value: v, label }))}
    />
  );
};
