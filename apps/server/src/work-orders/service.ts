import { createBoard } from './board.js';
import { createBoardFeed } from './board-feed.js';
import { createClockSweep } from './clock-sweep.js';
import { createDeskActions } from './desk-actions.js';
import { createDispatch } from './dispatch.js';
import { createFieldActions } from './field-actions.js';
import { createMutate, type WorkOrderDeps } from './mutate.js';
import { createPriceList } from './price-list.js';
import { createPrintouts } from './printouts.js';
import { createQueries } from './queries.js';
import { createRecords } from './records.js';
import { createReturnVisits } from './return-visits.js';

/** Work orders and return visits (DOMAIN.md §4, issue 4), assembled from their parts. */
export const createWorkOrderService = (deps: WorkOrderDeps & { boardPollMs?: number }) => {
  const mutate = createMutate(deps);
  const { resumeOrder: _internal, ...desk } = createDeskActions(deps, mutate);
  return {
    ...createDispatch(deps, mutate),
    ...createFieldActions(deps, mutate),
    ...desk,
    ...createRecords(deps, mutate),
    returnVisits: createReturnVisits(deps, mutate),
    queries: createQueries(deps),
    board: createBoard(deps).board,
    feed: createBoardFeed({ db: deps.db, pollMs: deps.boardPollMs }),
    priceList: createPriceList(deps),
    printouts: createPrintouts(deps),
    /** The clock sweep, for tests and the CLI; the scheduler runs it via `workOrderClockSweep`. */
    sweep: createClockSweep(deps),
  };
};
export type WorkOrderService = ReturnType<typeof createWorkOrderService>;
