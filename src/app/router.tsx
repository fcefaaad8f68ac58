import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFound } from './not-found.tsx';
import { AppointmentsRoute } from '../features/appointments/appointments-route.tsx';
import { DetailRouteLoader } from '../features/appointments/detail-route-loader.tsx';

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
            // The panel's code is a separate chunk; the loader renders in place at once (never a
            // pending navigation) and says so if that code cannot arrive.
            element: <DetailRouteLoader />,
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
