/**
 * Splits text into the units the merge compares: lines, and sentences within a line, each keeping
 * its separator so that joining the pieces gives the text back exactly. A report section is often
 * one paragraph; merging by sentence lets an edit of one sentence survive a change to another.
 */
export function diffableLines(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === ' ' && text[i - 1] === '.')) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

export function joinLines(pieces: readonly string[]): string {
  return pieces.join('');
}
