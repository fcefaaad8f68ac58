import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFound } from './not-found.tsx';
import { AppointmentsRoute } from '../features/appointments/appointments-route.tsx';

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
          {
            path: ':provider/:id',
            // The detail panel is not part of the first list view: its code loads when a row is opened
            // (or, on a deep link, before the route renders), keeping the list's bundle small.
            lazy: async () => {
              const { AppointmentDetailRoute } =
                await import('../features/appointments/appointment-detail-route.tsx');
              return { Component: AppointmentDetailRoute };
            },
            errorElement: <RouteError />,
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
