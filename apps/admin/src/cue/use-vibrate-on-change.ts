import { useEffect, useRef } from 'react';

/**
 * A gentle vibration when `value` changes (not on the first render), on phones that allow
 * it: `navigator.vibrate` is missing on many devices and then nothing happens.
 *
 * @example useVibrateOnChange(view.data?.status);
 */
export function useVibrateOnChange(value: string | undefined): void {
  const last = useRef(value);
  useEffect(() => {
    if (value === undefined || last.current === value) return;
    const first = last.current === undefined;
    last.current = value;
    if (!first && typeof navigator.vibrate === 'function') navigator.vibrate([120, 60, 120]);
  }, [value]);
}
