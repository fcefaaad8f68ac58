import { useOutletContext, useParams } from 'react-router';
import { providerIdSchema, type ProviderId } from '../../../contract/providers.ts';
import { useAppointment } from '../../providers/use-appointment.ts';
import { neighbours, type DetailContext } from './detail/detail-context.ts';
import { AppointmentDetail, DetailMessage } from './detail/detail-panel.tsx';
import { errorWords } from './provider-status/error-words.ts';

/**
 * The detail panel (child route `/appointments/:provider/:id`). Works on direct navigation and reload:
 * `useAppointment` shows the cached list copy at once, or fetches the one appointment.
 */
export function AppointmentDetailRoute() {
  const params = useParams();
  const context = useOutletContext<DetailContext>();
  const provider = providerIdSchema.safeParse(params.provider);
  const id = params.id ?? '';
  if (!provider.success || id === '') {
    return (
      <DetailMessage
        heading="Appointment not found"
        message="This link does not name a known provider and appointment."
        nav={neighbours(context.rows, '', context.go)}
        onClose={context.close}
      />
    );
  }
  return <LoadedDetail provider={provider.data} id={id} context={context} />;
}

function LoadedDetail({
  provider,
  id,
  context,
}: {
  provider: ProviderId;
  id: string;
  context: DetailContext;
}) {
  const query = useAppointment(provider, id);
  const nav = neighbours(context.rows, `${provider}:${id}`, context.go);
  if (query.data) {
    return (
      <AppointmentDetail
        appointment={query.data}
        timeZone={context.timeZone}
        nav={nav}
        onClose={context.close}
      />
    );
  }
  // Offline, TanStack Query pauses the fetch and resumes it when the connection is back.
  if (
    query.fetchStatus === 'paused' ||
    (query.isError && query.error.kind === 'network' && !navigator.onLine)
  ) {
    return (
      <DetailMessage
        heading="You are offline"
        message="This appointment is not among those already loaded, so it cannot be shown until the connection is back. It will load by itself then."
        nav={nav}
        onClose={context.close}
      />
    );
  }
  if (query.isError) {
    const notFound = query.error.kind === 'not-found';
    return (
      <DetailMessage
        heading={notFound ? 'Appointment not found' : 'Could not load this appointment'}
        message={
          notFound
            ? `There is no appointment ${id} at this provider (it may have been deleted).`
            : errorWords(query.error).summary
        }
        technical={notFound ? undefined : errorWords(query.error).technical}
        nav={nav}
        onClose={context.close}
        onRetry={notFound ? undefined : () => void query.refetch()}
      />
    );
  }
  return (
    <DetailMessage
      heading="Loading appointment…"
      message="Fetching it from the provider."
      nav={nav}
      onClose={context.close}
      busy
    />
  );
}
