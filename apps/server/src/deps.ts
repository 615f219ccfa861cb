import { createAdminService } from './access/admin-service.js';
import { createSessionService } from './access/sessions.js';
import { createArchiveService } from './archive/service.js';
import { createAssessmentService } from './assessment/service.js';
import { ownerByTable, registerAttachmentOwner } from './attachments/owners.js';
import { createAttachmentService } from './attachments/service.js';
import { createComplaintService } from './complaints/service.js';
import { complaintSweeps } from './complaints/sweeps.js';
import { dutyAbsenceSweep } from './duty/absence-sweep.js';
import { createDutyService } from './duty/service.js';
import { dutySwapExpirySweep } from './duty/swap-expiry-sweep.js';
import { createHomeVisitService } from './home-visits/service.js';
import { createImportService } from './imports/service.js';
import type { Notify } from './intake/notify-port.js';
import { passUpSweepDefinition } from './intake/pass-up-sweep.js';
import { createIntakeService } from './intake/service.js';
import type { Clock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import type { DbHandle } from './kernel/db/database.js';
import { createNotificationHub } from './notifications/hub.js';
import { createNotifier } from './notifications/notifier.js';
import { createPetitionService } from './petitions/service.js';
import { createRegisterService, registerRegisterAttachmentOwners } from './registers/service.js';
import { registerSweeps } from './registers/sweeps.js';
import { createReportService } from './reports/service.js';
import { registerDemoSeeder } from './seed/demo.js';
import { seedDemoAssessment } from './seed/demo-assessment.js';
import { seedDemoComplaints } from './seed/demo-complaints.js';
import { seedDemoDuty } from './seed/demo-duty.js';
import { seedDemoHomeVisits } from './seed/demo-home-visits.js';
import { seedDemoRegisters } from './seed/demo-registers.js';
import { seedDemoWorkOrders } from './seed/demo-work-orders.js';
import { registerSweep, startSweeps } from './sweeps/scheduler.js';
import { webhookDeliverySweep } from './webhooks/delivery.js';
import { createWebhookService } from './webhooks/service.js';
import { workOrderClockSweep } from './work-orders/clock-sweep.js';
import { createWorkOrderService } from './work-orders/service.js';

// Timers (STYLE 16, sweeps/scheduler.ts): each feature registers its sweep here, once.
registerSweep(webhookDeliverySweep);
registerSweep(passUpSweepDefinition);
for (const [type, table] of [
  ['case', 'cases'],
  ['letter', 'letters'],
  ['incident', 'incidents'],
] as const)
  registerAttachmentOwner(type, ownerByTable(table));
for (const sweep of complaintSweeps) registerSweep(sweep);
registerAttachmentOwner('complaintReply', ownerByTable('complaintReplies'));
registerDemoSeeder(seedDemoComplaints);
registerSweep(workOrderClockSweep);
registerAttachmentOwner('workOrder', ownerByTable('workOrders'));
registerDemoSeeder(seedDemoWorkOrders);
for (const sweep of registerSweeps) registerSweep(sweep);
registerRegisterAttachmentOwners();
registerDemoSeeder(seedDemoRegisters);
registerSweep(dutyAbsenceSweep);
registerSweep(dutySwapExpirySweep);
registerDemoSeeder(seedDemoDuty);
registerDemoSeeder(seedDemoHomeVisits);
// Runs last: the assessment counts what every other seeder recorded.
registerDemoSeeder(seedDemoAssessment);

/** Everything the routes need, built once per app; tests build it with their own clock and db. */
export const createDeps = ({ handle, clock, config }: { handle: DbHandle; clock: Clock; config: Config }) => {
  const { db } = handle;
  // Live delivery: LISTEN/NOTIFY on PostgreSQL (any number of server processes), in-process on SQLite.
  const hub = createNotificationHub({ db, pgUrl: handle.dialect === 'postgres' ? handle.url : null });
  const notifier = createNotifier({ db, clock, hub });
  const notify: Notify = notifier.notify;
  return {
    db,
    dialect: handle.dialect,
    clock,
    config,
    sessions: createSessionService({ db, clock }),
    admin: createAdminService({ db, clock }),
    imports: createImportService({ db, clock }),
    archive: createArchiveService({ db, clock }),
    intake: createIntakeService({ db, clock, notify }),
    complaints: createComplaintService({ db, clock, notify }),
    workOrders: createWorkOrderService({ db, clock, notify }),
    registers: createRegisterService({ db, clock, notify, archive: createArchiveService({ db, clock }) }),
    duty: createDutyService({ db, clock, notify }),
    reports: createReportService({ db, clock, duty: createDutyService({ db, clock, notify }) }),
    assessment: createAssessmentService({ db, clock, notify }),
    homeVisits: createHomeVisitService({ db, clock }),
    petitions: createPetitionService({ db, clock, notify }),
    hub,
    notifier,
    webhooks: createWebhookService({ db, clock }),
    attachments: createAttachmentService({
      db,
      clock,
      dataDir: config.dataDir,
      limitBytes: config.uploadLimitBytes,
    }),
    /** Starts timers (the registered sweeps); returns a function that stops them. */
    startBackground: () => startSweeps({ db, clock, notifier }),
  };
};
export type Deps = ReturnType<typeof createDeps>;
