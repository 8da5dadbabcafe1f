import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface ItemListProps<T extends { id: string }> {
  items: T[];
  /** The name of each item for its legend and its remove button ("Emne 2: Sveising"). */
  nameOf: (item: T, index: number) => string;
  renderItem: (item: T, index: number, onChange: (next: T) => void) => ReactNode;
  onChange: (items: T[]) => void;
  newItem: () => T;
  addLabel: string;
  removeLabel: (name: string) => string;
  readOnly: boolean;
  /** Moves focus to the new item's first input after adding. */
  focusIdOf?: (index: number) => string;
}

/** A list of repeated groups of fields (companies, courses, milestones, cost lines). */
export function ItemList<T extends { id: string }>(props: ItemListProps<T>) {
  const { items, nameOf, renderItem, onChange, readOnly } = props;
  const replace = (index: number, next: T) =>
    onChange(items.map((item, i) => (i === index ? next : item)));
  return (
    <div className="item-list">
      {items.map((item, index) => {
        const name = nameOf(item, index);
        return (
          <Fieldset key={item.id} className="item-list__item">
            <Fieldset.Legend>{name}</Fieldset.Legend>
            {renderItem(item, index, (next) => replace(index, next))}
            {!readOnly && (
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                {props.removeLabel(name)}
              </Button>
            )}
          </Fieldset>
        );
      })}
      {!readOnly && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...items, props.newItem()]);
            const focusId = props.focusIdOf?.(items.length);
            if (focusId) setTimeout(() => document.getElementById(focusId)?.focus(), 50);
          }}
        >
          {props.addLabel}
        </Button>
      )}
    </div>
  );
}
