import './designer.css';
import { memo, useId } from 'react';
import type { DragEvent } from 'react';
import { KIND_MIME } from './FlowCanvas';
import { Icon } from '../ui/Icon';
import type { PaletteItem } from './palette';

export interface PaletteProps {
  items: readonly PaletteItem[];
  /** Adds a node of this kind at the centre of the view. */
  onAdd: (type: string) => void;
}

/**
 * The node kinds, each a button ("Add Voicemail") that adds it at the view's centre and can be
 * dragged onto the canvas. A kind the plan or connection does not allow stays listed, marked
 * disabled, with the reason as its description and tooltip.
 */
export const Palette = memo(function Palette({ items, onAdd }: PaletteProps) {
  const id = useId();
  return (
    <nav className="cf-palette" aria-label="Node kinds">
      {items.map(({ def, locked }) => {
        const descId = `${id}-${def.type}`;
        const onDragStart = (e: DragEvent) => {
          if (locked) return e.preventDefault();
          e.dataTransfer.setData(KIND_MIME, def.type);
          e.dataTransfer.effectAllowed = 'copy';
        };
        return (
          <div key={def.type} className="cf-palette__item">
          <button
            type="button"
            draggable={!locked}
            onDragStart={onDragStart}
            aria-label={`Add ${def.title}`}
            aria-disabled={locked ? true : undefined}
            aria-describedby={descId}
            title={locked ?? def.description}
            onClick={() => !locked && onAdd(def.type)}
          >
            <Icon name={locked ? 'lock' : def.icon} />
            <span>{def.title}</span>
          </button>
          <span id={descId} className="cf-sr-only">{locked ?? def.description}</span>
          </div>
        );
      })}
    </nav>
  );
});
