const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * "3 new or changed: Show", while background refreshes are held back. Showing them moves focus to
 * `onShown`'s target, because this button goes away with the notice.
 */
export function ChangesNotice({ pending, onShow }: { pending: number; onShow: () => void }) {
  return (
    <div className="changes-notice" role="status">
      {pending > 0 ? (
        <>
          <span>
            {numberFormat.format(pending)} new or changed
            <span className="visually-hidden"> appointments</span>
          </span>
          <button type="button" className="button" data-variant="primary" onClick={onShow}>
            Show
          </button>
        </>
      ) : null}
    </div>
  );
}
