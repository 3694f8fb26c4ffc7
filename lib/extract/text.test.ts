import { describe, expect, test } from 'vitest';
import { cleanInline, decodeEntities, elementToText, htmlToText } from './text';
import { toDocument } from './test-utils';

describe('htmlToText', () => {
  test.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['list items', '<p>Do:</p><ul><li>a</li><li>b <b>c</b></li></ul><p>End</p>', 'Do:\n\n- a\n- b c\n\nEnd'],
    ['p inside li', '<ul><li><p>a</p></li><li><p>b</p></li></ul>', '- a\n- b'],
    ['br and double br', 'one<br>two<br><br>three', 'one\ntwo\n\nthree'],
    ['divs break lines', '<div>a</div><div>b</div>', 'a\nb'],
    ['headings', '<h2>About</h2>text', 'About\n\ntext'],
    ['whitespace collapses', '<p>  a \n\t b&nbsp;&nbsp;c  </p>', 'a b c'],
    ['entities', '<b>R&amp;D &lt;3 &#8217; &#x2014; &hellip; &bogus;</b>', 'R&D <3 ’ — … &bogus;'],
    ['scripts and styles dropped', '<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>', 'a\n\nb'],
    ['comments and CDATA', '<!-- hidden -->a<![CDATA[ b ]]>', 'a b'],
    ['attributes with >', '<a title="x > y" href="#">link</a> text', 'link text'],
    ['escaped HTML', '&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;', 'One\n\nTwo'],
    ['escaped twice', '&amp;lt;p&amp;gt;R&amp;amp;amp;D&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Two&amp;lt;/p&amp;gt;', 'R&D\n\nTwo'],
    ['escaped HTML with one real <br>', '&lt;p&gt;Train models.&lt;/p&gt;<br>&lt;ul&gt;&lt;li&gt;PyTorch&lt;/li&gt;&lt;/ul&gt;', 'Train models.\n\n- PyTorch'],
    ['text escaped twice (WordPress)', 'Machine Learning &amp;#038; Data, Smith &amp;amp; Jones', 'Machine Learning & Data, Smith & Jones'],
    ['escaped HTML with a raw <', '&lt;p&gt;latency < 50 ms&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;', 'latency < 50 ms\n\nTwo'],
    ['escaped three times is not read as markup', '&amp;amp;lt;b&amp;amp;gt;x', '&amp;lt;b&amp;gt;x'],
    ['unclosed script drops only the tag', '<p>Know why <script> tags are dangerous.</p><p>More</p>', 'Know why tags are dangerous.\n\nMore'],
    ['unclosed style too', '<p>a <style> b</p>', 'a b'],
    ['stray <', '<p>a < b and c<3</p>', 'a < b and c<3'],
    ['unclosed tags', '<ul><li>a<li>b</ul>done', '- a\n- b\n\ndone'],
    ['empty', '', ''],
    ['plain text keeps its line breaks', 'About us\r\n\r\n\r\nWe build.\n• Python\n*  SQL &amp; dbt', 'About us\n\nWe build.\n- Python\n- SQL & dbt'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  test('never keeps markup or runs handlers', () => {
    const text = htmlToText('<img src=x onerror="alert(1)"><iframe src="javascript:alert(1)">x</iframe><p onclick="y()">ok</p>');
    expect(text).toBe('ok');
  });

  // Time is measured by npm run fuzz, not asserted here; backtracking would hit the test timeout.
  test('finishes on hostile input', () => {
    const hostile = '<'.repeat(200_000) + '<a '.repeat(50_000) + '&'.repeat(100_000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});

describe('elementToText', () => {
  test('matches htmlToText rules on a DOM and skips hidden elements', () => {
    const doc = toDocument('<div id="d"><h3>Role</h3><p>Build <em>models</em>.</p><ul><li>PyTorch</li><li>JAX</li></ul><span style="display:none">secret</span><button>Show more</button></div>');
    expect(elementToText(doc.getElementById('d'))).toBe('Role\n\nBuild models.\n\n- PyTorch\n- JAX');
  });
  test('null element', () => expect(elementToText(null)).toBe(''));
});

test('cleanInline and decodeEntities', () => {
  expect(cleanInline('  a\u00a0 b\n')).toBe('a b');
  expect(decodeEntities('&#0; &#xD800; &amp')).toBe('&#0; &#xD800; &');
});
