import { describe, expect, it } from 'vitest';
import {
  intakeProfileOf,
  letterDate,
  petitionCaseTypes,
  petitionNumber,
  petitionResolution,
  petitionVisitCount,
  RegisterPetitionInput,
  replyTitle,
  sameCallerCriteria,
} from './petitions.js';
import { routeContact } from './routing.js';

const base = {
  propertyId: 1,
  idempotencyKey: 'key-12345678',
  channel: 'visit',
  kind: 'individual',
  headcount: 1,
  callerName: '侯东风',
  callerPhone: '13900001111',
  summary: '反映小区路灯长期不亮',
};

describe('群众来信来访登记表 (S0)', () => {
  it('the profile setting is 1 for the petition form, anything else the desk form', () => {
    expect(intakeProfileOf(1)).toBe('petition');
    expect(intakeProfileOf(0)).toBe('standard');
    expect(intakeProfileOf(7)).toBe('standard');
  });
  it('信访编号 carries the property, XF and the year: HYXF2026-0002 (the seed numbers 002)', () => {
    expect(petitionNumber('HY', 2026, 2)).toBe('HYXF2026-0002');
  });
  it('信访类型: 个体 is one person, 集体 at least two', () => {
    expect(RegisterPetitionInput.safeParse(base).success).toBe(true);
    const two = RegisterPetitionInput.safeParse({ ...base, headcount: 2 });
    expect(two.success).toBe(false);
    expect(two.error?.issues[0]?.path).toEqual(['headcount']);
    expect(RegisterPetitionInput.safeParse({ ...base, kind: 'collective', headcount: 1 }).success).toBe(
      false,
    );
    expect(RegisterPetitionInput.safeParse({ ...base, kind: 'collective', headcount: 12 }).success).toBe(
      true,
    );
  });
  it('a petition is a letter or a visit (来信来访), never a call', () => {
    expect(RegisterPetitionInput.safeParse({ ...base, channel: 'call' }).success).toBe(false);
    expect(RegisterPetitionInput.safeParse({ ...base, channel: 'letter' }).success).toBe(true);
  });
  it('住址 or a phone is needed to reach the petitioner with the reply', () => {
    const r = RegisterPetitionInput.safeParse({ ...base, callerPhone: null });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['address']);
    expect(
      RegisterPetitionInput.safeParse({ ...base, callerPhone: null, address: '华苑路 88 号' }).success,
    ).toBe(true);
  });
  it('every petition class routes without more input from the desk (S0 4.2)', () => {
    for (const type of petitionCaseTypes)
      expect(routeContact(type, petitionResolution(type), 'normal').ok, type).toBe(true);
    expect(petitionResolution('suggestion')).toEqual({ mode: 'report' });
  });
});

describe('信访次数: how many times this person has come', () => {
  it('earlier visits are found by archive person or phone digits when known', () => {
    expect(
      sameCallerCriteria({ personId: 5, callerPhone: '139-0000 1111', callerName: '侯东风', roomId: null }),
    ).toEqual({ by: 'known', personId: 5, phone: '13900001111' });
    expect(
      sameCallerCriteria({ personId: null, callerPhone: '13900001111', callerName: 'x', roomId: 3 }),
    ).toEqual({
      by: 'known',
      personId: null,
      phone: '13900001111',
    });
  });
  it('only a name (and room) when nothing else is known; nothing at all finds nothing', () => {
    expect(
      sameCallerCriteria({ personId: null, callerPhone: null, callerName: ' 侯东风 ', roomId: 9 }),
    ).toEqual({
      by: 'name',
      name: '侯东风',
      roomId: 9,
    });
    expect(
      sameCallerCriteria({ personId: null, callerPhone: null, callerName: '', roomId: null }),
    ).toBeNull();
  });
  it('the first visit is 1, the third after two earlier is 3', () => {
    expect(petitionVisitCount(0)).toBe(1);
    expect(petitionVisitCount(2)).toBe(3);
  });
});

describe('答复 as a letter (S0 关于反映…问题的答复)', () => {
  it('the title follows the seed however the subject was typed', () => {
    expect(replyTitle('取暖费')).toBe('关于反映取暖费问题的答复');
    expect(replyTitle('取暖费问题')).toBe('关于反映取暖费问题的答复');
    expect(replyTitle('关于反映街道卫生问题的答复')).toBe('关于反映街道卫生问题的答复');
  });
  it('the date line is written 2011年1月15日', () => {
    expect(letterDate('2011-01-15')).toBe('2011年1月15日');
  });
});
