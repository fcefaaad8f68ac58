import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ColumnId } from './columns.tsx';
import { REQUIRED_COLUMNS, type ColumnVisibility } from './column-visibility.ts';
import './column-menu.css';

export interface ColumnMenuProps {
  columns: readonly { id: ColumnId; label: string }[];
  visibility: ColumnVisibility;
  onChange: (id: ColumnId, visible: boolean) => void;
}

/** Column visibility as a Radix menu of checkbox items (keyboard and screen-reader behaviour included). */
export function ColumnMenuRadix({ columns, visibility, onChange }: ColumnMenuProps) {
  return (
    // Non-modal: a modal menu hides the page with aria-hidden while its controls stay focusable (axe).
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button" data-variant="ghost">
        <ColumnsIcon />
        Columns
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">Show columns</DropdownMenu.Label>
          {columns.map(({ id, label }) => {
            const required = REQUIRED_COLUMNS.includes(id);
            return (
              <DropdownMenu.CheckboxItem
                key={id}
                className="menu-item"
                checked={required || visibility[id] !== false}
                disabled={required}
                onCheckedChange={(checked) => onChange(id, checked)}
                // Keep the menu open so several columns can be toggled in a row.
                onSelect={(event) => event.preventDefault()}
              >
                <span className="menu-check" aria-hidden="true">
                  <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                </span>
                {label}
                {required ? <span className="menu-hint">always shown</span> : null}
              </DropdownMenu.CheckboxItem>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function ColumnsIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 3h12v10H2zM6 3v10M10 3v10" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
