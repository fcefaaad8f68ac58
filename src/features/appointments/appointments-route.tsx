import { Outlet } from 'react-router';

/** The appointments list (placeholder until the list view lands). */
export function AppointmentsRoute() {
  return (
    <div className="appointments-page">
      <h1>Appointments</h1>
      <Outlet />
    </div>
  );
}
