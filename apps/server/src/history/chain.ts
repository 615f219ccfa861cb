import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys, so the same value always hashes the same. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export type ChainedFields = {
  entityType: string;
  entityId: string;
  seq: number;
  propertyId: number | null;
  actorId: number | null;
  at: string;
  action: string;
  data: string;
  reason: string | null;
  prevHash: string;
};

export const eventHash = (e: ChainedFields) =>
  createHash('sha256')
    .update(
      canonicalJson([
        e.entityType,
        e.entityId,
        e.seq,
        e.propertyId,
        e.actorId,
        e.at,
        e.action,
        e.data,
        e.reason,
        e.prevHash,
      ]),
    )
    .digest('hex');

export type StoredEvent = ChainedFields & { hash: string };
export type Head = { seq: number; hash: string } | null;

export type ChainProblem = { seq: number | null; problem: string };

/** Checks one entity's events (in stored order) against its head; empty when intact. */
export const checkChain = (events: readonly StoredEvent[], head: Head): ChainProblem[] => {
  const problems: ChainProblem[] = [];
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let prevHash = GENESIS;
  sorted.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push({ seq: e.seq, problem: `序号不连续：应为 ${i + 1}` });
    if (e.prevHash !== prevHash) problems.push({ seq: e.seq, problem: '与上一条记录的链接不符' });
    if (eventHash(e) !== e.hash) problems.push({ seq: e.seq, problem: '内容与哈希不符（被修改）' });
    prevHash = e.hash;
  });
  const last = sorted.at(-1);
  if (!head) problems.push({ seq: null, problem: '缺少链头' });
  else if (!last || last.seq !== head.seq || last.hash !== head.hash)
    problems.push({ seq: last?.seq ?? null, problem: '最后一条记录与链头不符（被删除或追加）' });
  return problems;
};
