import { useEffect, useState } from 'react';

/**
 * The current time as an ISO instant, ticking every second on the second, corrected by the
 * difference between this device's clock and the server's (`offsetMs` = server − device), so
 * the countdown matches what every other screen derives from the same state.
 *
 * @example const now = useNow(offsetMs); countdownView(state, now);
 */
export function useNow(offsetMs = 0, running = true): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(Date.now());
      // Align to the next whole second so the display never skips a number.
      timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    return () => clearTimeout(timer);
  }, [running]);
  return new Date(now + offsetMs).toISOString();
}
