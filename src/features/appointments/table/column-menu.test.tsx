import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ColumnMenu } from './column-menu.tsx';

const COLUMNS = [
  { id: 'start', label: 'Start' },
  { id: 'staff', label: 'Staff' },
] as const;

describe('ColumnMenu', () => {
  it('opens the menu clicked before Radix arrived, with focus in it, and toggles a column', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<ColumnMenu columns={COLUMNS} visibility={{ staff: false }} onChange={onChange} />);
    const placeholder = screen.getByRole('button', { name: 'Columns' });
    expect(placeholder.hasAttribute('data-placeholder')).toBe(true);
    expect(placeholder.getAttribute('aria-haspopup')).toBe('menu');
    await user.click(placeholder);
    const menu = await screen.findByRole('menu');
    await waitFor(() => expect(menu.contains(document.activeElement)).toBe(true));
    expect(within(menu).getByRole('menuitemcheckbox', { name: /Start/ }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Staff' }));
    expect(onChange).toHaveBeenLastCalledWith('staff', true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    const trigger = screen.getByRole('button', { name: 'Columns' });
    expect(trigger.hasAttribute('data-placeholder')).toBe(false);
    expect(document.activeElement).toBe(trigger);
  });
});
