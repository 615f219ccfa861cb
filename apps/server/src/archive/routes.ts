import {
  CreatePersonInput,
  CreateRoomInput,
  LookupQuery,
  MoveInInput,
  MoveOutInput,
  type Role,
  RoomListQuery,
  SetArrearsInput,
  TransferInput,
  UpdatePersonInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';

/** Who may change the archive: the service desk and the admin of the property (issue 2). */
export const archiveWriters: readonly Role[] = [
  'receptionist',
  'assistant',
  'supervisor',
  'manager',
  'admin',
];

const read = { access: 'signed-in' } as const;
const write = { access: archiveWriters };
const tags = ['archive'];
const Created = z.object({ id: z.number() });
const OccupancyCreated = z.object({ occupancyId: z.number(), personId: z.number() });
const PropertyParams = z.object({ propertyId: z.coerce.number().int().positive() });

export const registerArchiveRoutes = (app: App, { archive }: Deps) => {
  app.get(
    '/api/archive/lookup',
    {
      config: read,
      schema: {
        tags,
        querystring: LookupQuery,
        description: '一框查询：房号、电话（任意 4 位以上数字）或姓名',
      },
    },
    async (req) => archive.lookup(requireActor(req), req.query),
  );

  app.get(
    '/api/archive/properties/:propertyId/buildings',
    { config: read, schema: { tags, params: PropertyParams } },
    async (req) => archive.listBuildings(requireActor(req), req.params.propertyId),
  );
  app.get(
    '/api/archive/buildings/:id/units',
    { config: read, schema: { tags, params: IdParams } },
    async (req) => archive.listUnits(requireActor(req), req.params.id),
  );
  app.get(
    '/api/archive/buildings/:id/rooms',
    { config: read, schema: { tags, params: IdParams, querystring: RoomListQuery } },
    async (req) => archive.listRooms(requireActor(req), req.params.id, req.query),
  );

  app.post(
    '/api/archive/rooms',
    { config: write, schema: { tags, body: CreateRoomInput, response: { 200: Created } } },
    async (req) => ({
      id: await archive.createRoom(requireActor(req), req.body),
    }),
  );
  app.get('/api/archive/rooms/:id', { config: read, schema: { tags, params: IdParams } }, async (req) =>
    archive.roomPage(requireActor(req), req.params.id),
  );
  app.post(
    '/api/archive/rooms/:id/move-in',
    {
      config: write,
      schema: { tags, params: IdParams, body: MoveInInput, response: { 200: OccupancyCreated } },
    },
    async (req) => archive.moveIn(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/archive/rooms/:id/move-out',
    { config: write, schema: { tags, params: IdParams, body: MoveOutInput, response: { 200: Ok } } },
    async (req) => {
      await archive.moveOut(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/archive/rooms/:id/transfer',
    {
      config: write,
      schema: {
        tags,
        params: IdParams,
        body: TransferInput,
        response: { 200: OccupancyCreated.extend({ ended: z.array(z.number()) }) },
      },
    },
    async (req) => archive.transfer(requireActor(req), req.params.id, req.body),
  );
  app.put(
    '/api/archive/rooms/:id/arrears',
    { config: write, schema: { tags, params: IdParams, body: SetArrearsInput, response: { 200: Ok } } },
    async (req) => {
      await archive.setArrears(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );

  app.post(
    '/api/archive/people',
    { config: write, schema: { tags, body: CreatePersonInput, response: { 200: Created } } },
    async (req) => ({
      id: (await archive.createPerson(requireActor(req), req.body)).id,
    }),
  );
  app.get('/api/archive/people/:id', { config: read, schema: { tags, params: IdParams } }, async (req) =>
    archive.personPage(requireActor(req), req.params.id),
  );
  app.put(
    '/api/archive/people/:id',
    { config: write, schema: { tags, params: IdParams, body: UpdatePersonInput, response: { 200: Ok } } },
    async (req) => {
      await archive.updatePerson(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
};
