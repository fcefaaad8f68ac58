import type { AppointmentColumnMeta } from './columns.tsx';
import { cellStyle } from './layout.ts';

const WIDTHS = ['70%', '55%', '85%', '60%', '75%'];

/** Placeholder rows while the first provider loads; hidden from assistive tech (the count says "Loading"). */
export function SkeletonRows({
  columns,
  count = 10,
}: {
  columns: readonly AppointmentColumnMeta[];
  count?: number;
}) {
  return (
    <>
      {Array.from({ length: count }, (_, row) => (
        <tr key={row} className="table-row skeleton-row" aria-hidden="true">
          {columns.map((meta, col) => (
            <td key={col} style={cellStyle(meta)}>
              <span className="skeleton" style={{ width: WIDTHS[(row + col) % WIDTHS.length] }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
