import { useOnline } from '../../../ui/use-online.ts';
import '../../../ui/ui.css';

/**
 * Offline: the cached list stays visible, and staff know why nothing refreshes. The live region is
 * always in the DOM so the change is announced when it happens.
 */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status" className="live-region">
      {online ? null : (
        <div className="banner" data-tone="warning">
          <span className="banner-text">
            <strong>You are offline.</strong> Showing the appointments already loaded; they refresh when the
            connection is back.
          </span>
        </div>
      )}
    </div>
  );
}
