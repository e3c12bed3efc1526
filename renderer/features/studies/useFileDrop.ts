import { useEffect, useRef, useState } from 'react';

/**
 * Drag-and-drop of folders and files onto the window. Only the desktop app can turn a dropped
 * file into a path on disk (the preload's `pathForFile`); the browser preview cannot, and says so.
 */
export function useFileDrop(onPaths: (paths: string[]) => void, onUnsupported: () => void): boolean {
  const [over, setOver] = useState(false);
  const callbacks = useRef({ onPaths, onUnsupported });
  callbacks.current = { onPaths, onUnsupported };
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const bridge = window.spine;
      if (!bridge) return callbacks.current.onUnsupported();
      const paths = [...(event.dataTransfer?.files ?? [])].map((file) => bridge.pathForFile(file)).filter(Boolean);
      if (paths.length > 0) callbacks.current.onPaths(paths);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}
