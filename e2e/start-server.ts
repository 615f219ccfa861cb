/**
 * Starts the real server for the browser tests: a fresh temp data folder (SQLite) or the
 * fresh PostgreSQL database in PROPDESK_E2E_DB, demo data seeded on start, on
 * PROPDESK_E2E_PORT (3210). The folder is removed when the server stops.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-e2e-'));
const pg = process.env.PROPDESK_E2E_DB;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: process.env.PROPDESK_E2E_PORT ?? '3210',
  HOST: '127.0.0.1',
  PROPDESK_DATA_DIR: dataDir,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
if (pg) env.PROPDESK_DB = pg;
else delete env.PROPDESK_DB;

console.log(`e2e server: ${pg ? 'PostgreSQL' : `SQLite in ${dataDir}`}`);
const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});

const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
const stop = (signal: NodeJS.Signals) => {
  if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code) => {
  cleanup();
  process.exit(code ?? 0);
});
