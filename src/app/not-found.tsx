import { Link, useLocation } from 'react-router';

export function NotFound() {
  const { pathname } = useLocation();
  return (
    <section className="page-message">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{pathname}</code>.
      </p>
      <p>
        <Link to="/appointments">Go to appointments</Link>
      </p>
    </section>
  );
}
