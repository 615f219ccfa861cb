import type { ReleaseSlipState } from '@propdesk/domain';

export const slipStateColor: Record<ReleaseSlipState, string> = {
  refused: 'red',
  awaitingOwner: 'orange',
  approved: 'blue',
  issued: 'geekblue',
  used: 'green',
  voided: 'default',
};
