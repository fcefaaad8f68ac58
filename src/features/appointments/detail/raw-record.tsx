import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

function defaultCopy(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** Stringifies anything a provider sent; cycles or BigInts cannot come from JSON, but never throw. */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The provider record exactly as received, collapsed by default, with a copy button for support
 * tickets. Loaded lazily: most views never open it.
 */
export function RawRecord({
  raw,
  copy = defaultCopy,
}: {
  raw: unknown;
  copy?: (text: string) => Promise<void>;
}) {
  const [state, setState] = useState<CopyState>('idle');
  const text = prettyJson(raw);
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const onCopy = () => {
    copy(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <details className="raw-record">
      <summary>Raw provider record</summary>
      <div className="raw-record-actions">
        <button type="button" className="button" onClick={onCopy}>
          Copy JSON
        </button>
        <span role="status" className="raw-record-feedback">
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
        </span>
      </div>
      <pre className="raw-record-json">{text}</pre>
    </details>
  );
}
