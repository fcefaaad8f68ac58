import { useState } from 'react';
import '../../../ui/ui.css';
import './url-notice.css';

/**
 * Says which URL parameters were ignored or corrected (garbage never becomes an error page). The live
 * region stays mounted so screen readers announce the message; dismissing hides this set of notices
 * and calls `onDismiss`, which gives the focus somewhere (the button it was on is gone).
 */
export function UrlNotice({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  const key = notices.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const visible = notices.length > 0 && dismissed !== key;
  return (
    <div role="status" className="url-notice">
      {visible ? (
        <div className="banner" data-tone="warning">
          <div className="banner-text">
            <strong>Some of the settings in the address were invalid and have been adjusted.</strong>
            <ul className="url-notice-list">
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="button"
            data-variant="ghost"
            onClick={() => {
              setDismissed(key);
              onDismiss();
            }}
          >
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
