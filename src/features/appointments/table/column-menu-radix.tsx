import type { ReactNode } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useFocusOnMount } from '../../../ui/lazy-trigger.tsx';
import { isHideable, type ColumnId } from './columns.tsx';
import type { ColumnVisibility } from './column-visibility.ts';
import './column-menu.css';

export interface ColumnMenuProps {
  columns: readonly { id: ColumnId; label: string }[];
  visibility: ColumnVisibility;
  onChange: (id: ColumnId, visible: boolean) => void;
}

/** What the eager wrapper (column-menu.tsx) hands over when this module has loaded. */
interface Handover {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Focus the Radix trigger once mounted: the placeholder it replaces had keyboard focus. */
  focusTrigger: boolean;
  trigger: ReactNode;
}

/** Column visibility as a Radix menu of checkbox items (keyboard and screen-reader behaviour included). */
export function ColumnMenuRadix({
  columns,
  visibility,
  onChange,
  open,
  onOpenChange,
  focusTrigger,
  trigger,
}: ColumnMenuProps & Handover) {
  const triggerRef = useFocusOnMount(focusTrigger);
  return (
    // Non-modal: a modal menu hides the page with aria-hidden while its controls stay focusable (axe).
    // Controlled, so a click on the placeholder before this module loaded opens it on mount.
    <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger ref={triggerRef} className="button" data-variant="ghost">
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">Show columns</DropdownMenu.Label>
          {columns.map(({ id, label }) => {
            const required = !isHideable(id);
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
