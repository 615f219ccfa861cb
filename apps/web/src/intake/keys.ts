import type { KeyboardEvent } from 'react';

/** After the current event: lets a closing dropdown or a re-render settle before focus moves. */
export const focusLater = (fn: () => void) => setTimeout(fn, 0);

/** Enter alone, not while an input method is composing Chinese (its Enter commits the characters). */
export const isPlainEnter = (e: KeyboardEvent) =>
  e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && !e.nativeEvent.isComposing;
