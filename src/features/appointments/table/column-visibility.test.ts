import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { parseVisibility, useColumnVisibility } from './column-visibility.ts';

describe('column visibility', () => {
  it('reads stored preferences and ignores garbage', () => {
    expect(parseVisibility('{"staff":false,"end":true}')).toEqual({ staff: false, end: true });
    expect(parseVisibility('not json')).toEqual({});
    expect(parseVisibility('{"staff":"no"}')).toEqual({});
    expect(parseVisibility(null)).toEqual({});
  });

  it('never hides the required columns, even when stored so', () => {
    expect(parseVisibility('{"start":false,"client":false,"staff":false}')).toEqual({ staff: false });
  });

  it('persists changes and refuses to hide required columns', () => {
    const storage = window.localStorage;
    storage.clear();
    const { result } = renderHook(() => useColumnVisibility(storage));
    act(() => result.current.setVisible('staff', false));
    act(() => result.current.setVisible('start', false));
    expect(result.current.visibility).toEqual({ staff: false });
    expect(parseVisibility(storage.getItem('frontdesk.columns.v1'))).toEqual({ staff: false });
  });
});
