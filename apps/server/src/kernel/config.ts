import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite:<file>` or a `postgres://` URL. */
  dbUrl: string;
  webDist: string | null;
  uploadLimitBytes: number;
  secureCookies: boolean;
};

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const dataDir = path.resolve(repoRoot, env.PROPDESK_DATA_DIR ?? 'data');
  const db = env.PROPDESK_DB;
  const dbUrl = db?.startsWith('postgres')
    ? db
    : `sqlite:${path.resolve(dataDir, db?.replace(/^sqlite:/, '') || 'propdesk.db')}`;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    dbUrl,
    webDist: path.resolve(repoRoot, env.PROPDESK_WEB_DIST ?? 'apps/web/dist'),
    uploadLimitBytes: Number(env.PROPDESK_UPLOAD_LIMIT_MB ?? 10) * 1024 * 1024,
    secureCookies: env.PROPDESK_SECURE_COOKIES === '1',
  };
};
