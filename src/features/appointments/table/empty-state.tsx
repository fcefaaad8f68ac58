/** No rows: say why, and offer the one action that always helps. */
export function EmptyState({
  filtered,
  stillLoading,
  onClear,
}: {
  filtered: boolean;
  stillLoading: boolean;
  onClear: () => void;
}) {
  return (
    <>
      <h2>{filtered ? 'No appointments match these filters' : 'No appointments in this date range'}</h2>
      <p>
        {filtered ? 'Try fewer filters or a wider date range.' : 'Pick another date range to see more.'}
        {stillLoading ? ' Some providers are still loading, so more may appear.' : ''}
      </p>
      <button type="button" className="button" data-variant="primary" onClick={onClear}>
        Clear filters
      </button>
    </>
  );
}
