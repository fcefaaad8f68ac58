import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UrlNotice } from './url-notice.tsx';

describe('UrlNotice', () => {
  it('lists every notice in a status region, and can be dismissed, saying so to its owner', async () => {
    const notices = [
      'Ignored the status filter in the address (“maybe”): it is not valid.',
      'Ignored the time zone.',
    ];
    const onDismiss = vi.fn();
    const view = render(<UrlNotice notices={notices} onDismiss={onDismiss} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toContain('“maybe”');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    // A new set of notices shows again.
    view.rerender(<UrlNotice notices={['Ignored the sort order.']} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').textContent).toContain('sort order');
  });

  it('keeps an empty live region when there is nothing to say', () => {
    render(<UrlNotice notices={[]} onDismiss={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
