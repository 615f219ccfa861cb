import {
  archiveDueAt,
  type CreateMoveInput,
  type MoveKind,
  missingMoveDocuments,
  type NewPersonInput,
  type Relation,
  type WelcomeStep,
  welcomeSteps,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import { listHistory } from '../../history/history.js';
import type { Database } from '../../kernel/db/schema.js';
import { type Actor, assertPropertyAccess } from '../../kernel/http/actor.js';
import { readSettings } from '../../settings/settings.js';
import {
  badState,
  flag,
  found,
  invalid,
  log,
  nowIso,
  parseJson,
  type RegisterDepsWithArchive,
  roomIn,
  rule,
  todayOf,
} from '../common.js';

type Row = Selectable<Database['moveRegistrations']>;
const welcomeColumn: Record<
  WelcomeStep,
  'welcomeOfficeCardAt' | 'welcomeNeighbourhoodAt' | 'welcomeParkingCardAt' | 'welcomeRenovationRulesAt'
> = {
  officeCard: 'welcomeOfficeCardAt',
  neighbourhood: 'welcomeNeighbourhoodAt',
  parkingCard: 'welcomeParkingCardAt',
  renovationRules: 'welcomeRenovationRulesAt',
};
const CLAIM_MS = 2 * 60_000;

const view = (r: Row, now: Date) => ({
  ...r,
  person: parseJson<NewPersonInput>(r.person),
  documents: {
    propertyCertificate: !!r.docPropertyCertificate,
    lease: !!r.docLease,
    idCard: !!r.docIdCard,
    formsFilled: !!r.docFormsFilled,
  },
  welcome: Object.fromEntries(welcomeSteps.map((s) => [s, r[welcomeColumn[s]]])) as Record<
    WelcomeStep,
    string | null
  >,
  /** S2: the archive does not show the change 2 days after it was reported. */
  isOverdue: !r.archivedAt && Date.parse(r.dueAt) < now.getTime(),
});

/**
 * 过户/迁入 at the desk (S1 场景一): documents checked and attached, the archive updated through
 * the archive's own move-in / transfer (never a second copy of them), the welcome checklist,
 * and an overdue flag when the archive is not updated within 2 days (S2).
 */
export const createMoveRegister = ({ db, clock, archive }: RegisterDepsWithArchive) => {
  const load = async (actor: Actor, id: number, mode: 'read' | 'write') =>
    found(
      await db.selectFrom('moveRegistrations').selectAll().where('id', '=', id).executeTakeFirst(),
      actor,
      mode,
      '过户/迁入登记',
    );

  /** Calls the archive once: the claim stamp keeps a double click or a second process from moving in twice. */
  const apply = async (actor: Actor, id: number) => {
    const m = await load(actor, id, 'write');
    if (m.archivedAt) throw badState('档案已更新');
    const now = clock.now();
    const claim = await db
      .updateTable('moveRegistrations')
      .set({ archiveClaimedAt: now.toISOString() })
      .where('id', '=', id)
      .where('archivedAt', 'is', null)
      .where((eb) =>
        eb.or([
          eb('archiveClaimedAt', 'is', null),
          eb('archiveClaimedAt', '<', new Date(now.getTime() - CLAIM_MS).toISOString()),
        ]),
      )
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) throw badState('档案正在更新，请稍候');
    const who = m.personId ? { personId: m.personId } : { person: parseJson<NewPersonInput>(m.person)! };
    const reason = `过户/迁入登记 #${id}`;
    try {
      const res =
        m.kind === 'transfer'
          ? await archive.transfer(actor, m.roomId, {
              ...who,
              date: m.date,
              endOtherOccupants: !!m.endOtherOccupants,
              reason,
            })
          : await archive.moveIn(actor, m.roomId, {
              ...who,
              relation: m.relation as Relation,
              date: m.date,
              reason,
            });
      await db.transaction().execute(async (trx) => {
        const at = nowIso(clock);
        await trx
          .updateTable('moveRegistrations')
          .set({
            archivedAt: at,
            archivedBy: actor.id,
            occupancyId: res.occupancyId,
            archivePersonId: res.personId,
            archiveClaimedAt: null,
          })
          .where('id', '=', id)
          .execute();
        await log(trx, clock, {
          type: 'moveRegistration',
          id,
          propertyId: m.propertyId,
          actor,
          action: 'archived',
          data: { after: { archivedAt: at, occupancyId: res.occupancyId, personId: res.personId } },
        });
      });
      return { occupancyId: res.occupancyId, personId: res.personId };
    } catch (err) {
      await db
        .updateTable('moveRegistrations')
        .set({ archiveClaimedAt: null })
        .where('id', '=', id)
        .where('archivedAt', 'is', null)
        .execute();
      throw err;
    }
  };

  return {
    create: async (actor: Actor, input: CreateMoveInput) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      await roomIn(db, input.propertyId, input.roomId);
      const missing = missingMoveDocuments(input.kind as MoveKind, input.relation, input.documents);
      if (missing.length) throw rule(`资料不全：请查验并复印 ${missing.join('、')}`, { missing });
      if (input.date > (await todayOf(db, clock, input.propertyId)))
        throw invalid('date', '日期不能晚于今天');
      let personName = input.person?.name ?? '';
      if (input.personId) {
        const p = await db
          .selectFrom('people')
          .select(['name', 'propertyId'])
          .where('id', '=', input.personId)
          .executeTakeFirst();
        if (!p || p.propertyId !== input.propertyId) throw invalid('personId', '人员不存在');
        personName = p.name;
      }
      const s = await readSettings(db, input.propertyId);
      const now = clock.now();
      const id = await db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('moveRegistrations')
          .values({
            propertyId: input.propertyId,
            roomId: input.roomId,
            kind: input.kind,
            relation: input.kind === 'transfer' ? 'owner' : input.relation,
            personId: input.personId ?? null,
            person: input.person ? JSON.stringify(input.person) : null,
            personName,
            date: input.date,
            endOtherOccupants: flag(input.endOtherOccupants),
            docPropertyCertificate: flag(input.documents.propertyCertificate),
            docLease: flag(input.documents.lease),
            docIdCard: flag(input.documents.idCard),
            docFormsFilled: flag(input.documents.formsFilled),
            note: input.note,
            reportedAt: now.toISOString(),
            reportedBy: actor.id,
            dueAt: archiveDueAt(now, s['registers.archiveUpdateDays']).toISOString(),
          })
          .returning('id')
          .execute();
        await log(trx, clock, {
          type: 'moveRegistration',
          id: row!.id,
          propertyId: input.propertyId,
          actor,
          action: 'registered',
          data: { after: { ...input, personName } },
        });
        return row!.id;
      });
      if (!input.applyNow) return { id, archived: false, archiveError: null };
      try {
        await apply(actor, id);
        return { id, archived: true, archiveError: null };
      } catch (err) {
        // The registration stands; the archive keeper finishes it (the overdue flag watches).
        return { id, archived: false, archiveError: (err as Error).message };
      }
    },

    apply,

    /** The welcome (S1 场景一): each step ticked once, with its time. */
    welcome: async (actor: Actor, id: number, input: { steps: WelcomeStep[]; note: string | null }) => {
      const m = await load(actor, id, 'write');
      const at = nowIso(clock);
      const set = Object.fromEntries(
        input.steps.filter((s) => !m[welcomeColumn[s]]).map((s) => [welcomeColumn[s], at]),
      );
      if (!Object.keys(set).length) throw badState('所选事项均已完成');
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('moveRegistrations').set(set).where('id', '=', id).execute();
        await log(trx, clock, {
          type: 'moveRegistration',
          id,
          propertyId: m.propertyId,
          actor,
          action: 'welcomed',
          data: { steps: Object.keys(set), note: input.note },
        });
      });
    },

    list: async (actor: Actor, q: { propertyId: number; pending: boolean }) => {
      assertPropertyAccess(actor, q.propertyId, 'read', '项目');
      let sel = db
        .selectFrom('moveRegistrations')
        .innerJoin('rooms', 'rooms.id', 'moveRegistrations.roomId')
        .selectAll('moveRegistrations')
        .select('rooms.label as roomLabel')
        .where('moveRegistrations.propertyId', '=', q.propertyId);
      if (q.pending) sel = sel.where('moveRegistrations.archivedAt', 'is', null);
      const now = clock.now();
      return (await sel.orderBy('moveRegistrations.reportedAt', 'desc').limit(300).execute()).map((r) => ({
        ...view(r, now),
        roomLabel: r.roomLabel,
      }));
    },

    detail: async (actor: Actor, id: number) => {
      const m = await load(actor, id, 'read');
      const room = await db
        .selectFrom('rooms')
        .select('label')
        .where('id', '=', m.roomId)
        .executeTakeFirstOrThrow();
      return {
        ...view(m, clock.now()),
        roomLabel: room.label,
        history: await listHistory(db, 'moveRegistration', id),
      };
    },
  };
};
