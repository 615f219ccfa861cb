#!/usr/bin/env node
// `npm test`: every suite in turn, each skipped one said in one line with the command that
// enables it. PROPDESK_REQUIRE_ALL=1 turns a skip into a failure (CI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const requireAll = process.env.PROPDESK_REQUIRE_ALL === '1';
const pgUrl = process.env.PROPDESK_TEST_PG_URL;
const hasChromium = fs.existsSync('/usr/bin/chromium');
const only = process.argv.slice(2);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'propdesk-reports-'));
const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const run = (name, cmd, args, env = {}, countFrom = null) => {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name} ━━ ${[path.basename(cmd), ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  const ok = r.status === 0;
  if (countFrom) addCounts(countFrom, ok);
  results.push({ name, status: ok ? 'passed' : 'FAILED', seconds });
};

const skip = (name, why, enable) => {
  if (only.length && !only.includes(name)) return;
  console.log(`\n━━ ${name} ━━ skipped: ${why} (enable: ${enable})`);
  results.push({
    name,
    status: requireAll ? 'FAILED (skipped under PROPDESK_REQUIRE_ALL=1)' : 'skipped',
    seconds: 0,
    why,
  });
};

const addCounts = (file, ok) => {
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8'));
    if ('numPassedTests' in j) {
      counts.passed += j.numPassedTests;
      counts.failed += j.numFailedTests;
      counts.skipped += j.numPendingTests + (j.numTodoTests ?? 0);
    } else if (j.stats) {
      counts.passed += j.stats.expected + j.stats.flaky;
      counts.failed += j.stats.unexpected;
      counts.skipped += j.stats.skipped;
    }
  } catch {
    if (!ok) counts.failed += 1;
  }
};

const vitest = (name, project, env = {}) => {
  const out = path.join(reports, `${name}.json`);
  run(
    name,
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
    out,
  );
};

const playwright = (name, args, env = {}) => {
  const out = path.join(reports, `${name}.json`);
  run(
    name,
    bin('playwright'),
    ['test', '--reporter=list,json', ...args],
    { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
    out,
  );
};

/** A fresh PostgreSQL database for one suite; dropped afterwards. */
const withPgDatabase = async (fn) => {
  const { default: pg } = await import('pg');
  const name = `propdesk_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
};

const typecheck = ['packages/domain', 'apps/server', 'apps/web', 'e2e'].map((p) => `${bin('tsc')} -p ${p}`);
run('static', 'sh', ['-c', [...typecheck, `${bin('biome')} check .`].join(' && ')]);
vitest('unit', 'unit');
vitest('api-sqlite', 'api');
if (pgUrl) vitest('api-postgres', 'api', { PROPDESK_TEST_DB: 'postgres' });
else
  skip(
    'api-postgres',
    'PROPDESK_TEST_PG_URL is not set',
    'PROPDESK_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres npm test',
  );
if (hasChromium) {
  playwright('e2e-sqlite', []);
  // The smoke run serves the web build the full run has just made (about 30 s saved).
  const built = results.some((r) => r.name === 'e2e-sqlite') ? { PROPDESK_E2E_SKIP_BUILD: '1' } : {};
  if (pgUrl)
    await withPgDatabase((url) =>
      playwright('e2e-postgres-smoke', ['--grep', '@smoke'], { PROPDESK_E2E_DB: url, ...built }),
    );
  else
    skip(
      'e2e-postgres-smoke',
      'PROPDESK_TEST_PG_URL is not set',
      'PROPDESK_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres npm test',
    );
} else {
  const enable = 'apt-get install -y chromium';
  skip('e2e-sqlite', '/usr/bin/chromium is not installed', enable);
  skip('e2e-postgres-smoke', '/usr/bin/chromium is not installed', enable);
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(
    `${r.name.padEnd(20)} ${r.status.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s${r.why ? `  (${r.why})` : ''}`,
  );
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
fs.rmSync(reports, { recursive: true, force: true });
process.exit(results.some((r) => r.status.startsWith('FAILED')) ? 1 : 0);
