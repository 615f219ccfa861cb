import { DatePicker } from 'antd';
import dayjs from 'dayjs';

type Props = {
  id?: string;
  value?: string | null | undefined;
  onChange: (v: string | undefined) => void;
  placeholder?: string;
  testId?: string;
};

/** A time that has already happened (the call, the visit); empty means now, as the server takes it. */
export const PastTimeField = ({ id, value, onChange, placeholder, testId }: Props) => (
  <DatePicker
    id={id}
    data-testid={testId}
    showTime={{ format: 'HH:mm' }}
    format="YYYY-MM-DD HH:mm"
    value={value ? dayjs(value) : null}
    onChange={(d) => onChange(d ? d.toISOString() : undefined)}
    disabledDate={(d) => d.isAfter(dayjs(), 'day')}
    placeholder={placeholder}
    style={{ width: '100%' }}
  />
);
