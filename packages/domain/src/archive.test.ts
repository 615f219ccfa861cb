import { describe, expect, it } from 'vitest';
import {
  CreatePersonInput,
  DateOnly,
  floorFromRoomNumber,
  type LookupResult,
  MoveInInput,
  mergeLookup,
  nameGrams,
  planLookup,
  SetArrearsInput,
  TransferInput,
} from './archive.js';
import { localDate } from './time.js';

const person = (id: number, match: LookupResult['match'], name = `人${id}`): LookupResult => ({
  kind: 'person',
  match,
  propertyId: 1,
  label: name,
  roomId: null,
  personId: id,
  personName: name,
  rooms: [],
  matchedPhone: match === 'phone' ? '13800001234' : null,
});
const room = (id: number): LookupResult => ({
  kind: 'room',
  match: 'room',
  propertyId: 1,
  label: `房${id}`,
  roomId: id,
  personId: null,
  personName: null,
  rooms: [{ id, label: `房${id}`, relation: null }],
  matchedPhone: null,
});

describe('planLookup: one box reads a room code, 4+ phone digits or a name (issue 2 item 6)', () => {
  it('reads both room code forms', () => {
    expect(planLookup('3栋2单元501').room).toEqual({ building: '3', unit: '2', room: '501' });
    expect(planLookup(' 3-2-501 ').room).toEqual({ building: '3', unit: '2', room: '501' });
    expect(planLookup('3栋2单元501').digits).toBeNull();
  });

  it('takes any run of 4+ digits as a phone fragment, searched by its last 4-digit gram (the selective one)', () => {
    expect(planLookup('5678')).toMatchObject({ digits: '5678', gram: '5678', room: null, nameGram: null });
    expect(planLookup('138 0013 8000')).toMatchObject({ digits: '13800138000', gram: '8000' });
    expect(planLookup('123').digits).toBeNull();
  });

  it('a name of 2+ characters allows the contains fallback by its first 2-character gram; digits and room codes do not', () => {
    expect(planLookup('王晓燕')).toMatchObject({
      name: '王晓燕',
      nameGram: '王晓',
      digits: null,
      room: null,
    });
    expect(planLookup('燕').nameGram).toBeNull();
    expect(planLookup('5678').nameGram).toBeNull();
    expect(planLookup('3-2-501').nameGram).toBeNull();
  });

  it('name grams are the distinct 2-character runs', () => {
    expect(nameGrams('欧阳晓燕')).toEqual(['欧阳', '阳晓', '晓燕']);
    expect(nameGrams('李')).toEqual([]);
    expect(nameGrams('王王王')).toEqual(['王王']);
  });
});

describe('mergeLookup ordering (issue 2 item 6)', () => {
  it('puts the exact room first, then phone matches, then name matches, without repeating a person', () => {
    const out = mergeLookup({
      name: [person(1, 'name'), person(3, 'name')],
      phone: [person(2, 'phone'), person(1, 'phone')],
      room: [room(9)],
    });
    expect(out.map((r) => `${r.match}:${r.kind === 'room' ? r.roomId : r.personId}`)).toEqual([
      'room:9',
      'phone:2',
      'phone:1',
      'name:3',
    ]);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => person(i + 1, 'name'));
    expect(mergeLookup({ room: [], phone: [], name: many })).toHaveLength(20);
    expect(mergeLookup({ room: [], phone: [], name: many }, 5)).toHaveLength(5);
  });
});

describe('archive inputs (DOMAIN.md §2)', () => {
  it('masks the ID number while parsing, so only the masked form reaches the server', () => {
    const p = CreatePersonInput.parse({
      propertyId: 1,
      name: ' 王芳 ',
      idNumber: '11010519491231002X',
      phones: ['138-0013-8000'],
    });
    expect(p.idNumber).toBe('1101**********002X');
    expect(p.name).toBe('王芳');
    expect(p.phones).toEqual(['13800138000']);
  });

  it('keeps a masked ID as it is and treats an empty one as none', () => {
    expect(
      CreatePersonInput.parse({ propertyId: 1, name: '王芳', idNumber: '1101**********002X' }).idNumber,
    ).toBe('1101**********002X');
    expect(CreatePersonInput.parse({ propertyId: 1, name: '王芳', idNumber: '' }).idNumber).toBeNull();
  });

  it('refuses a resident ID with a wrong check character, in Chinese', () => {
    const r = CreatePersonInput.safeParse({ propertyId: 1, name: '王芳', idNumber: '110105194912310021' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/校验位/);
    expect(r.error?.issues[0]?.message).not.toContain('110105194912310021');
  });

  it('refuses bad phones and an empty name with Chinese messages; removes duplicate phones', () => {
    const r = CreatePersonInput.safeParse({ propertyId: 1, name: ' ', phones: ['12345'] });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message).join('；');
    expect(messages).toContain('请输入姓名');
    expect(messages).toContain('电话号码格式不正确');
    expect(
      CreatePersonInput.parse({ propertyId: 1, name: '李', phones: ['13800138000', '138 0013 8000'] }).phones,
    ).toEqual(['13800138000']);
  });

  it('a move-in names an existing person or a new one, not both (S1 过户/迁入)', () => {
    expect(MoveInInput.safeParse({ relation: 'owner', date: '2026-11-01' }).success).toBe(false);
    const both = MoveInInput.safeParse({
      personId: 1,
      person: { name: '张三' },
      relation: 'owner',
      date: '2026-11-01',
    });
    expect(both.error?.issues[0]?.message).toContain('二选一');
    expect(MoveInInput.safeParse({ personId: 1, relation: 'tenant', date: '2026-11-01' }).success).toBe(true);
    expect(TransferInput.parse({ person: { name: '张三' }, date: '2026-11-01' }).endOtherOccupants).toBe(
      false,
    );
  });

  it('refuses impossible dates and unknown relations', () => {
    expect(DateOnly.safeParse('2026-02-30').success).toBe(false);
    expect(DateOnly.safeParse('2026/02/01').error?.issues[0]?.message).toBe('日期格式应为 YYYY-MM-DD');
    expect(
      MoveInInput.safeParse({ personId: 1, relation: 'nanny', date: '2026-11-01' }).error?.issues[0]?.message,
    ).toContain('业主');
  });

  it('arrears: months and amount are both zero or both positive, in whole cents', () => {
    expect(SetArrearsInput.safeParse({ monthsOwed: 3, amountCents: 0, asOf: '2026-11-01' }).success).toBe(
      false,
    );
    expect(SetArrearsInput.safeParse({ monthsOwed: 0, amountCents: 100, asOf: '2026-11-01' }).success).toBe(
      false,
    );
    expect(
      SetArrearsInput.safeParse({ monthsOwed: 1, amountCents: 12.5, asOf: '2026-11-01' }).error?.issues[0]
        ?.message,
    ).toContain('分');
    expect(SetArrearsInput.safeParse({ monthsOwed: 0, amountCents: 0, asOf: '2026-11-01' }).success).toBe(
      true,
    );
    expect(
      SetArrearsInput.safeParse({ monthsOwed: 3, amountCents: 75_000, asOf: '2026-11-01' }).success,
    ).toBe(true);
  });
});

describe('helpers', () => {
  it('floor from a room number', () => {
    expect(floorFromRoomNumber('501')).toBe(5);
    expect(floorFromRoomNumber('1203')).toBe(12);
    expect(floorFromRoomNumber('A1')).toBeNull();
  });

  it('local date in the property time zone (Asia/Shanghai is UTC+8)', () => {
    expect(localDate(new Date('2026-11-23T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-23T15:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-23');
  });
});
