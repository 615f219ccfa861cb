import { createHash } from 'node:crypto';
import {
  type CommitImportInput,
  type ImportKind,
  type ImportRecord,
  type ImportSummary,
  localDate,
  validateImport,
} from '@propdesk/domain';
import type { FastifyBaseLogger } from 'fastify';
import { appendEvent } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import { AppError, notFound } from '../kernel/errors.js';
import { type Actor, assertPropertyAccess } from '../kernel/http/actor.js';
import { checkAgainstArchive } from './archive-checks.js';
import {
  IMPORT_STALE_MS,
  type JobRow,
  jobColumns,
  rowsOf,
  type StoredIssues,
  toJobView,
} from './job-view.js';
import { readSheetFile } from './reader.js';
import { createArchiveWriter, emptySummary } from './writer.js';

/** Rows per transaction: big enough to be quick, small enough not to hold SQLite for long. */
export const IMPORT_BATCH_SIZE = 500;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

export const createImportService = ({
  db,
  clock,
  batchSize = IMPORT_BATCH_SIZE,
}: {
  db: Db;
  clock: Clock;
  batchSize?: number;
}) => {
  const running = new Map<number, Promise<void>>();

  const load = async (id: number) => {
    const job = await db.selectFrom('importJobs').select(jobColumns).where('id', '=', id).executeTakeFirst();
    if (!job) throw notFound('导入任务');
    return job;
  };

  const view = (job: JobRow, opts: { issues?: boolean } = {}) =>
    toJobView(job, { now: clock.now(), isRunningHere: running.has(job.id), issues: opts.issues !== false });

  const event = (
    trx: Parameters<typeof appendEvent>[0],
    job: { id: number; propertyId: number },
    actorId: number,
    action: string,
    data: unknown,
  ) =>
    appendEvent(trx, clock, {
      entityType: 'importJob',
      entityId: job.id,
      propertyId: job.propertyId,
      actorId,
      action,
      data,
    });

  /** Writes the job's records batch by batch; each batch, its history and doneRows commit together. */
  const run = async (jobId: number, actorId: number, log?: FastifyBaseLogger) => {
    const job = await load(jobId);
    const kind = job.kind as ImportKind;
    const { payload } = await db
      .selectFrom('importJobs')
      .select('payload')
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    const records = JSON.parse(payload) as ImportRecord[ImportKind][];
    const write = createArchiveWriter({ clock, jobId, propertyId: job.propertyId, actorId });
    let done = job.doneRows;
    let summary: ImportSummary = job.summary ? JSON.parse(job.summary) : emptySummary();
    let row = records[done]?.row ?? null;
    try {
      while (done < records.length) {
        const batch = records.slice(done, done + batchSize);
        const next = { ...summary };
        await db.transaction().execute(async (trx) => {
          for (const rec of batch) {
            row = rec.row;
            await write(kind, trx, rec, next);
          }
          await trx
            .updateTable('importJobs')
            .set({
              doneRows: done + batch.length,
              heartbeatAt: clock.now().toISOString(),
              summary: JSON.stringify(next),
            })
            .where('id', '=', jobId)
            .execute();
        });
        done += batch.length;
        summary = next;
        // Let other requests (the progress poll among them) in between batches.
        await yieldToOthers();
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('importJobs')
          .set({ status: 'done', finishedAt: clock.now().toISOString(), heartbeatAt: null })
          .where('id', '=', jobId)
          .execute();
        await event(trx, job, actorId, 'done', {
          summary,
          rows: records.length,
          payloadSha256: sha256(payload),
        });
      });
    } catch (err) {
      log?.error({ err, jobId, row }, 'import batch failed');
      const failure = `写入第 ${row} 行所在的批次时出错，该批次未写入；此前已写入 ${done} 行（共 ${records.length} 行）。可再次提交，从中断处继续。`;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('importJobs')
          .set({ status: 'failed', failure, heartbeatAt: null, finishedAt: clock.now().toISOString() })
          .where('id', '=', jobId)
          .execute();
        await event(trx, job, actorId, 'failed', { doneRows: done, row, failure });
      });
    }
  };

  return {
    load,
    view,

    /** Reads and checks a file; stores the job as 'previewed'. Nothing reaches the archive yet. */
    preview: async (
      actor: Actor,
      input: { propertyId: number; kind: ImportKind; filename: string; file: Buffer },
    ) => {
      assertPropertyAccess(actor, input.propertyId, 'write', '项目');
      const property = await db
        .selectFrom('properties')
        .select(['id', 'timezone'])
        .where('id', '=', input.propertyId)
        .executeTakeFirst();
      if (!property) throw notFound('项目');
      const sheet = await readSheetFile(input.file, input.kind);
      const parsed = validateImport(input.kind, sheet.rows, {
        today: localDate(clock.now(), property.timezone),
      });
      if (!parsed.ok)
        throw new AppError('IMPORT_INVALID', { message: parsed.message, details: parsed.details });
      const { records, errors, warnings } = await checkAgainstArchive(db, input.propertyId, parsed);
      const [bad, skipped] = [rowsOf(errors), rowsOf(warnings)];
      const sample = parsed.sample.map((s) => ({
        ...s,
        status: bad.has(s.row)
          ? ('error' as const)
          : skipped.has(s.row)
            ? ('skip' as const)
            : ('ok' as const),
      }));
      const payload = JSON.stringify(records);
      const id = await db.transaction().execute(async (trx) => {
        const [row] = await trx
          .insertInto('importJobs')
          .values({
            propertyId: input.propertyId,
            kind: input.kind,
            filename: input.filename.slice(0, 200),
            status: 'previewed',
            totalRows: parsed.totalRows,
            validRows: records.length,
            doneRows: 0,
            payload,
            errors: JSON.stringify({ errors, warnings, sample } satisfies StoredIssues),
            onlyValid: 0,
            createdBy: actor.id,
            createdAt: clock.now().toISOString(),
          })
          .returning('id')
          .execute();
        await event(trx, { id: row!.id, propertyId: input.propertyId }, actor.id, 'preview', {
          kind: input.kind,
          filename: input.filename,
          fileSha256: sha256(input.file),
          format: sheet.format,
          encoding: sheet.encoding,
          totalRows: parsed.totalRows,
          validRows: records.length,
          errorRows: bad.size,
          skippedRows: skipped.size,
        });
        return row!.id;
      });
      return view(await load(id));
    },

    /**
     * Starts (or resumes) writing a previewed job in the background and answers at once;
     * the caller polls get(). Refused while the file has bad rows unless onlyValid.
     */
    commit: async (actor: Actor, id: number, input: CommitImportInput, log?: FastifyBaseLogger) => {
      const job = await load(id);
      assertPropertyAccess(actor, job.propertyId, 'write', '导入任务');
      const current = view(job);
      if (current.status === 'done')
        throw new AppError('INVALID_TRANSITION', { message: '该导入已完成，不能再次提交' });
      if (current.status === 'running' && !current.isStalled)
        throw new AppError('CONFLICT', { message: '该导入正在进行中' });
      if (current.errorRows > 0 && !input.onlyValid)
        throw new AppError('IMPORT_INVALID', {
          message: `文件中有 ${current.errorRows} 行有错误：请修改后重新上传，或选择“只导入正确的行”`,
          details: { errorRows: current.errorRows, errors: current.errors },
        });
      const stale = new Date(clock.now().getTime() - IMPORT_STALE_MS).toISOString();
      const claimed = await db.transaction().execute(async (trx) => {
        // One claimant wins, even with two server processes: the update is the lock.
        const res = await trx
          .updateTable('importJobs')
          .set({
            status: 'running',
            onlyValid: input.onlyValid ? 1 : 0,
            heartbeatAt: clock.now().toISOString(),
            failure: null,
            finishedAt: null,
          })
          .where('id', '=', id)
          .where((eb) =>
            eb.or([
              eb('status', 'in', ['previewed', 'failed']),
              eb.and([
                eb('status', '=', 'running'),
                eb.or([eb('heartbeatAt', 'is', null), eb('heartbeatAt', '<', stale)]),
              ]),
            ]),
          )
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) return false;
        await event(trx, job, actor.id, 'commit', { onlyValid: input.onlyValid, fromRow: job.doneRows });
        return true;
      });
      if (!claimed) throw new AppError('CONFLICT', { message: '该导入正在进行中' });
      // If even the failure cannot be recorded (database gone), the job shows as stalled and resumes later.
      const task = run(id, actor.id, log)
        .catch((err) => log?.error({ err, jobId: id }, 'import could not record its outcome'))
        .finally(() => running.delete(id));
      running.set(id, task);
      return view(await load(id));
    },

    get: async (actor: Actor, id: number, opts: { issues?: boolean } = {}) => {
      const job = await load(id);
      assertPropertyAccess(actor, job.propertyId, 'read', '导入任务');
      return view(job, opts);
    },

    list: async (actor: Actor, propertyId: number) => {
      assertPropertyAccess(actor, propertyId, 'read', '项目');
      const jobs = await db
        .selectFrom('importJobs')
        .select(jobColumns)
        .where('propertyId', '=', propertyId)
        .orderBy('id', 'desc')
        .limit(50)
        .execute();
      return jobs.map((j) => view(j, { issues: false }));
    },

    /** Resolves when every commit started by this process has finished (tests, shutdown). */
    idle: async () => {
      while (running.size) await Promise.allSettled([...running.values()]);
    },
  };
};
export type ImportService = ReturnType<typeof createImportService>;
