import { describe, expect, it } from 'vitest';
import { normalizeRegisterNumber, registerNumber } from './registers-common.js';
import { isPassExpired } from './registers-desk.js';
import { expectedInCabinet, keyInventoryDue } from './registers-keys.js';
import { archiveDueAt, missingMoveDocuments } from './registers-moves.js';
import { isNightVisitorTime } from './registers-night-visitors.js';
import { isNoticeShowing, noticeTransition } from './registers-notices.js';
import { amountInWords, arrearsAfterPayment, RecordPaymentInput } from './registers-payments.js';
import {
  goodsInside,
  missingRenovationDocuments,
  renovationFeesDue,
  renovationTransition,
} from './registers-renovation.js';

describe('desk payments (S1 缴费; DOMAIN.md §7: arrears change when a payment is recorded)', () => {
  it('a management-fee payment of some months lowers months and amount', () => {
    expect(
      arrearsAfterPayment({ monthsOwed: 4, amountCents: 120000 }, { months: 2, amountCents: 60000 }),
    ).toEqual({ monthsOwed: 2, amountCents: 60000 });
  });
  it('paying everything owed clears the arrears', () => {
    expect(
      arrearsAfterPayment({ monthsOwed: 4, amountCents: 120000 }, { months: 4, amountCents: 120000 }),
    ).toEqual({ monthsOwed: 0, amountCents: 0 });
  });
  it('paying more than owed (prepayment) leaves nothing owed, never a negative', () => {
    expect(
      arrearsAfterPayment({ monthsOwed: 1, amountCents: 30000 }, { months: 3, amountCents: 90000 }),
    ).toEqual({ monthsOwed: 0, amountCents: 0 });
  });
  it('a short payment covering the months still leaves one month open', () => {
    expect(
      arrearsAfterPayment({ monthsOwed: 2, amountCents: 60000 }, { months: 2, amountCents: 50000 }),
    ).toEqual({ monthsOwed: 1, amountCents: 10000 });
  });
  it('a receipt writes the amount in capitals (人民币大写)', () => {
    expect(amountInWords(125050)).toBe('壹仟贰佰伍拾元伍角整');
    expect(amountInWords(10005)).toBe('壹佰元零伍分');
    expect(amountInWords(1000500)).toBe('壹万零伍元整');
    expect(amountInWords(10000000)).toBe('壹拾万元整');
    expect(amountInWords(50)).toBe('伍角整');
    expect(amountInWords(0)).toBe('零元整');
    expect(amountInWords(10001000000)).toBe('壹亿零壹万元整');
  });
  it('a management-fee payment needs the room and the months; a renovation fee its renovation', () => {
    const base = { propertyId: 1, payerName: '王', amountCents: 100, method: 'cash', takenBy: 'desk' };
    expect(RecordPaymentInput.safeParse({ ...base, purpose: 'managementFee', roomId: 1 }).success).toBe(
      false,
    );
    expect(
      RecordPaymentInput.safeParse({ ...base, purpose: 'managementFee', roomId: 1, months: 1 }).success,
    ).toBe(true);
    expect(RecordPaymentInput.safeParse({ ...base, purpose: 'renovationDeposit' }).success).toBe(false);
  });
});

describe('keys (S3 篇九 4.4.3)', () => {
  it('an inventory is due every half month, at once when there has been none', () => {
    expect(keyInventoryDue(null, '2026-11-23', 15)).toEqual({ dueOn: '2026-11-23', isDue: true });
    expect(keyInventoryDue('2026-11-10', '2026-11-24', 15)).toEqual({ dueOn: '2026-11-25', isDue: false });
    expect(keyInventoryDue('2026-11-10', '2026-11-25', 15).isDue).toBe(true);
  });
  it('the cabinet should hold the set less what is on loan', () => {
    expect(expectedInCabinet(3, 1)).toBe(2);
    expect(expectedInCabinet(1, 2)).toBe(0);
  });
});

describe('visitors and passes (S1 十二; S2 出入证)', () => {
  it('S1 十二: without a night post of its own, 20:00–08:00 is the night duty post’s registration time', () => {
    const at = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00+08:00`);
    const isNight = (hhmm: string) =>
      isNightVisitorTime({ at: at(hhmm), posts: [], timeZone: 'Asia/Shanghai' });
    expect(['19:59', '20:00', '23:00', '00:00', '07:59', '08:00'].map(isNight)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
  it('S2: a temporary pass past its last day and still out is expired', () => {
    expect(isPassExpired({ state: 'out', validTo: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isPassExpired({ state: 'out', validTo: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isPassExpired({ state: 'returned', validTo: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(isPassExpired({ state: 'out', validTo: null }, '2026-11-23')).toBe(false);
  });
});

describe('renovation (S1 装修; S2 装修管理服务协议)', () => {
  it('S1 装修: licence, qualification, drawings, and a photo and ID per worker are checked', () => {
    const docs = { businessLicence: true, qualification: false, drawings: true };
    expect(missingRenovationDocuments(docs, [{ name: '张三', hasPhoto: true, hasIdCopy: false }])).toEqual([
      '资质证书',
      '张三 的身份证件',
    ]);
    expect(
      missingRenovationDocuments({ ...docs, qualification: true }, [
        { name: '张三', hasPhoto: true, hasIdCopy: true },
      ]),
    ).toEqual([]);
  });
  it('S1 装修: the deposit, and per worker the pass fee and pass deposit, are due', () => {
    expect(
      renovationFeesDue({ depositCents: 200000, workerPassFeeCents: 1000, passDepositCents: 5000 }, 3),
    ).toEqual({
      renovationDeposit: 200000,
      workerPassFee: 3000,
      passDeposit: 15000,
    });
  });
  it('issue 6 item 7: pending → in progress → awaiting inspection → passed or failed → again', () => {
    expect(renovationTransition('pending', 'approve')).toBe('inProgress');
    expect(renovationTransition('pending', 'reject')).toBe('rejected');
    expect(renovationTransition('inProgress', 'reportCompletion')).toBe('awaitingInspection');
    expect(renovationTransition('awaitingInspection', 'failInspection')).toBe('failed');
    expect(renovationTransition('failed', 'reportCompletion')).toBe('awaitingInspection');
    expect(renovationTransition('awaitingInspection', 'passInspection')).toBe('passed');
    expect(renovationTransition('rejected', 'approve')).toBeNull();
    expect(renovationTransition('inProgress', 'passInspection')).toBeNull();
  });
  it('S3 4.5.7.4 物品出入登记表: tools still inside are those in less those out', () => {
    const entries = [
      { direction: 'in', kind: 'tool', name: '电锤', quantity: 2 },
      { direction: 'out', kind: 'tool', name: '电锤', quantity: 1 },
      { direction: 'in', kind: 'material', name: '瓷砖', quantity: 50 },
      { direction: 'in', kind: 'tool', name: '梯子', quantity: 1 },
      { direction: 'out', kind: 'tool', name: '梯子', quantity: 1 },
    ];
    expect(goodsInside(entries, 'tool')).toEqual([{ name: '电锤', quantity: 1 }]);
  });
});

describe('move-in and transfer (S1 过户/迁入; S2 顾客档案管理)', () => {
  const none = { propertyCertificate: false, lease: false, idCard: false, formsFilled: false };
  it('S1: a transfer needs the property certificate and ID; a tenant the lease and ID', () => {
    expect(missingMoveDocuments('transfer', null, { ...none, idCard: true, formsFilled: true })).toEqual([
      '房产证',
    ]);
    expect(missingMoveDocuments('moveIn', 'tenant', { ...none, idCard: true, formsFilled: true })).toEqual([
      '房屋租赁合同',
    ]);
    expect(missingMoveDocuments('moveIn', 'tenant', { ...none, lease: true, formsFilled: true })).toEqual([
      '身份证',
    ]);
    expect(missingMoveDocuments('moveIn', 'family', { ...none, idCard: true, formsFilled: true })).toEqual(
      [],
    );
  });
  it('S2: the archive must show the change within 2 days', () => {
    expect(archiveDueAt(new Date('2026-11-23T02:00:00Z'), 2).toISOString()).toBe('2026-11-25T02:00:00.000Z');
  });
});

describe('lobby notices (S3 篇九 4.5.8)', () => {
  it('S3 4.5.8.1: drafted → approved by the manager → published by the desk', () => {
    expect(noticeTransition('pending', 'approve')).toBe('approved');
    expect(noticeTransition('approved', 'publish')).toBe('published');
    expect(noticeTransition('pending', 'publish')).toBeNull();
    expect(noticeTransition('rejected', 'approve')).toBeNull();
  });
  it('shows only published notices within their validity period', () => {
    const n = { state: 'published', validFrom: '2026-11-23T00:00:00Z', validTo: '2026-11-24T00:00:00Z' };
    expect(isNoticeShowing(n, new Date('2026-11-23T12:00:00Z'))).toBe(true);
    expect(isNoticeShowing(n, new Date('2026-11-24T00:00:00Z'))).toBe(false);
    expect(isNoticeShowing({ ...n, state: 'withdrawn' }, new Date('2026-11-23T12:00:00Z'))).toBe(false);
  });
});

describe('register numbers', () => {
  it('a yearly serial per register: HYFX2026-0007; typed numbers are normalised', () => {
    expect(registerNumber('HY', 'FX', 2026, 7)).toBe('HYFX2026-0007');
    // The gate reads upper case: a property code entered in lower case still numbers in upper.
    expect(registerNumber('jh', 'FX', 2026, 12)).toBe('JHFX2026-0012');
    expect(normalizeRegisterNumber(registerNumber('jh', 'FX', 2026, 12))).toBe('JHFX2026-0012');
    expect(normalizeRegisterNumber(' hyfx２０２６-0007 ')).toBe('HYFX2026-0007');
  });
});
