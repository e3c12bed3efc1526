import type { Dispatch, KeyboardEvent, SetStateAction } from 'react';

/** The keys of a type-ahead list: ↑/↓ move through `count` options (wrapping), Enter picks, Esc cancels. */
export function pickerKeys(count: number, setActive: Dispatch<SetStateAction<number>>, onEnter: () => void, onCancel: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (count === 0 ? 0 : (i + step + count) % count));
    } else if (event.key === 'Enter') onEnter();
    else if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    } else return;
    event.preventDefault();
  };
}
