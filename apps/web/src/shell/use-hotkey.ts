import { useEffect } from 'react';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** `/` (outside text fields) and Ctrl+K / ⌘K run `onHit`, e.g. focus the lookup. */
export const useLookupHotkey = (onHit: () => void) => {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const isCtrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const isSlash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      if (!isCtrlK && !isSlash) return;
      e.preventDefault();
      onHit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHit]);
};
