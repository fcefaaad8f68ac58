import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFound } from './not-found.tsx';
import { AppointmentsRoute } from '../features/appointments/appointments-route.tsx';
import { AppointmentDetailRoute } from '../features/appointments/appointment-detail-route.tsx';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/appointments" replace /> },
      {
        path: 'appointments',
        element: <AppointmentsRoute />,
        errorElement: <RouteError />,
        children: [
          { path: ':provider/:id', element: <AppointmentDetailRoute />, errorElement: <RouteError /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
