import { describe, expect, it } from 'vitest';
import { hourText, minutesText, pctText, sumOf, yuanText } from './format';

describe('report figures (issue 8 item 1: rates, average times, fees)', () => {
  it('shows shares as percentages and a dash when nothing was counted', () => {
    expect(pctText(0.593)).toBe('59.3%');
    expect(pctText(1)).toBe('100.0%');
    expect(pctText(0.98845)).toBe('98.8%');
    expect(pctText(null)).toBe('—');
  });

  it('shows minutes with one decimal', () => {
    expect(minutesText(38.25)).toBe('38.3');
    expect(minutesText(3)).toBe('3.0');
    expect(minutesText(null)).toBe('—');
  });

  it('shows cents as yuan with separators', () => {
    expect(yuanText(97500)).toBe('975.00');
    expect(yuanText(123456789)).toBe('1,234,567.89');
    expect(yuanText(5)).toBe('0.05');
  });

  it('labels hours and sums columns', () => {
    expect(hourText(9)).toBe('09时');
    expect(hourText(null)).toBe('—');
    expect(sumOf([{ n: 2 }, { n: 5 }], (r) => r.n)).toBe(7);
  });
});
