import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { MAX_QUERY_LENGTH } from '../list-state/url-state.ts';

export interface SearchBoxProps {
  value: string;
  /** `replace` is true for the later writes of one typing burst, so history gets one entry per search. */
  onChange: (q: string, options: { replace: boolean }) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Wait after the last keystroke before writing the URL. */
  debounceMs?: number;
}

/**
 * The free-text box. It keeps its own text while typing and writes the URL after a pause; a change of
 * `value` from outside (back/forward, a chip removed, Clear all) replaces the text.
 */
export function SearchBox({ value, onChange, inputRef, debounceMs = 250 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  // `value` as last seen, and the text this box last wrote and is waiting to see come back.
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    setSent(null);
    // Our own write coming back must not undo what was typed since; anything else replaces the text.
    if (value !== sent) setText(value);
  }
  const burst = useRef(false);

  const send = useCallback(
    (q: string) => {
      setSent(q);
      onChange(q, { replace: burst.current });
      burst.current = true;
    },
    [onChange],
  );

  useEffect(() => {
    if (text === value || text === sent) return;
    const timer = setTimeout(() => send(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text, value, sent, send, debounceMs]);

  const flush = () => {
    if (text !== value && text !== sent) send(text);
  };

  return (
    <div className="search-box">
      <SearchIcon />
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        aria-keyshortcuts="/"
        placeholder="Search client, e-mail, phone, title, notes, id"
        maxLength={MAX_QUERY_LENGTH}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          flush();
          // Enter ends the burst: the next search gets its own history entry.
          burst.current = false;
        }}
        onBlur={() => {
          flush();
          burst.current = false;
        }}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}

function SearchIcon() {
  return (
    <svg
      className="search-icon"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
