/**
 * Front-desk registers (DOMAIN.md §7; issue 6). Each register's schemas and rules live in its
 * own `registers-*.ts` file; shared pieces in registers-common.ts.
 */
export * from './registers-common.js';
export * from './registers-desk.js';
export * from './registers-incidents.js';
export * from './registers-keys.js';
export * from './registers-moves.js';
export * from './registers-night-visitors.js';
export * from './registers-notices.js';
export * from './registers-payments.js';
export * from './registers-release.js';
export * from './registers-release-gate.js';
export * from './registers-renovation.js';
