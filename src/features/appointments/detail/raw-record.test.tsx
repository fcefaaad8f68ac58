import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prettyJson, RawRecord } from './raw-record.tsx';

describe('RawRecord', () => {
  it('shows the record as JSON text and copies it', async () => {
    const copied: string[] = [];
    const raw = { id: 'a1', note: '<script>alert(1)</script>' };
    render(<RawRecord raw={raw} copy={async (text) => void copied.push(text)} />);
    expect(screen.getByText('Raw provider record')).toBeTruthy();
    expect(document.querySelector('pre')?.textContent).toBe(prettyJson(raw));
    expect(document.querySelector('script')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(copied).toEqual([prettyJson(raw)]);
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('says so when copying fails', async () => {
    render(<RawRecord raw={{}} copy={() => Promise.reject(new Error('denied'))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await screen.findByText(/Copy failed/)).toBeTruthy();
  });
});
