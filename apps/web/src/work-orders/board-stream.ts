import { BOARD_EVENT } from '@propdesk/domain';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

export type StreamStatus = 'connecting' | 'live' | 'down';

/**
 * Keeps a page live from the board's server-sent events: any change to a case or an order of
 * the property refetches `queryKey` (a burst of events is one refetch). EventSource reconnects
 * by itself; after a reconnect the page is read again, since events in between were missed.
 */
export const useBoardStream = (propertyId: number | null, queryKey: QueryKey) => {
  const qc = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const keyText = JSON.stringify(queryKey);
  useEffect(() => {
    if (!propertyId || typeof EventSource === 'undefined') return;
    const key = JSON.parse(keyText) as QueryKey;
    setStatus('connecting');
    const source = new EventSource(`/api/work-orders/board/stream?propertyId=${propertyId}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let opens = 0;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void qc.invalidateQueries({ queryKey: key });
      }, 300);
    };
    source.onopen = () => {
      setStatus('live');
      if (opens++ > 0) refresh();
    };
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'down' : 'connecting');
    source.addEventListener(BOARD_EVENT, refresh);
    return () => {
      clearTimeout(timer);
      source.removeEventListener(BOARD_EVENT, refresh);
      source.close();
    };
  }, [propertyId, keyText, qc]);
  return status;
};
