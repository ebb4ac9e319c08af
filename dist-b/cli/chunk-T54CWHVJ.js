// dist/model/line-index.js
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return starts;
}
var LineIndex = class {
  text;
  starts;
  constructor(text, starts) {
    this.text = text;
    this.starts = starts;
  }
  /** Line and column of an offset (an offset past the end counts on the last line). */
  at(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }
  /** The model point of an offset. */
  point(offset) {
    return { ...this.at(offset), offset };
  }
};
var lineColumnAt = (text, offset) => new LineIndex(text).at(offset);

export {
  lineStarts,
  LineIndex,
  lineColumnAt
};
