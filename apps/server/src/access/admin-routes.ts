import {
  CreateStaffInput,
  DepartmentInput,
  PropertyInput,
  ResetPasswordInput,
  UpdateStaffInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { readableProperties } from '../kernel/http/actor.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

const Created = z.object({ id: z.number() });
const admin = { access: ['admin'] as const };
const tags = ['admin'];

export const registerAdminRoutes = (app: App, { admin: svc }: Deps) => {
  app.get('/api/admin/staff', { config: admin, schema: { tags } }, async () => svc.listStaff());
  app.get('/api/admin/staff/:id', { config: admin, schema: { tags, params: IdParams } }, async (req) =>
    svc.staffView(req.params.id),
  );
  app.post(
    '/api/admin/staff',
    { config: admin, schema: { tags, body: CreateStaffInput, response: { 200: Created } } },
    async (req) => ({
      id: await svc.createStaff(requireActor(req), req.body),
    }),
  );
  app.put(
    '/api/admin/staff/:id',
    { config: admin, schema: { tags, params: IdParams, body: UpdateStaffInput, response: { 200: Ok } } },
    async (req) => {
      await svc.updateStaff(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/admin/staff/:id/password',
    { config: admin, schema: { tags, params: IdParams, body: ResetPasswordInput, response: { 200: Ok } } },
    async (req) => {
      await svc.resetPassword(requireActor(req), req.params.id, req.body.password);
      return ok;
    },
  );

  app.get('/api/admin/properties', { config: admin, schema: { tags } }, async () => svc.listProperties());
  app.post(
    '/api/admin/properties',
    { config: admin, schema: { tags, body: PropertyInput, response: { 200: Created } } },
    async (req) => ({
      id: await svc.createProperty(requireActor(req), req.body),
    }),
  );
  app.put(
    '/api/admin/properties/:id',
    { config: admin, schema: { tags, params: IdParams, body: PropertyInput, response: { 200: Ok } } },
    async (req) => {
      await svc.updateProperty(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.get('/api/departments', { config: { access: 'signed-in' }, schema: { tags } }, async (req) => {
    const actor = requireActor(req);
    return svc.listDepartments(actor.roles.includes('admin') ? 'all' : readableProperties(actor));
  });
  app.post(
    '/api/admin/departments',
    { config: admin, schema: { tags, body: DepartmentInput, response: { 200: Created } } },
    async (req) => ({
      id: await svc.createDepartment(requireActor(req), req.body),
    }),
  );
};
