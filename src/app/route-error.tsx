import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a route throws while rendering: says what happened and offers a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section className="page-message" role="alert">
      <h1>Something went wrong</h1>
      <p>This view failed to render. Your filters are kept in the address bar, so reloading is safe.</p>
      <pre className="page-message-detail">{message}</pre>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/appointments">Back to appointments</Link>
      </p>
    </section>
  );
}
