/**
 * Work that should not compete with a screen's first paint: `useAfterPaint(isReady)` turns true once
 * `isReady` has been true through one painted frame (an animation frame, then a task after it: the frame
 * has been drawn by then). Tổng quan shows its to-do list first and only then loads its charts and asks
 * for the rest, so their scripts and answers do not hold back the frame that shows the list.
 */
import { useEffect, useState } from 'react';

export function useAfterPaint(isReady: boolean): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    if (!isReady || isPainted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [isReady, isPainted]);
  return isPainted;
}
