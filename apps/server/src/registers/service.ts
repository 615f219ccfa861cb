import { ownerByTable, registerAttachmentOwner } from '../attachments/owners.js';
import { createRegisterAmendments } from './amendments.js';
import type { RegisterDepsWithArchive } from './common.js';
import { createRegisterDayCheck } from './day-check.js';
import { createKeyInventory } from './keys/inventory.js';
import { createKeyRegister } from './keys/service.js';
import { createMailRegister } from './mail/service.js';
import { createMoveRegister } from './moves/service.js';
import { createNoticeRegister } from './notices/service.js';
import { createPassRegister } from './passes/service.js';
import { createPaymentRegister } from './payments/service.js';
import { createReleaseGate } from './release-slips/gate.js';
import { createReleaseSlips } from './release-slips/service.js';
import { createReleaseSlipViews } from './release-slips/views.js';
import { createRenovationQueries } from './renovations/queries.js';
import { createRenovationWrites } from './renovations/service.js';
import { createRenovationWorks } from './renovations/works.js';
import { createVisitorRegister } from './visitors/service.js';

/** Scans and photos (ID copies, documents, worker photos) attach to these records. */
export const registerRegisterAttachmentOwners = () => {
  registerAttachmentOwner('releaseSlip', ownerByTable('releaseSlips'));
  registerAttachmentOwner('renovation', ownerByTable('renovations'));
  registerAttachmentOwner('moveRegistration', ownerByTable('moveRegistrations'));
  registerAttachmentOwner('deskPayment', ownerByTable('deskPayments'));
  registerAttachmentOwner('visitor', ownerByTable('visitors'));
};

/** The front-desk registers (issue 6, DOMAIN.md §7), assembled from their parts. */
export const createRegisterService = (deps: RegisterDepsWithArchive) => ({
  keys: { ...createKeyRegister(deps), ...createKeyInventory(deps) },
  mail: createMailRegister(deps),
  payments: createPaymentRegister(deps),
  releaseSlips: { ...createReleaseSlips(deps), ...createReleaseSlipViews(deps) },
  releaseGate: createReleaseGate(deps),
  visitors: createVisitorRegister(deps),
  passes: createPassRegister(deps),
  renovations: {
    ...createRenovationWrites(deps),
    ...createRenovationWorks(deps),
    ...createRenovationQueries(deps),
  },
  moves: createMoveRegister(deps),
  notices: createNoticeRegister(deps),
  amendments: createRegisterAmendments(deps),
  dayCheck: createRegisterDayCheck(deps),
});
export type RegisterService = ReturnType<typeof createRegisterService>;
