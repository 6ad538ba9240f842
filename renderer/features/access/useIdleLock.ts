/** Calls onIdle after `minutes` without keyboard, mouse or touch input (0 = never). */
import { useEffect, useRef } from 'react';

const EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    if (minutes <= 0) return undefined;
    let timer = window.setTimeout(() => latest.current(), minutes * 60_000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), minutes * 60_000);
    };
    for (const name of EVENTS) window.addEventListener(name, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of EVENTS) window.removeEventListener(name, restart);
    };
  }, [minutes]);
}
