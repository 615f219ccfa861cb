import { useEffect } from 'react';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

// Closed antd modals stay in the DOM hidden; only a shown one counts.
const isDialogOpen = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-content-wrapper')].some(
    (el) => el.getClientRects().length > 0,
  );

/**
 * A one-key shortcut for the desk (e.g. `n` opens the new-entry form), ignored while typing,
 * with a modifier held, or when a dialog is open.
 */
export const useShortcut = (key: string, onHit: () => void, isEnabled = true) => {
  useEffect(() => {
    if (!isEnabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (isDialogOpen()) return;
      e.preventDefault();
      onHit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, onHit, isEnabled]);
};
