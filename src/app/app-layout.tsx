import { useState } from 'react';
import { Outlet } from 'react-router';
import { HeaderSlotContext } from '../ui/header-slot.tsx';
import './page-layout.css';

/**
 * The shell: a header with the product name and a slot that the active route fills (the appointments
 * route puts provider status there), then the page.
 */
export function AppLayout() {
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          Frontdesk
        </span>
        <div className="app-header-status" id="provider-status-slot" ref={setSlot} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <HeaderSlotContext.Provider value={slot}>
          <Outlet />
        </HeaderSlotContext.Provider>
      </main>
    </div>
  );
}
