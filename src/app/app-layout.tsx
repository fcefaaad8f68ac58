import { Outlet } from 'react-router';

/** The shell: a header with the product name and a slot for provider status, then the page. */
export function AppLayout() {
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
        <div className="app-header-status" id="provider-status-slot" />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
