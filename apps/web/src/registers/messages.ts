import type { MessageTable } from '../i18n/messages';
import { registerDeskMessages } from './messages-desk';
import { registerSlipMessages } from './messages-slips';
import { registerWorksMessages } from './messages-works';

/** [中文, English] texts of the front-desk registers. */
export const registerMessages = {
  ...registerDeskMessages,
  ...registerSlipMessages,
  ...registerWorksMessages,
} as const satisfies MessageTable;
