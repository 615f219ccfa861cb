import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PROPDESK_E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
// Building the web app takes ~20 s; a run that has just built it may skip that step.
// PROPDESK_WEB_DIST builds into (and serves from) another folder, so two runs at once never
// rebuild the files a running server is serving.
const dist = process.env.PROPDESK_WEB_DIST;
const build =
  process.env.PROPDESK_E2E_SKIP_BUILD === '1'
    ? ''
    : `npm run -w @propdesk/web build${dist ? ` -- --outDir ${dist} --emptyOutDir` : ''} && `;

/**
 * Browser flows against the real server on a fresh database: SQLite in a temp folder by
 * default, or the PostgreSQL database named by PROPDESK_E2E_DB (run the @smoke subset there).
 * Uses Debian's Chromium; never downloads a browser.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // The app turns antd's motion off for reduced motion: no click lands on a sliding dropdown.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.PROPDESK_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `${build}npx tsx e2e/start-server.ts`,
    url: `${baseURL}/api/health`,
    env: { PROPDESK_E2E_PORT: String(PORT) },
    reuseExistingServer: !process.env.CI && process.env.PROPDESK_E2E_REUSE === '1',
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
