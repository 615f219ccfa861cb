import { maskIdNumber, phoneDigits } from './phone.js';

/**
 * Cell readers for the archive import (issue 2 item 5). Each takes the cell as text and
 * returns the value or a reason in Chinese; the caller adds the row number and column.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

/** Full-width digits, letters and punctuation to half-width; trims. */
export const toHalfWidth = (s: string) =>
  s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const isRealDate = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** Excel's day 0 is 1899-12-30 (it counts the phantom 1900-02-29). */
const fromExcelSerial = (serial: number) => {
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/**
 * Reads a date as a front desk types it: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日,
 * 20240301, or an Excel day number (a date cell saved without a date format).
 * Dates after `today` (YYYY-MM-DD) or before 1950 are refused.
 */
export const parseImportDate = (raw: string, today: string): CellResult<string> => {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  let out: string | null = null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isRealDate(y, mo, d)) out = isoDate(y, mo, d);
  } else if (/^\d{5}(\.0+)?$/.test(s)) {
    out = fromExcelSerial(Math.floor(Number(s)));
  }
  if (!out) return bad('不是有效日期（应为 2024-03-01 这样的格式）');
  if (out < '1950-01-01') return bad('早于 1950 年，请检查');
  if (out > today) return bad('晚于今天');
  return ok(out);
};

/** Yuan as typed (¥1,234.50 / 1234.5元) to integer cents, never through float multiplication. */
export const parseYuanToCents = (raw: string): CellResult<number> => {
  const s = toHalfWidth(raw).replace(/[¥￥,\s]|元$/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return bad('不是有效金额');
  const frac = m[2] ?? '';
  let cents: number;
  if (frac.length <= 2) {
    cents = Number(m[1]) * 100 + Number(frac.padEnd(2, '0'));
  } else {
    // A formula result such as 1234.5600000000002: accept only if it really is whole cents.
    const n = Number(s);
    const rounded = Math.round(n * 100);
    if (Math.abs(n * 100 - rounded) > 1e-6) return bad('最多两位小数');
    cents = rounded;
  }
  if (cents > 10_000_000_000) return bad('超出合理范围');
  return ok(cents);
};

/** A whole number in a range; accepts a trailing unit such as 个月 / 层. */
export const parseWholeNumber = (
  raw: string,
  opts: { min: number; max: number; unit?: RegExp },
): CellResult<number> => {
  let s = toHalfWidth(raw).replace(/\s+/g, '');
  if (opts.unit) s = s.replace(opts.unit, '');
  if (!/^-?\d+(\.0+)?$/.test(s)) return bad('应为整数');
  const n = Math.trunc(Number(s));
  if (n < opts.min || n > opts.max) return bad(`应在 ${opts.min}–${opts.max} 之间`);
  return ok(n);
};

/** Area in m² with up to two decimals. */
export const parseArea = (raw: string): CellResult<number> => {
  const s = toHalfWidth(raw).replace(/\s+|㎡|m2|平方米|平米$/gi, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return bad('应为数字，最多两位小数');
  const n = Number(s);
  if (n <= 0 || n >= 100_000) return bad('超出合理范围');
  return ok(n);
};

const PHONE_SEPARATORS = /[/;,、\n]+/;

const checkPhone = (part: string): string | null => {
  const digits = phoneDigits(part.replace(/^\s*(\+86|0086)(?=\s*1)/, ''));
  const isOk = digits.startsWith('1')
    ? /^1[3-9]\d{9}$/.test(digits)
    : /^(0\d{9,11}|[2-9]\d{6,7})$/.test(digits);
  return isOk ? digits : null;
};

/**
 * Splits a cell holding several numbers (138…/139…, ；, ，, 、, or spaces between whole
 * numbers) and checks each: a number starting with 1 must be an 11-digit mobile; otherwise a
 * landline with or without area code (020-8888 6600). Returns digits only, without duplicates.
 */
export const parsePhones = (raw: string): CellResult<string[]> => {
  const out: string[] = [];
  for (const part of toHalfWidth(raw).split(PHONE_SEPARATORS)) {
    const text = part.trim();
    if (!text) continue;
    const whole = checkPhone(text);
    const pieces = whole ? [whole] : text.split(/\s+/).map(checkPhone);
    if (pieces.length === 0 || pieces.some((p) => p === null)) return bad(`“${text}”格式不正确`);
    for (const p of pieces as string[]) if (!out.includes(p)) out.push(p);
  }
  return ok(out);
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check character of an 18-character resident ID. */
export const isValidResidentId = (id: string) => {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
};

/**
 * Checks an ID number and returns only its masked form: the full number is never stored
 * (DOMAIN.md §2 archive; maskIdNumber). Accepts resident IDs (18 with check character, or the
 * old 15 digits), passports and other permits, and numbers already masked (a re-import of an
 * export). Reasons show the masked form, never the number.
 */
export const parseIdNumber = (raw: string): CellResult<string> => {
  const s = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (/^\d(\.\d+)?E\+\d+$/.test(s)) return bad(`“${s}”被 Excel 存成了数字，请把该列设为“文本”后重新填写`);
  if (s.includes('*')) {
    return /^[0-9A-Z]{0,6}\*+[0-9A-Z]{0,4}$/.test(s) ? ok(s) : bad(`“${maskIdNumber(s)}”格式不正确`);
  }
  if (/^\d{17}[\dX]$/.test(s)) {
    if (!isValidResidentId(s))
      return bad(`“${maskIdNumber(s)}”校验位不正确（若从 Excel 数字列复制，末几位可能已丢失）`);
    return ok(maskIdNumber(s));
  }
  if (/^\d{15}$/.test(s) || /^[0-9A-Z()-]{5,20}$/.test(s)) return ok(maskIdNumber(s));
  return bad(`“${maskIdNumber(s)}”格式不正确`);
};
