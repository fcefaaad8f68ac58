// The bundle baseline: an empty page that imports and minimally uses the same libraries the app is
// built on (react, react-dom, react-router, react-query, react-table, zod), so that tree-shaking keeps
// what any app using them must ship. The app's list route is budgeted against this.
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { z } from 'zod';

const Row = z.object({ id: z.string() });
type Row = z.infer<typeof Row>;
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();
const columns = helper.columns([helper.accessor('id', { header: 'Id' })]);

function Empty() {
  const { data } = useQuery({ queryKey: ['rows'], queryFn: () => z.array(Row).parse([]) });
  const table = useTable({ features, columns, data: data ?? [] });
  const header = table.getHeaderGroups()[0]?.headers[0];
  return header ? <table.FlexRender header={header} /> : null;
}

const router = createBrowserRouter([{ path: '*', element: <Empty /> }]);
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
);
