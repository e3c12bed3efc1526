// linebreak (1.1, no bundled types): the Unicode line breaking algorithm (UAX #14), as pdfkit wraps with it.
declare module 'linebreak' {
  interface Break {
    /** The break comes before the character at this index. */
    position: number;
    /** A mandatory break (a newline), not just an opportunity. */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
