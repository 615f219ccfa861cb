import { keyInventoryDue, localDate } from '@propdesk/domain';
import type { Notify } from '../intake/notify-port.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { readSettings } from '../settings/settings.js';
import { runSweep } from '../sweeps/runner.js';
import type { SweepDefinition } from '../sweeps/scheduler.js';
import { log, staffOf, type Trx } from './common.js';

type Deps = { db: Db; clock: Clock; notify: Notify; workerId?: string };

const localHour = (at: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at));

/** The insert is the claim: one reminder per property, kind and period, however many processes run. */
const claimReminder = async (trx: Trx, propertyId: number, kind: string, period: string, at: string) =>
  (
    await trx
      .insertInto('registerReminders')
      .values({ propertyId, kind, period, sentAt: at })
      .onConflict((oc) => oc.columns(['propertyId', 'kind', 'period']).doNothing())
      .returning('propertyId')
      .execute()
  ).length === 1;

const properties = (db: Db, limit: number) =>
  db.selectFrom('properties').select(['id', 'timezone']).orderBy('id').limit(limit).execute();

/**
 * Day end (S3 篇九 4.4.3, 4.1.6): after the configured hour, the desk is told once a day what is
 * still open — keys out with no call noted today, visitors still inside, expired passes out,
 * mail nobody was told about.
 */
export const runDayEndReminders = ({ db, clock, notify, workerId = 'inline' }: Deps) =>
  runSweep({
    db,
    clock,
    name: 'registers-day-end',
    workerId,
    batchSize: 1000,
    claim: ({ limit }) => properties(db, limit),
    act: async (p, { now }) => {
      const s = await readSettings(db, p.id);
      if (localHour(now, p.timezone) < s['registers.dayEndHour']) return;
      const day = localDate(now, p.timezone);
      const count = async (q: Promise<{ n: unknown } | undefined>) => Number((await q)?.n ?? 0);
      const [keys, visitors, passes, mail] = await Promise.all([
        count(
          db
            .selectFrom('keyLoans')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('propertyId', '=', p.id)
            .where('returnedAt', 'is', null)
            .where('takeBackId', 'is', null)
            .where(
              'id',
              'not in',
              db
                .selectFrom('keyChases')
                .select('loanId')
                .where('propertyId', '=', p.id)
                .where('day', '=', day),
            )
            .executeTakeFirst(),
        ),
        count(
          db
            .selectFrom('visitors')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('propertyId', '=', p.id)
            .where('inAt', 'is not', null)
            .where('outAt', 'is', null)
            .executeTakeFirst(),
        ),
        count(
          db
            .selectFrom('accessPasses')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('propertyId', '=', p.id)
            .where('state', '=', 'out')
            .where('validTo', '<', day)
            .executeTakeFirst(),
        ),
        count(
          db
            .selectFrom('mailItems')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('propertyId', '=', p.id)
            .where('collectedAt', 'is', null)
            .where('notifiedAt', 'is', null)
            .executeTakeFirst(),
        ),
      ]);
      if (!keys && !visitors && !passes && !mail) return;
      await db.transaction().execute(async (trx) => {
        if (!(await claimReminder(trx, p.id, 'day-end', day, now.toISOString()))) return;
        const parts = [
          keys ? `${keys} 把钥匙未归还且今日未电话追问` : '',
          visitors ? `${visitors} 名访客仍在小区内` : '',
          passes ? `${passes} 张临时出入证已过期未交回` : '',
          mail ? `${mail} 件邮件未通知住户` : '',
        ].filter(Boolean);
        const to = await staffOf(trx, p.id, ['receptionist', 'supervisor']);
        if (to.length)
          await notify(trx, {
            recipientIds: to,
            propertyId: p.id,
            kind: 'registers.day-end',
            title: '下班前检查：前台登记簿尚有未完成事项',
            body: parts.join('；'),
            entityType: null,
            entityId: null,
          });
      });
    },
  });

/** S3 4.4.3 每半月至少一次盘存: a reminder each day while an inventory is due. */
export const runKeyInventoryReminders = ({ db, clock, notify, workerId = 'inline' }: Deps) =>
  runSweep({
    db,
    clock,
    name: 'registers-key-inventory',
    workerId,
    batchSize: 1000,
    claim: ({ limit }) => properties(db, limit),
    act: async (p, { now }) => {
      const hasKeys = await db
        .selectFrom('keySets')
        .select('id')
        .where('propertyId', '=', p.id)
        .where('active', '=', 1)
        .limit(1)
        .executeTakeFirst();
      if (!hasKeys) return;
      const today = localDate(now, p.timezone);
      const last = await db
        .selectFrom('keyInventories')
        .select('day')
        .where('propertyId', '=', p.id)
        .orderBy('day', 'desc')
        .executeTakeFirst();
      const s = await readSettings(db, p.id);
      const due = keyInventoryDue(last?.day ?? null, today, s['registers.keyInventoryIntervalDays']);
      if (!due.isDue) return;
      await db.transaction().execute(async (trx) => {
        if (!(await claimReminder(trx, p.id, 'key-inventory', today, now.toISOString()))) return;
        const to = await staffOf(trx, p.id, ['receptionist', 'supervisor']);
        if (to.length)
          await notify(trx, {
            recipientIds: to,
            propertyId: p.id,
            kind: 'registers.key-inventory-due',
            title: '钥匙柜盘存到期',
            body: last
              ? `上次盘存 ${last.day}，应于 ${due.dueOn} 前再次盘存（每半月至少一次）`
              : '尚无盘存记录，请对钥匙柜进行盘存',
            entityType: null,
            entityId: null,
          });
      });
    },
  });

/** S2 顾客档案管理: an occupant change reported at the desk and not in the archive after 2 days. */
export const runMoveOverdueReminders = ({ db, clock, notify, workerId = 'inline' }: Deps) =>
  runSweep({
    db,
    clock,
    name: 'registers-move-overdue',
    workerId,
    claim: ({ now, limit }) =>
      db
        .selectFrom('moveRegistrations')
        .select(['id', 'propertyId', 'personName', 'reportedBy', 'dueAt', 'kind'])
        .where('archivedAt', 'is', null)
        .where('overdueNotifiedAt', 'is', null)
        .where('dueAt', '<', now.toISOString())
        .orderBy('dueAt')
        .limit(limit)
        .execute(),
    act: async (m, { now }) => {
      await db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('moveRegistrations')
          .set({ overdueNotifiedAt: now.toISOString() })
          .where('id', '=', m.id)
          .where('overdueNotifiedAt', 'is', null)
          .where('archivedAt', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return;
        await log(trx, clock, {
          type: 'moveRegistration',
          id: m.id,
          propertyId: m.propertyId,
          actor: null,
          action: 'archive-overdue',
          data: { dueAt: m.dueAt, rule: 'S2 小区顾客变更2日内对顾客档案进行更新' },
        });
        const to = [...new Set([...(await staffOf(trx, m.propertyId, ['supervisor'])), m.reportedBy])];
        await notify(trx, {
          recipientIds: to,
          propertyId: m.propertyId,
          kind: 'registers.move-overdue',
          title: `档案更新逾期：${m.personName}${m.kind === 'transfer' ? '过户' : '迁入'}登记已超过 2 日`,
          body: null,
          entityType: 'moveRegistration',
          entityId: m.id,
        });
      });
    },
  });

/** Registered once in deps.ts. */
export const registerSweeps: SweepDefinition[] = [
  {
    name: 'registers-day-end',
    everyMs: 5 * 60_000,
    run: ({ db, clock, notifier }, { workerId }) =>
      runDayEndReminders({ db, clock, notify: notifier.notify, workerId }),
  },
  {
    name: 'registers-key-inventory',
    everyMs: 30 * 60_000,
    run: ({ db, clock, notifier }, { workerId }) =>
      runKeyInventoryReminders({ db, clock, notify: notifier.notify, workerId }),
  },
  {
    name: 'registers-move-overdue',
    everyMs: 10 * 60_000,
    run: ({ db, clock, notifier }, { workerId }) =>
      runMoveOverdueReminders({ db, clock, notify: notifier.notify, workerId }),
  },
];
