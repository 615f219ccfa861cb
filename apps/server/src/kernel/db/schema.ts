import type { AccessTables } from '../../access/tables.js';
import type { ArchiveTables } from '../../archive/tables.js';
import type { AssessmentTables } from '../../assessment/tables.js';
import type { AttachmentTables } from '../../attachments/tables.js';
import type { ComplaintTables } from '../../complaints/tables.js';
import type { DutyTables } from '../../duty/tables.js';
import type { HistoryTables } from '../../history/tables.js';
import type { HomeVisitTables } from '../../home-visits/tables.js';
import type { ImportTables } from '../../imports/tables.js';
import type { IntakeTables } from '../../intake/tables.js';
import type { NotificationTables } from '../../notifications/tables.js';
import type { PetitionTables } from '../../petitions/tables.js';
import type { RegisterTables } from '../../registers/tables.js';
import type { SettingsTables } from '../../settings/tables.js';
import type { WorkOrderTables } from '../../work-orders/tables.js';

/** Each feature declares its own tables; this is only their union. */
export type Database = AccessTables &
  ArchiveTables &
  HistoryTables &
  NotificationTables &
  AttachmentTables &
  ImportTables &
  IntakeTables &
  SettingsTables &
  ComplaintTables &
  WorkOrderTables &
  RegisterTables &
  DutyTables &
  AssessmentTables &
  HomeVisitTables &
  PetitionTables;
