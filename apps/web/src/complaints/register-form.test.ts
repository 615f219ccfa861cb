import { RegisterComplaintInput } from '@propdesk/domain';
import { describe, expect, it } from 'vitest';
import { amendableFor } from './amend-fields';
import type { ComplaintDetail } from './queries';
import { emptyRegister, newKey, previewSeverity, registerResolver, toRegisterInput } from './register-form';

const filled = () => ({
  ...emptyRegister(),
  callerName: '何先生',
  callerPhone: '13800138012',
  summary: '电梯停运',
  category: 'facilities' as const,
});

describe('complaint registration form → RegisterComplaintInput', () => {
  it('issue 5 item 4: an anonymous complaint sends no caller, room or phone, and the schema accepts it', () => {
    const input = toRegisterInput(
      { ...filled(), anonymous: true, roomId: 7, personId: 9, locationKind: 'none' },
      1,
      newKey(),
    );
    expect(input).toMatchObject({
      anonymous: true,
      roomId: null,
      personId: null,
      callerName: '',
      callerPhone: null,
    });
    expect(RegisterComplaintInput.safeParse(input).success).toBe(true);
  });

  it("the location: the room's building is left to the server; a common area or a building is sent", () => {
    expect(toRegisterInput(filled(), 1, 'k'.repeat(8)).location).toBeUndefined();
    expect(
      toRegisterInput({ ...filled(), locationKind: 'commonArea', commonArea: '地下车库' }, 1, 'k'.repeat(8))
        .location,
    ).toEqual({
      kind: 'commonArea',
      area: '地下车库',
    });
    expect(
      toRegisterInput({ ...filled(), locationKind: 'building', buildingId: 3 }, 1, 'k'.repeat(8)).location,
    ).toEqual({
      kind: 'building',
      buildingId: 3,
    });
  });

  it('the shared schema puts its Chinese messages under the form fields (category, building, caller)', async () => {
    const r = await registerResolver(
      { ...emptyRegister(), summary: '电梯停运', locationKind: 'building' },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(r.errors.category?.message).toBe('请选择投诉类别');
    expect(r.errors.buildingId?.message).toBe('请选择楼栋');
    expect(r.errors.callerName?.message).toContain('匿名投诉');
  });

  it('S2 一.1: 10 or more complainants → the preview proposes 重大; 9 with safety → 重要 (our reading)', () => {
    expect(previewSeverity({ ...filled(), complainantCount: 10 })).toMatchObject({
      severity: 'major',
      rule: 'major.collective',
    });
    expect(previewSeverity({ ...filled(), complainantCount: 9, safetyInvolved: true }).severity).toBe(
      'important',
    );
    expect(previewSeverity(filled()).severity).toBe('ordinary');
  });

  it('idempotency keys are fresh and fit the schema (8–64 characters)', () => {
    const [a, b] = [newKey(), newKey()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('who may amend what (the server checks again, per field)', () => {
  const c = { departmentId: 2, replies: [{ id: 1 }], isTypical: false } as unknown as ComplaintDetail;
  const groups = (roles: string[], departmentId: number | null = null) => [
    ...new Set(amendableFor(c, { roles: roles as never, departmentId }).map((f) => f.group)),
  ];

  it('the desk corrects registration facts and the case; the responsible department its reply; nobody else', () => {
    expect(groups(['receptionist'])).toEqual(['case', 'facts']);
    expect(groups(['dept_staff'], 2)).toEqual(['reply']);
    expect(groups(['dept_staff'], 3)).toEqual([]);
    expect(groups(['company'])).toEqual([]);
  });

  it('the analysis is corrected only on a typical case, by supervisor, manager or company', () => {
    const typical = { ...c, isTypical: true } as ComplaintDetail;
    expect(amendableFor(typical, { roles: ['company'], departmentId: null }).map((f) => f.field)).toEqual([
      'analysisCause',
      'analysisLesson',
    ]);
  });
});
