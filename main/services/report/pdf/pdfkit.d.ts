// The parts of pdfkit (0.20, no bundled types) the report PDF uses.
declare module 'pdfkit' {
  interface TextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineGap?: number;
    paragraphGap?: number;
    continued?: boolean;
    lineBreak?: boolean;
    ellipsis?: boolean | string;
    /** OpenType features; given (even empty), pdfkit shapes the whole string at once instead of word by word. */
    features?: string[];
  }

  interface ImageOptions {
    fit?: [number, number];
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right';
    valign?: 'top' | 'center' | 'bottom';
  }

  interface DocumentOptions {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    compress?: boolean;
    info?: Record<string, string | Date>;
    lang?: string;
    /** The font current at first; null for none (pdfkit's default is Helvetica). */
    font?: string | null;
    displayTitle?: boolean;
  }

  class PDFDocument {
    constructor(options?: DocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number }; maxY(): number };
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    font(name: string): this;
    registerFont(name: string, source: Uint8Array): this;
    fontSize(size: number): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    text(text: string, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    widthOfString(text: string, options?: TextOptions): number;
    moveDown(lines?: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    image(source: Buffer, x: number, y: number, options?: ImageOptions): this;
    addPage(): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    save(): this;
    restore(): this;
    end(): void;
  }
  export default PDFDocument;
}
