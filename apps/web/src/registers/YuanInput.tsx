import { InputNumber } from 'antd';

type Props = {
  id?: string;
  value: unknown;
  onChange: (cents: number | null) => void;
  onBlur?: () => void;
  testId?: string;
};

/** Money typed in yuan (with 角/分) and kept in cents, as the API stores it. */
export const YuanInput = ({ id, value, onChange, onBlur, testId }: Props) => (
  <InputNumber<number>
    id={id}
    data-testid={testId}
    value={typeof value === 'number' ? value / 100 : null}
    onChange={(v) => onChange(v === null ? null : Math.round(v * 100))}
    onBlur={onBlur}
    min={0}
    precision={2}
    prefix="¥"
    style={{ width: '100%' }}
  />
);
