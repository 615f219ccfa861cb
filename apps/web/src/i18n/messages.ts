import { adminMessages } from '../admin/messages';
import { archiveMessages } from '../archive/messages';
import { assessmentMessages } from '../assessment/messages';
import { complaintMessages } from '../complaints/messages';
import { dutyMessages } from '../duty/messages';
import { homeVisitMessages } from '../home-visits/messages';
import { importMessages } from '../imports/messages';
import { intakeMessages } from '../intake/messages';
import { petitionMessages } from '../petitions/messages';
import { registerMessages } from '../registers/messages';
import { reportMessages } from '../reports/messages';
import { workOrderMessages } from '../work-orders/messages';
import { shellMessages } from './shell-messages';

/** [中文, English] per key; each feature keeps its own texts beside its pages. */
export type MessageTable = Record<string, readonly [zh: string, en: string]>;

export const messages = {
  ...shellMessages,
  ...archiveMessages,
  ...importMessages,
  ...adminMessages,
  ...intakeMessages,
  ...registerMessages,
  ...complaintMessages,
  ...workOrderMessages,
  ...dutyMessages,
  ...homeVisitMessages,
  ...petitionMessages,
  ...assessmentMessages,
  ...reportMessages,
};

export type MessageKey = keyof typeof messages;
