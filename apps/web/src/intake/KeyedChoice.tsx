import { type KeyboardEvent, type Ref, useImperativeHandle, useRef } from 'react';
import './intake.css';

export type KeyedOption<V extends string> = { value: V; label: string };
export type KeyedChoiceHandle = { focus: () => void };

type Props<V extends string> = {
  id?: string;
  label: string;
  options: readonly KeyedOption<V>[];
  value: V | null;
  onChange: (v: V) => void;
  /** Called after a choice made with the keyboard (a number key or Enter): move on to the next field. */
  onCommit?: () => void;
  ref?: Ref<KeyedChoiceHandle>;
  hasError?: boolean;
  testId?: string;
  size?: 'small' | 'middle';
};

const focusButton = (row: HTMLDivElement | null, i: number) =>
  row?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus();

/**
 * A row of buttons, one of which is chosen, with its number key shown on each: with the row
 * focused, the number picks (and moves on), arrows move, Enter or Space picks. One Tab stop.
 */
export const KeyedChoice = <V extends string>({
  id,
  label,
  options,
  value,
  onChange,
  onCommit,
  ref,
  hasError,
  testId,
  size = 'middle',
}: Props<V>) => {
  const rowRef = useRef<HTMLDivElement>(null);
  const current = Math.max(
    0,
    options.findIndex((o) => o.value === value),
  );
  const focusAt = (i: number) => focusButton(rowRef.current, i);
  useImperativeHandle(ref, () => ({ focus: () => focusButton(rowRef.current, current) }), [current]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= options.length) {
      e.preventDefault();
      onChange(options[n - 1]!.value);
      onCommit?.();
      return;
    }
    const at = options.findIndex((o) => o.value === (document.activeElement as HTMLElement)?.dataset.value);
    const from = at < 0 ? current : at;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      const next = (from + 1) % options.length;
      onChange(options[next]!.value);
      focusAt(next);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      const prev = (from - 1 + options.length) % options.length;
      onChange(options[prev]!.value);
      focusAt(prev);
    } else if (e.key === 'Enter') {
      // Enter picks the focused button and moves on; it never submits the form by itself.
      e.preventDefault();
      e.stopPropagation();
      onChange(options[from]!.value);
      onCommit?.();
    }
  };

  return (
    <div
      id={id}
      ref={rowRef}
      role="radiogroup"
      aria-label={label}
      className={`pd-keyed ${size === 'small' ? 'pd-keyed-small' : ''} ${hasError ? 'pd-keyed-error' : ''}`}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      {options.map((o, i) => {
        const isChecked = o.value === value;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a button shows its number key; the row gives the radio keyboard model
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={isChecked}
            data-value={o.value}
            tabIndex={i === current ? 0 : -1}
            className={isChecked ? 'is-checked' : undefined}
            onClick={() => onChange(o.value)}
          >
            <kbd>{i + 1}</kbd>
            {o.label}
          </button>
        );
      })}
    </div>
  );
};
