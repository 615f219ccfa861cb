import { describe, expect, it } from 'vitest';
import { isPlausiblePhone, maskIdNumber, phoneGrams } from './phone.js';

describe('phone lookup index (issue 2 item 6: any run of 4 or more digits)', () => {
  it('indexes every 4-digit run once', () => {
    expect(phoneGrams('138-0013')).toEqual(['1380', '3800', '8001', '0013']);
    expect(phoneGrams('1111111')).toEqual(['1111']);
    expect(phoneGrams('123')).toEqual([]);
  });
  it('recognises mobile and landline numbers', () => {
    expect(isPlausiblePhone('138 0013 8000')).toBe(true);
    expect(isPlausiblePhone('020-88886600')).toBe(true);
    expect(isPlausiblePhone('1380013')).toBe(true);
    expect(isPlausiblePhone('12345')).toBe(false);
    expect(isPlausiblePhone('23800138000')).toBe(false);
  });
});

describe('masked ID numbers (issue 2 item 5: only the masked form is kept)', () => {
  it('keeps the first and last 4 characters', () => {
    expect(maskIdNumber('440106199001011234')).toBe('4401**********1234');
    expect(maskIdNumber('44010619900101123x')).toBe('4401**********123X');
  });
  it('masks short numbers entirely and leaves masked ones alone', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('4401**********1234')).toBe('4401**********1234');
  });
});
