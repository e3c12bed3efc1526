// The PDF uses the standard Helvetica fonts (nothing embedded), which cover Windows-1252. Text
// outside it is written with close ASCII stand-ins, or '?', never as wrong glyphs.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const STAND_INS: Readonly<Record<string, string>> = {
  '≥': '>=', '≤': '<=', '≠': '!=', '→': '->', '←': '<-', '↑': '^', '↓': 'v', '−': '-', '‐': '-', '‑': '-',
  'κ': 'kappa', 'α': 'alpha', 'β': 'beta', 'μ': 'u', '≈': '~', '∼': '~', '√': 'sqrt', '∞': 'inf', '\u00a0': ' ',
};

export function winAnsiSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || char === '\t' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) out += char;
    else out += STAND_INS[char] ?? '?';
  }
  return out;
}
