import type { RenovationState } from '@propdesk/domain';

export const renovationStateColor: Record<RenovationState, string> = {
  pending: 'orange',
  rejected: 'default',
  inProgress: 'blue',
  awaitingInspection: 'purple',
  passed: 'green',
  failed: 'red',
};
