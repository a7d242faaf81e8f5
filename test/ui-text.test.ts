// The pure pieces of the UI that keep article text inert and highlights correct.
import { describe, expect, it } from 'vitest';
import { snippetRuns } from '../web/src/snippet.js';
import { segment } from '../web/src/spans.js';

describe('snippetRuns', () => {
  it('keeps <mark> runs and decodes the escaped rest as plain text', () => {
    expect(snippetRuns('a &lt;script&gt;x&lt;/script&gt; <mark>Khorasani</mark> &amp; b')).toEqual([
      { text: 'a <script>x</script> ', mark: false },
      { text: 'Khorasani', mark: true },
      { text: ' & b', mark: false },
    ]);
  });
  it('leaves any other tag as literal text, never as markup', () => {
    const runs = snippetRuns('<img src=x onerror=alert(1)><MARK>hit</MARK>');
    expect(runs).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'hit', mark: true },
    ]);
  });
});

describe('segment', () => {
  it('cuts overlapping spans at every boundary', () => {
    const segs = segment(10, [
      { start: 0, end: 5, data: 'q' },
      { start: 2, end: 4, data: 'm' },
      { start: 3, end: 8, data: 'f' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.covering.join('')])).toEqual([
      [0, 2, 'q'],
      [2, 3, 'qm'],
      [3, 4, 'qmf'],
      [4, 5, 'qf'],
      [5, 8, 'f'],
      [8, 10, ''],
    ]);
  });
  it('drops spans outside the text', () => {
    expect(segment(3, [{ start: 2, end: 9, data: 'x' }]).map((s) => s.covering.length)).toEqual([0]);
  });
});
