import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PersonView, safeHttpUrl, telHref } from './fields.tsx';

describe('detail fields', () => {
  it('only follows http(s) URLs', () => {
    expect(safeHttpUrl('https://meet.example.com/abc')).toBe('https://meet.example.com/abc');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('builds dialable tel: links', () => {
    expect(telHref('+34 600 00-00 00')).toBe('tel:+34600000000');
  });

  it('links e-mail and phone of a person', () => {
    render(<PersonView person={{ name: 'Ana Ruiz', email: 'ana@example.com', phone: '+34 600 000 000' }} />);
    expect(screen.getByText('Ana Ruiz')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ana@example.com' }).getAttribute('href')).toBe(
      'mailto:ana@example.com',
    );
    expect(screen.getByRole('link', { name: '+34 600 000 000' }).getAttribute('href')).toBe(
      'tel:+34600000000',
    );
  });
});
