/** Text with the words of a search marked, matched without diacritics. */
import { highlightParts } from './highlight';

export function HighlightedText({ text, query }: { text: string; query: string }) {
  const parts = highlightParts(text, query);
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rule-search-match" style={{ background: '#ffe58f', padding: 0 }}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
