import { parseRoomCode, phoneDigits, roomCode, searchTokens } from '@propdesk/domain';
import { listHistory } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { type Actor, assertPropertyAccess, readableProperties } from '../kernel/http/actor.js';
import { caseColumns, loadCase } from './case-repo.js';

export type CaseFilter = {
  propertyId?: number;
  q?: string;
  state?: string;
  type?: string;
  /** 'mine': first taker or owner is me (S1 首接责任制). */
  mine?: boolean;
  open?: boolean;
  roomId?: number;
  limit?: number;
  before?: number;
};

type Deps = { db: Db; clock: Clock };

export const createCaseQueries = ({ db, clock }: Deps) => {
  const scope = (actor: Actor, propertyId?: number) => {
    if (propertyId !== undefined) {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      return [propertyId];
    }
    const all = readableProperties(actor);
    return all === 'all' ? null : all;
  };

  /** Case ids whose text has every token, newest first (bigram table: works for 漏水, 停车). */
  const idsByTokens = (propertyIds: number[] | null, tokens: string[], limit: number, before?: number) => {
    const [first, ...rest] = tokens;
    let q = db.selectFrom('caseTokens as t0').select('t0.caseId').where('t0.token', '=', first!);
    if (propertyIds) q = q.where('t0.propertyId', 'in', propertyIds.length ? propertyIds : [0]);
    if (before) q = q.where('t0.caseId', '<', before);
    rest.forEach((token, i) => {
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom(`caseTokens as t${i + 1}` as 'caseTokens')
            .select('caseId')
            .whereRef(`t${i + 1}.caseId` as 'caseId', '=', 't0.caseId')
            .where(`t${i + 1}.token` as 'token', '=', token),
        ),
      );
    });
    return q.orderBy('t0.caseId', 'desc').limit(limit).execute();
  };

  const list = async (actor: Actor, f: CaseFilter) => {
    const propertyIds = scope(actor, f.propertyId);
    const limit = Math.min(f.limit ?? 50, 200);
    let q = db
      .selectFrom('cases')
      .leftJoin('rooms', 'rooms.id', 'cases.roomId')
      .leftJoin('staff as taker', 'taker.id', 'cases.firstTakerId')
      .leftJoin('staff as owner', 'owner.id', 'cases.ownerId')
      .leftJoin('departments', 'departments.id', 'cases.departmentId')
      .select([
        ...caseColumns,
        'rooms.label as roomLabel',
        'taker.name as firstTakerName',
        'owner.name as ownerName',
        'departments.name as departmentName',
      ]);
    if (propertyIds) q = q.where('cases.propertyId', 'in', propertyIds.length ? propertyIds : [0]);
    if (f.state) q = q.where('cases.state', '=', f.state);
    if (f.open) q = q.where('cases.state', '!=', 'closed');
    if (f.type) q = q.where('cases.type', '=', f.type);
    if (f.roomId) q = q.where('cases.roomId', '=', f.roomId);
    if (f.before) q = q.where('cases.id', '<', f.before);
    if (f.mine)
      q = q.where((eb) =>
        eb.or([eb('cases.firstTakerId', '=', actor.id), eb('cases.ownerId', '=', actor.id)]),
      );
    const text = f.q?.trim();
    if (text) {
      const room = parseRoomCode(text);
      const digits = phoneDigits(text);
      if (/^[A-Za-z0-9_-]+\d{8}-\d{4}$/.test(text)) q = q.where('cases.number', '=', text);
      else if (room) q = q.where('rooms.code', '=', roomCode(room));
      else {
        const tokens =
          digits.length >= 4 && digits === text.replace(/[\s-]/g, '')
            ? [digits.slice(0, 4)]
            : searchTokens(text);
        if (!tokens.length) q = q.where('cases.summary', 'like', `%${text}%`);
        else {
          const ids = (await idsByTokens(propertyIds, tokens, limit * 4, f.before)).map((r) => r.caseId);
          q = q.where('cases.id', 'in', ids.length ? ids : [0]);
          if (digits.length > 4 && digits === text.replace(/[\s-]/g, ''))
            q = q.where('cases.callerPhone', 'like', `%${digits}%`);
        }
      }
    }
    const rows = await q.orderBy('cases.id', 'desc').limit(limit).execute();
    const now = clock.now().toISOString();
    return rows.map((r) => ({ ...r, isOverdue: r.state !== 'closed' && r.dueAt !== null && r.dueAt < now }));
  };

  const detail = async (actor: Actor, id: number) => {
    const c = await loadCase(db, actor, id);
    const [contacts, timeline, tasks, room, people] = await Promise.all([
      db
        .selectFrom('contacts')
        .leftJoin('staff', 'staff.id', 'contacts.takerId')
        .select([
          'contacts.id',
          'contacts.channel',
          'contacts.receivedAt',
          'contacts.callerName',
          'contacts.callerPhone',
          'contacts.identity',
          'contacts.summary',
          'staff.name as takerName',
        ])
        .where('contacts.caseId', '=', id)
        .orderBy('contacts.id')
        .execute(),
      listHistory(db, 'case', id),
      db.selectFrom('tasks').selectAll().where('caseId', '=', id).orderBy('id').execute(),
      c.roomId
        ? db.selectFrom('rooms').select(['id', 'code', 'label']).where('id', '=', c.roomId).executeTakeFirst()
        : undefined,
      db
        .selectFrom('staff')
        .select(['id', 'name'])
        .where('id', 'in', [c.firstTakerId, c.ownerId ?? 0, c.praisedStaffId ?? 0])
        .execute(),
    ]);
    const name = (sid: number | null) => people.find((p) => p.id === sid)?.name ?? null;
    const department = c.departmentId
      ? await db.selectFrom('departments').select('name').where('id', '=', c.departmentId).executeTakeFirst()
      : undefined;
    return {
      ...c,
      room: room ?? null,
      firstTakerName: name(c.firstTakerId),
      ownerName: name(c.ownerId),
      praisedStaffName: name(c.praisedStaffId),
      departmentName: department?.name ?? null,
      isOverdue: c.state !== 'closed' && c.dueAt !== null && c.dueAt < clock.now().toISOString(),
      contacts,
      tasks,
      timeline,
    };
  };

  /** What the desk shows beside the form once the caller is known. */
  const callerContext = async (
    actor: Actor,
    propertyId: number,
    roomId: number | null,
    phone: string | null,
  ) => {
    assertPropertyAccess(actor, propertyId, 'read', '项目');
    const [arrears, openCases, recent] = await Promise.all([
      roomId
        ? db
            .selectFrom('arrears')
            .select(['monthsOwed', 'amountCents', 'asOf'])
            .where('roomId', '=', roomId)
            .executeTakeFirst()
        : undefined,
      list(actor, {
        propertyId,
        open: true,
        ...(roomId ? { roomId } : {}),
        ...(!roomId && phone ? { q: phone } : {}),
        limit: 20,
      }),
      list(actor, {
        propertyId,
        ...(roomId ? { roomId } : {}),
        ...(!roomId && phone ? { q: phone } : {}),
        limit: 10,
      }),
    ]);
    return {
      arrears: arrears ?? null,
      openCases: roomId || phone ? openCases : [],
      recentCases: roomId || phone ? recent : [],
    };
  };

  return { list, detail, callerContext };
};
