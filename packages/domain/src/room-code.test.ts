import { describe, expect, it } from 'vitest';
import { parseRoomCode, roomCode, roomLabel } from './room-code.js';

describe('room codes (issue 2 item 6: `3栋2单元501` or `3-2-501`)', () => {
  it.each([
    ['3栋2单元501', { building: '3', unit: '2', room: '501' }],
    ['3-2-501', { building: '3', unit: '2', room: '501' }],
    [' 12幢1单元1203室 ', { building: '12', unit: '1', room: '1203' }],
    ['3栋501', { building: '3', unit: null, room: '501' }],
    ['A-1-101', { building: 'A', unit: '1', room: '101' }],
    ['3－2－501', { building: '3', unit: '2', room: '501' }],
  ])('reads %s', (input, expected) => {
    expect(parseRoomCode(input)).toEqual(expected);
  });
  it.each(['张三', '13800138000', '', '3栋'])('does not read %s as a room', (input) => {
    expect(parseRoomCode(input)).toBeNull();
  });
  it('prints the canonical code and the label', () => {
    const a = { building: '3', unit: '2', room: '501' };
    expect(roomCode(a)).toBe('3-2-501');
    expect(roomLabel(a)).toBe('3栋2单元501');
  });
});
