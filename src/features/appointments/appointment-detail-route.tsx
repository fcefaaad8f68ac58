import { useParams } from 'react-router';

/** The detail panel (placeholder until the detail view lands). */
export function AppointmentDetailRoute() {
  const { provider, id } = useParams();
  return (
    <aside aria-label="Appointment details">
      {provider}/{id}
    </aside>
  );
}
