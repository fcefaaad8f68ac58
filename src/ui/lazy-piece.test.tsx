import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createLazyModule } from './lazy-module.ts';
import { LazyPiece } from './lazy-piece.tsx';

function flakyModule() {
  let attempts = 0;
  return createLazyModule(async () => {
    attempts += 1;
    if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return { Piece: () => <button type="button">Inside</button> };
  });
}

describe('LazyPiece', () => {
  it('says "Couldn\'t load: Retry" when the import fails, and Retry imports again and focuses the piece', async () => {
    const lazy = flakyModule();
    render(
      <LazyPiece lazy={lazy} what="the piece" fallback={<p>Loading…</p>}>
        {({ Piece }) => <Piece />}
      </LazyPiece>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Couldn’t load the piece: Retry loading the piece');
    await userEvent.click(screen.getByRole('button', { name: 'Retry loading the piece' }));
    const inside = await screen.findByRole('button', { name: 'Inside' });
    expect(document.activeElement).toBe(inside);
  });

  it('shows the failure in place of a piece that throws while rendering', async () => {
    const lazy = createLazyModule(async () => ({
      Piece: (): never => {
        throw new Error('broken');
      },
    }));
    const quiet = console.error;
    console.error = () => undefined;
    try {
      render(
        <LazyPiece lazy={lazy} what="the broken piece" fallback={null}>
          {({ Piece }) => <Piece />}
        </LazyPiece>,
      );
      expect((await screen.findByRole('alert')).textContent).toContain('Couldn’t load the broken piece');
    } finally {
      console.error = quiet;
    }
  });
});
