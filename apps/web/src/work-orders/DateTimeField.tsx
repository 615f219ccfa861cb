import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../i18n/i18n';

type Props = {
  id?: string;
  value?: string | null;
  onChange: (v: string | null) => void;
  onBlur?: () => void;
  testId?: string;
};

// Shown to the minute; a time typed with seconds (YYYY-MM-DD HH:mm:ss) is taken as typed.
const FORMATS = ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss'];

/** A future date and time (appointments, resume times) as an ISO instant; quick presets for the phone call. */
export const DateTimeField = ({ id, value, onChange, onBlur, testId }: Props) => {
  const t = useT();
  const preset = (label: string, at: () => Dayjs) => ({ label, value: at });
  return (
    <DatePicker
      id={id}
      data-testid={testId}
      showTime={{ format: 'HH:mm' }}
      format={FORMATS}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.toISOString() : null)}
      onBlur={onBlur}
      disabledDate={(d) => d.isBefore(dayjs(), 'day')}
      presets={[
        preset(t('time.in30'), () => dayjs().add(30, 'minute').second(0)),
        preset(t('time.in1h'), () => dayjs().add(1, 'hour').second(0)),
        preset(t('time.in2h'), () => dayjs().add(2, 'hour').second(0)),
        preset(t('time.tomorrow9'), () => dayjs().add(1, 'day').hour(9).minute(0).second(0)),
        preset(t('time.tomorrow14'), () => dayjs().add(1, 'day').hour(14).minute(30).second(0)),
      ]}
      style={{ width: '100%' }}
    />
  );
};
