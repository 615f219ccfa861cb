import { describe, expect, it } from 'vitest';
import { emptyDesk, newKey, phoneDigitsOf, toInput, validateDesk } from './desk-form';

const known = { ...emptyDesk(), roomId: 7, personId: 3, callerName: '王建华', callerPhone: '13912345678' };

describe('desk form → RegisterContactInput (DOMAIN.md §3)', () => {
  it('a repair for a known caller becomes a dispatch registration (S1 报修)', () => {
    const { input, errors } = validateDesk(
      { ...known, type: 'repair', mode: 'dispatch', summary: '厨房水管漏水' },
      1,
    );
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      type: 'repair',
      channel: 'call',
      roomId: 7,
      resolution: { mode: 'dispatch' },
    });
  });

  it('asks for a type, and for an answer when a 咨询 is answered on the spot (S0 4.2.1)', () => {
    expect(validateDesk({ ...known, summary: '询问' }, 1).errors.type).toBe('请选择类型');
    const { errors } = validateDesk({ ...known, type: 'inquiry', mode: 'answered', summary: '询问缴费' }, 1);
    expect(errors.answer).toBe('请填写答复内容');
  });

  it('an unknown caller needs a name and a phone; the message sits on the name field', () => {
    const { errors } = validateDesk(
      { ...emptyDesk(), type: 'repair', mode: 'dispatch', summary: '门锁坏了' },
      1,
    );
    expect(errors.callerName).toBe('未知来电人请填写姓名和电话');
  });

  it('a transfer needs a department; a praise needs the praised staff member (S0 3.3.3)', () => {
    const base = { ...known, summary: '内容不少于两字' };
    expect(validateDesk({ ...base, type: 'help', mode: 'transfer' }, 1).errors.departmentId).toBe(
      '请选择转交部门',
    );
    expect(validateDesk({ ...base, type: 'praise', mode: 'praise' }, 1).errors.praisedStaffId).toBe(
      '请选择被表扬员工',
    );
    expect(toInput({ ...base, type: 'help', mode: 'transfer', departmentId: 4 }, 1).resolution).toEqual({
      mode: 'transfer',
      departmentId: 4,
    });
  });

  it('adding to an open case sends the case id and needs no type or routing', () => {
    const { input, errors } = validateDesk({ ...known, caseId: 9, summary: '再次来电催促' }, 1);
    expect(errors).toEqual({});
    expect(input).toMatchObject({ caseId: 9, resolution: { mode: 'pending' } });
  });

  it('every form gets its own idempotency key in UUID form', () => {
    const a = newKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newKey()).not.toBe(a);
    expect(emptyDesk().idempotencyKey).not.toBe(emptyDesk().idempotencyKey);
  });

  it('reads phone digits for the caller history only from 4 digits up', () => {
    expect(phoneDigitsOf('139 1234 5678')).toBe('13912345678');
    expect(phoneDigitsOf('123')).toBeNull();
  });
});
