import { Input } from 'antd';
import { useEffect, useState } from 'react';

const split = (text: string) =>
  text
    .split(/[,，;；、/]+/)
    .map((s) => s.trim())
    .filter(Boolean);

type Props = {
  id?: string;
  value?: string[];
  onChange: (v: string[]) => void;
  onBlur?: () => void;
  placeholder?: string;
};

/** Several phone numbers in one line, separated by commas; spaces inside a number are kept. */
export const PhonesInput = ({ id, value = [], onChange, onBlur, placeholder }: Props) => {
  const [text, setText] = useState(value.join('，'));
  // Follow a reset from outside, but not our own edits.
  useEffect(() => {
    setText((prev) => (split(prev).join('|') === value.join('|') ? prev : value.join('，')));
  }, [value]);
  return (
    <Input
      id={id}
      value={text}
      placeholder={placeholder}
      data-testid="person-phones"
      onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        onChange(split(e.target.value));
      }}
    />
  );
};
