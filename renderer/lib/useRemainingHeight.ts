/**
 * The height left below an element down to the window's bottom edge, kept up to date as the window
 * or the page above it changes: a table given this as its scroll height is the screen's one scroll area.
 */
import { useCallback, useState, type RefCallback } from 'react';

export function useRemainingHeight(min: number, bottomGap = 16): [RefCallback<HTMLElement>, number] {
  const [height, setHeight] = useState(min);
  const ref = useCallback<RefCallback<HTMLElement>>(
    (element) => {
      if (!element) return undefined;
      const measure = () => setHeight(Math.max(min, Math.floor(window.innerHeight - element.getBoundingClientRect().top - bottomGap)));
      const observer = new ResizeObserver(measure);
      observer.observe(document.body);
      window.addEventListener('resize', measure);
      return () => {
        observer.disconnect();
        window.removeEventListener('resize', measure);
      };
    },
    [min, bottomGap],
  );
  return [ref, height];
}
