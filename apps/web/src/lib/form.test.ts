import { describe, expect, it } from 'vitest';
import { optionalText } from './form';

describe('optionalText: an optional text field in a text box', () => {
  it('shows null as an empty box and keeps typed text', () => {
    const seen: (string | null)[] = [];
    const box = optionalText({ value: null, onChange: (v) => seen.push(v) });
    expect(box.value).toBe('');
    box.onChange({ target: { value: '粤A12345' } });
    expect(seen).toEqual(['粤A12345']);
    expect(optionalText({ value: '1栋', onChange: () => {} }).value).toBe('1栋');
  });

  it('saves an emptied box as null, never as an empty string', () => {
    const seen: (string | null)[] = [];
    optionalText({ value: 'x', onChange: (v) => seen.push(v) }).onChange({ target: { value: '' } });
    expect(seen).toEqual([null]);
  });
});
