import { createHash, randomBytes } from 'node:crypto';
import { lockedUntil, Role } from '@propdesk/domain';
import { sql } from 'kysely';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { hashPassword, verifyPassword } from './password.js';

const SESSION_MS = 12 * 3600_000;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

// A hash to compare against when the username is unknown, so timing does not reveal it.
const dummyHash = hashPassword('not-a-real-password');

export const createSessionService = ({ db, clock }: { db: Db; clock: Clock }) => {
  // Two queries per request: the staff row, then roles and properties together.
  const toActor = async (
    s: {
      id: number;
      username: string;
      name: string;
      departmentId: number | null;
      isDeptHead: number;
      certifiedForDuty: number;
    },
    sessionId: string,
    csrfToken: string,
  ): Promise<Actor> => {
    const grants = await db
      .selectFrom('staffRoles')
      .select(['role as grant', sql<number | null>`null`.as('propertyId')])
      .where('staffId', '=', s.id)
      .unionAll(
        db
          .selectFrom('staffProperties')
          .select([sql<string>`''`.as('grant'), 'propertyId'])
          .where('staffId', '=', s.id),
      )
      .execute();
    return {
      id: s.id,
      username: s.username,
      name: s.name,
      roles: grants.filter((g) => g.propertyId === null).map((g) => Role.parse(g.grant)),
      propertyIds: grants
        .flatMap((g) => (g.propertyId === null ? [] : [Number(g.propertyId)]))
        .sort((a, b) => a - b),
      departmentId: s.departmentId,
      isDeptHead: s.isDeptHead === 1,
      certifiedForDuty: s.certifiedForDuty === 1,
      sessionId,
      csrfToken,
    };
  };

  const staffColumns = [
    'staff.id',
    'staff.username',
    'staff.name',
    'staff.departmentId',
    'staff.isDeptHead',
    'staff.certifiedForDuty',
  ] as const;

  const loadActor = async (staffId: number, sessionId: string, csrfToken: string): Promise<Actor | null> => {
    const s = await db
      .selectFrom('staff')
      .select(staffColumns)
      .where('id', '=', staffId)
      .where('active', '=', 1)
      .executeTakeFirst();
    return s ? toActor(s, sessionId, csrfToken) : null;
  };

  return {
    /** Returns the raw session token for the cookie; only its hash is stored. */
    signIn: async (username: string, password: string, ip: string | null) => {
      const now = clock.now();
      const since = new Date(now.getTime() - 45 * 60_000).toISOString();
      const attempts = await db
        .selectFrom('loginAttempts')
        .select(['at', 'ok'])
        .where('username', '=', username)
        .where('at', '>=', since)
        .execute();
      const until = lockedUntil(
        attempts.map((a) => ({ at: new Date(a.at), ok: a.ok === 1 })),
        now,
      );
      if (until)
        throw new AppError('ACCOUNT_LOCKED', {
          message: `登录失败次数过多，账号已锁定至 ${until.toISOString()}，请 15 分钟后再试`,
          details: { lockedUntil: until.toISOString() },
        });
      const staff = await db
        .selectFrom('staff')
        .select(['id', 'passwordHash', 'active'])
        .where('username', '=', username)
        .executeTakeFirst();
      const ok = staff
        ? (await verifyPassword(password, staff.passwordHash)) && staff.active === 1
        : (await verifyPassword(password, await dummyHash)) && false;
      await db
        .insertInto('loginAttempts')
        .values({ username, at: now.toISOString(), ok: ok ? 1 : 0, ip })
        .execute();
      if (!ok || !staff) throw new AppError('INVALID_CREDENTIALS', { message: '用户名或密码错误' });
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      await db
        .insertInto('sessions')
        .values({
          id: sha(token),
          staffId: staff.id,
          csrfToken,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + SESSION_MS).toISOString(),
        })
        .execute();
      return { token, actor: (await loadActor(staff.id, sha(token), csrfToken))! };
    },

    loadSession: async (token: string) => {
      const s = await db
        .selectFrom('sessions')
        .innerJoin('staff', 'staff.id', 'sessions.staffId')
        .select([...staffColumns, 'sessions.id as sessionId', 'sessions.csrfToken'])
        .where('sessions.id', '=', sha(token))
        .where('sessions.expiresAt', '>', clock.now().toISOString())
        .where('staff.active', '=', 1)
        .executeTakeFirst();
      return s ? toActor(s, s.sessionId, s.csrfToken) : null;
    },

    signOut: async (sessionId: string) => {
      await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    changePassword: async (actor: Actor, current: string, next: string) => {
      const s = await db
        .selectFrom('staff')
        .select('passwordHash')
        .where('id', '=', actor.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(current, s.passwordHash)))
        throw new AppError('RULE_VIOLATION', {
          message: '当前密码不正确',
          details: { field: 'currentPassword' },
        });
      await db
        .updateTable('staff')
        .set({ passwordHash: await hashPassword(next) })
        .where('id', '=', actor.id)
        .execute();
      // Other sessions of this person end; the current one stays.
      await db
        .deleteFrom('sessions')
        .where('staffId', '=', actor.id)
        .where('id', '!=', actor.sessionId)
        .execute();
    },
  };
};
export type SessionService = ReturnType<typeof createSessionService>;
