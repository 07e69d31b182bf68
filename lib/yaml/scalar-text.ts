// The text of the scalar the scanner is reading, built from the pieces the scanner adds: runs of
// source characters and texts (folded or normalized breaks, escapes). Most scalars are one run,
// cut out of the source in one piece. Lines joined by one and the same text, with the same line
// break and indentation between them in the source (a block scalar's usual shape), are kept as one
// region and cut out at the end with the breaks replaced, instead of a piece per line.

export class ScalarText {
  private readonly text: string;
  /** Source runs are numbered in characters; where those are not UTF-16 units, cut out through this. */
  private readonly slice: (from: number, to: number) => string;
  /** Whether runs of lines may be joined by replacing in the source (indexes are UTF-16 units). */
  private readonly joinable: boolean;

  // Finished pieces: a source run [from, to), or a text where from is -1. Reused from scalar to scalar.
  private pieceFrom: number[] = [];
  private pieceTo: number[] = [];
  private pieceText: string[] = [];
  private pieces = 0;

  // The open region: source lines [regionFrom, regionTo), `lines` of them, each joined to the next by
  // `joint` in the value and by `gapLength` characters (a LF and spaces) in the source; a text added
  // after its last line waits in `pendingText` until it is known to join another line.
  private open = false;
  private regionFrom = 0;
  private regionTo = 0;
  private lines = 0;
  private joint = "";
  private gapLength = 0;
  private pendingText: string | undefined = undefined;

  constructor(text: string, slice: (from: number, to: number) => string, unitIndexes: boolean) {
    this.text = text;
    this.slice = slice;
    this.joinable = unitIndexes;
  }

  /** Add the source characters from index `from` up to `to`. */
  appendSource(from: number, to: number): void {
    if (from === to) return;
    if (this.open) {
      if (this.pendingText === undefined) {
        if (from === this.regionTo) {
          this.regionTo = to; // the run goes on
          return;
        }
      } else if (this.joinsLine(from)) {
        this.joint = this.pendingText;
        this.pendingText = undefined;
        this.regionTo = to;
        this.lines++;
        return;
      }
      this.closeRegion();
    }
    this.open = true;
    this.regionFrom = from;
    this.regionTo = to;
    this.lines = 1;
  }

  /** Add a text (a folded or normalized break, an escape). */
  appendText(text: string): void {
    if (text === "") return;
    if (this.open && this.pendingText === undefined) {
      this.pendingText = text;
      return;
    }
    this.closeRegion();
    this.addPiece(-1, -1, text);
  }

  /** The scalar's text, which is then reset for the next one. */
  take(): string {
    let value: string;
    if (this.pieces === 0 && this.open && this.endsWithItsBreak()) {
      // Lines then the LF that ends the last one: that break is cut out with them.
      value = this.joinedRegion(this.regionTo + 1);
      this.open = false;
      this.pendingText = undefined;
    } else {
      this.closeRegion();
      const n = this.pieces;
      if (n === 0) value = "";
      else if (n === 1) value = this.piece(0);
      else {
        const parts = new Array<string>(n);
        for (let i = 0; i < n; i++) parts[i] = this.piece(i);
        value = parts.join("");
      }
    }
    this.pieces = 0;
    return value;
  }

  /**
   * Whether a line starting at `from` joins the open region: the text waiting is the region's joint
   * (or the first), and the source between is a LF and spaces, as long as the region's first gap.
   */
  private joinsLine(from: number): boolean {
    const text = this.pendingText!;
    if (!this.joinable || text.includes("$")) return false; // replaceAll would read "$" as a pattern
    if (this.lines > 1 ? text !== this.joint : false) return false;
    const at = this.regionTo;
    const length = from - at;
    if (length < 1 || (this.lines > 1 && length !== this.gapLength)) return false;
    if (this.text.charCodeAt(at) !== 0x0a) return false;
    for (let k = 1; k < length; k++) if (this.text.charCodeAt(at + k) !== 0x20) return false;
    this.gapLength = length;
    return true;
  }

  /** The open region has several lines and only "\n" follows, which is also the source's next character. */
  private endsWithItsBreak(): boolean {
    return (
      this.lines > 1 &&
      this.pendingText === "\n" &&
      this.gapLength >= 2 && // so that the final LF cannot be read as a gap
      this.text.charCodeAt(this.regionTo) === 0x0a
    );
  }

  /** The open region's lines, from regionFrom up to `to`, with each gap replaced by the joint. */
  private joinedRegion(to: number): string {
    const gap = "\n" + " ".repeat(this.gapLength - 1);
    return this.text.slice(this.regionFrom, to).replaceAll(gap, this.joint);
  }

  /** Turn the open region (and the text waiting after it) into finished pieces. */
  private closeRegion(): void {
    if (!this.open) return;
    this.open = false;
    if (this.lines === 1) this.addPiece(this.regionFrom, this.regionTo, "");
    else this.addPiece(-1, -1, this.joinedRegion(this.regionTo));
    const pending = this.pendingText;
    this.pendingText = undefined;
    if (pending !== undefined) this.addPiece(-1, -1, pending);
  }

  private addPiece(from: number, to: number, text: string): void {
    const i = this.pieces++;
    this.pieceFrom[i] = from;
    this.pieceTo[i] = to;
    this.pieceText[i] = text;
  }

  private piece(i: number): string {
    const from = this.pieceFrom[i];
    return from < 0 ? this.pieceText[i] : this.slice(from, this.pieceTo[i]);
  }
}
