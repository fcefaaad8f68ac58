import { useCallback, useState } from 'react';
import { Outlet } from 'react-router';
import { HeaderSlotContext } from '../ui/header-slot.tsx';
import './page-layout.css';

/**
 * The shell: a header with the product name and a slot that the active route fills (the appointments
 * route puts provider status there), then the page.
 */
export function AppLayout() {
  // Made before the first render, so the route's portal fills it in the same commit: a slot kept in
  // state would arrive one render later and make the whole page render twice on load.
  const [slot] = useState(() => {
    const element = document.createElement('div');
    element.className = 'app-header-status';
    element.id = 'provider-status-slot';
    return element;
  });
  // Last in the header, where the status belongs; the header's other children never change.
  const attach = useCallback((header: HTMLElement | null) => header?.append(slot), [slot]);
  return (
    <div className="app">
      <a id="skip-link" className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header" ref={attach}>
        <span className="app-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Frontdesk
        </span>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <HeaderSlotContext.Provider value={slot}>
          <Outlet />
        </HeaderSlotContext.Provider>
      </main>
    </div>
  );
}
