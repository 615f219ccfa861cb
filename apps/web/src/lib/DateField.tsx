import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Props = {
  value?: string | null;
  onChange: (v: string | null) => void;
  onBlur?: () => void;
  disabledFuture?: boolean;
  id?: string;
};

/** A DatePicker over the API's 'YYYY-MM-DD' strings. */
export const DateField = ({ value, onChange, onBlur, disabledFuture = true, id }: Props) => (
  <DatePicker
    id={id}
    value={value ? dayjs(value) : null}
    onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
    onBlur={onBlur}
    disabledDate={disabledFuture ? (d) => d.isAfter(dayjs(), 'day') : undefined}
    style={{ width: '100%' }}
    format="YYYY-MM-DD"
  />
);
