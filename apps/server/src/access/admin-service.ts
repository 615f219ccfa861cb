import type { CreateStaffInput, DepartmentInput, PropertyInput, UpdateStaffInput } from '@propdesk/domain';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { isUniqueViolation } from '../kernel/db/errors.js';
import { AppError, notFound } from '../kernel/errors.js';
import type { Actor } from '../kernel/http/actor.js';
import { hashPassword } from './password.js';

export const createAdminService = ({ db, clock }: { db: Db; clock: Clock }) => {
  const staffView = async (id: number) => {
    const s = await db
      .selectFrom('staff')
      .select([
        'id',
        'username',
        'name',
        'employeeNo',
        'phone',
        'departmentId',
        'isDeptHead',
        'certifiedForDuty',
        'active',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!s) throw notFound('员工');
    const [roles, props] = await Promise.all([
      db.selectFrom('staffRoles').select('role').where('staffId', '=', id).orderBy('role').execute(),
      db
        .selectFrom('staffProperties')
        .select('propertyId')
        .where('staffId', '=', id)
        .orderBy('propertyId')
        .execute(),
    ]);
    return {
      ...s,
      isDeptHead: s.isDeptHead === 1,
      certifiedForDuty: s.certifiedForDuty === 1,
      active: s.active === 1,
      roles: roles.map((r) => r.role),
      propertyIds: props.map((p) => p.propertyId),
    };
  };

  const checkRefs = async (input: { departmentId: number | null; propertyIds: number[] }) => {
    if (input.departmentId !== null) {
      const d = await db
        .selectFrom('departments')
        .select('id')
        .where('id', '=', input.departmentId)
        .executeTakeFirst();
      if (!d)
        throw new AppError('VALIDATION_FAILED', {
          message: '所选部门不存在',
          details: [{ field: 'departmentId' }],
        });
    }
    const ids = [...new Set(input.propertyIds)];
    if (ids.length) {
      const found = await db.selectFrom('properties').select('id').where('id', 'in', ids).execute();
      if (found.length !== ids.length)
        throw new AppError('VALIDATION_FAILED', {
          message: '所选项目不存在',
          details: [{ field: 'propertyIds' }],
        });
    }
  };

  return {
    listStaff: async () => {
      const ids = await db.selectFrom('staff').select('id').orderBy('employeeNo').execute();
      return Promise.all(ids.map((r) => staffView(r.id)));
    },
    staffView,

    createStaff: async (actor: Actor, input: CreateStaffInput) => {
      await checkRefs(input);
      const passwordHash = await hashPassword(input.password);
      try {
        return await db.transaction().execute(async (trx) => {
          const [row] = await trx
            .insertInto('staff')
            .values({
              username: input.username,
              passwordHash,
              name: input.name,
              employeeNo: input.employeeNo,
              phone: input.phone,
              departmentId: input.departmentId,
              isDeptHead: input.isDeptHead ? 1 : 0,
              certifiedForDuty: input.certifiedForDuty ? 1 : 0,
              active: input.active ? 1 : 0,
              locale: 'zh-CN',
              createdAt: clock.now().toISOString(),
            })
            .returning('id')
            .execute();
          const id = row!.id;
          for (const role of new Set(input.roles))
            await trx.insertInto('staffRoles').values({ staffId: id, role }).execute();
          for (const p of new Set(input.propertyIds))
            await trx.insertInto('staffProperties').values({ staffId: id, propertyId: p }).execute();
          const { password: _pw, ...after } = input;
          await appendEvent(trx, clock, {
            entityType: 'staff',
            entityId: id,
            propertyId: null,
            actorId: actor.id,
            action: 'create',
            data: { after },
          });
          return id;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '用户名或工号已存在' });
        throw e;
      }
    },

    updateStaff: async (actor: Actor, id: number, input: UpdateStaffInput) => {
      const before = await staffView(id);
      await checkRefs(input);
      const { reason, ...after } = input;
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('staff')
            .set({
              name: input.name,
              employeeNo: input.employeeNo,
              phone: input.phone,
              departmentId: input.departmentId,
              isDeptHead: input.isDeptHead ? 1 : 0,
              certifiedForDuty: input.certifiedForDuty ? 1 : 0,
              active: input.active ? 1 : 0,
            })
            .where('id', '=', id)
            .execute();
          await trx.deleteFrom('staffRoles').where('staffId', '=', id).execute();
          for (const role of new Set(input.roles))
            await trx.insertInto('staffRoles').values({ staffId: id, role }).execute();
          await trx.deleteFrom('staffProperties').where('staffId', '=', id).execute();
          for (const p of new Set(input.propertyIds))
            await trx.insertInto('staffProperties').values({ staffId: id, propertyId: p }).execute();
          if (!input.active) await trx.deleteFrom('sessions').where('staffId', '=', id).execute();
          const { id: _id, username: _u, ...beforeFields } = before;
          await appendEvent(trx, clock, {
            entityType: 'staff',
            entityId: id,
            propertyId: null,
            actorId: actor.id,
            action: 'update',
            data: { before: beforeFields, after },
            reason: reason ?? null,
          });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '工号已存在' });
        throw e;
      }
    },

    resetPassword: async (actor: Actor, id: number, password: string) => {
      await staffView(id);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set({ passwordHash: await hashPassword(password) })
          .where('id', '=', id)
          .execute();
        await trx.deleteFrom('sessions').where('staffId', '=', id).execute();
        await appendEvent(trx, clock, {
          entityType: 'staff',
          entityId: id,
          propertyId: null,
          actorId: actor.id,
          action: 'password-reset',
          data: {},
        });
      });
    },

    listProperties: () => db.selectFrom('properties').selectAll().orderBy('id').execute(),

    createProperty: async (actor: Actor, input: PropertyInput) => {
      try {
        return await db.transaction().execute(async (trx) => {
          const [row] = await trx
            .insertInto('properties')
            .values({ ...input, createdAt: clock.now().toISOString() })
            .returning('id')
            .execute();
          await appendEvent(trx, clock, {
            entityType: 'property',
            entityId: row!.id,
            propertyId: row!.id,
            actorId: actor.id,
            action: 'create',
            data: { after: input },
          });
          return row!.id;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '项目编码已存在' });
        throw e;
      }
    },

    updateProperty: async (actor: Actor, id: number, input: PropertyInput) => {
      const before = await db
        .selectFrom('properties')
        .select(['code', 'name', 'timezone', 'address', 'phone'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!before) throw notFound('项目');
      try {
        await db.transaction().execute(async (trx) => {
          await trx.updateTable('properties').set(input).where('id', '=', id).execute();
          await appendEvent(trx, clock, {
            entityType: 'property',
            entityId: id,
            propertyId: id,
            actorId: actor.id,
            action: 'update',
            data: { before, after: input },
          });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '项目编码已存在' });
        throw e;
      }
    },

    listDepartments: (propertyIds: number[] | 'all') => {
      let q = db
        .selectFrom('departments')
        .select(['id', 'propertyId', 'name', 'kind'])
        .orderBy('propertyId')
        .orderBy('id');
      if (propertyIds !== 'all') q = q.where('propertyId', 'in', propertyIds.length ? propertyIds : [0]);
      return q.execute();
    },

    createDepartment: async (actor: Actor, input: DepartmentInput) => {
      const p = await db
        .selectFrom('properties')
        .select('id')
        .where('id', '=', input.propertyId)
        .executeTakeFirst();
      if (!p)
        throw new AppError('VALIDATION_FAILED', {
          message: '所选项目不存在',
          details: [{ field: 'propertyId' }],
        });
      try {
        return await db.transaction().execute(async (trx) => {
          const [row] = await trx
            .insertInto('departments')
            .values({ ...input, createdAt: clock.now().toISOString() })
            .returning('id')
            .execute();
          await appendEvent(trx, clock, {
            entityType: 'department',
            entityId: row!.id,
            propertyId: input.propertyId,
            actorId: actor.id,
            action: 'create',
            data: { after: input },
          });
          return row!.id;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT', { message: '该项目下已有同名部门' });
        throw e;
      }
    },
  };
};
export type AdminService = ReturnType<typeof createAdminService>;
