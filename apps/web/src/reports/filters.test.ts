import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  lastMonth,
  monthBounds,
  periodProblem,
  queryString,
  readFilters,
  reportPrintUrl,
  reportXlsxUrl,
  resolveProperty,
  writeFilters,
} from './filters';

const read = (s: string, kind: Parameters<typeof readFilters>[1] = 'range', today = '2026-11-23') =>
  readFilters(new URLSearchParams(s), kind, today);

describe('report filters (issue 8 item 1: monthly reports, last month by default)', () => {
  it('last month rolls back over the new year', () => {
    expect(lastMonth('2026-11-23')).toBe('2026-10');
    expect(lastMonth('2027-01-05')).toBe('2026-12');
  });

  it('month bounds know leap years and 30-day months', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('an empty address means last month for the header’s property', () => {
    const f = read('');
    expect(f).toMatchObject({ mode: 'month', month: '2026-10', property: null, departmentId: null });
    expect(apiQuery(f, 'range', resolveProperty(f.property, 3, false))).toEqual({
      propertyId: '3',
      month: '2026-10',
    });
  });

  it('the company role reads all properties unless one is chosen (no propertyId sent)', () => {
    expect(resolveProperty(null, 1, true)).toBe('all');
    expect(resolveProperty(2, 1, true)).toBe(2);
    const f = read('property=all&month=2026-09');
    expect(apiQuery(f, 'range', resolveProperty(f.property, 1, false))).toEqual({ month: '2026-09' });
  });

  it('a from–to range and the department go to the API as they are', () => {
    const f = read('property=2&from=2026-09-01&to=2026-10-31&departmentId=7', 'feedback');
    expect(f.mode).toBe('range');
    expect(apiQuery(f, 'feedback', 2)).toEqual({
      propertyId: '2',
      from: '2026-09-01',
      to: '2026-10-31',
      departmentId: '7',
    });
    expect(periodProblem(f, 'feedback')).toBeNull();
  });

  it('the feedback report refuses more than two months, any report a reversed range', () => {
    const long = read('from=2026-08-01&to=2026-10-31', 'feedback');
    expect(periodProblem(long, 'feedback')).toBe('tooLong');
    expect(periodProblem(long, 'range')).toBeNull();
    expect(periodProblem(read('from=2026-10-05&to=2026-10-01'), 'range')).toBe('order');
  });

  it('the workload report takes a month only and no department', () => {
    const f = read('from=2026-09-01&to=2026-09-30&departmentId=4', 'month');
    expect(f.mode).toBe('month');
    expect(apiQuery(f, 'month', 1)).toEqual({ propertyId: '1', month: '2026-10' });
  });

  it('the contact register takes a day or a month (S0)', () => {
    const day = read('day=2026-11-02', 'dayOrMonth');
    expect(apiQuery(day, 'dayOrMonth', 1)).toEqual({ propertyId: '1', day: '2026-11-02' });
    expect(read('', 'dayOrMonth').day).toBe('2026-11-23');
    expect(apiQuery(read('from=2026-10-01&to=2026-10-02', 'dayOrMonth'), 'dayOrMonth', 1)).toEqual({
      propertyId: '1',
      month: '2026-10',
    });
  });

  it('bad values fall back to the defaults instead of reaching the server', () => {
    const f = read('month=2026-13&property=x&departmentId=-2');
    expect(f).toMatchObject({ month: '2026-10', property: null, departmentId: null });
  });

  it('writing and reading the address round-trips', () => {
    const f = read('property=all&from=2026-09-03&to=2026-10-02&departmentId=5');
    expect(read(writeFilters(f, 'range').toString())).toEqual(f);
    const m = read('month=2026-07');
    expect(writeFilters(m, 'range').toString()).toBe('month=2026-07');
  });

  it('the download and print links carry the same query in a stable order', () => {
    const q = { month: '2026-10', propertyId: '1', departmentId: '2' };
    expect(queryString(q)).toBe('departmentId=2&month=2026-10&propertyId=1');
    expect(reportXlsxUrl('work-orders', q)).toBe(
      '/api/reports/work-orders/report.xlsx?departmentId=2&month=2026-10&propertyId=1',
    );
    expect(reportPrintUrl('contact-register', { day: '2026-11-02' })).toBe(
      '/reports/contact-register/print?day=2026-11-02',
    );
  });
});
