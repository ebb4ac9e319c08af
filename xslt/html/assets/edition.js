/*
 * The edition's page script. Every page reads without it; with it:
 * - a note marker opens its note as a pop-up (keyboard: Enter opens, Escape closes and
 *   returns focus to the marker; the pop-up is a labelled, non-modal dialog);
 * - the witness switch shows a chapter as each witness has it;
 * - the corrections switch shows the witness's readings instead of the corrections;
 * - the variant filter shows or hides each kind of variant (its marks in the text, its
 *   apparatus entries, its marks in the synoptic view); the synoptic view's witness boxes
 *   choose its columns;
 * - the search page indexes the documents listed at render time and searches them (MiniSearch).
 * Text from the edition is only ever inserted as text (textContent, cloned nodes).
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  // ---------- note pop-ups ----------

  var popup = null;
  var opener = null;

  function closeNote(returnFocus) {
    if (!popup) return;
    popup.remove();
    popup = null;
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      opener.removeAttribute('aria-controls');
      if (returnFocus) opener.focus();
    }
    opener = null;
  }

  function openNote(ref) {
    var note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
    if (!note) return false;
    closeNote(false);
    var kind = note.querySelector('.note-kind');
    var body = note.querySelector('.note-body');
    popup = document.createElement('div');
    popup.id = 'note-popup';
    popup.className = 'note-popup ' + Array.prototype.filter.call(note.classList, function (c) {
      return c.indexOf('note-') === 0;
    }).join(' ');
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-modal', 'false');
    popup.tabIndex = -1;

    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'popup-close';
    close.textContent = said(document.body, 'close', 'Close');
    close.setAttribute('aria-label', said(document.body, 'close-note', 'Close the note'));
    close.addEventListener('click', function () { closeNote(true); });

    var label = kind ? kind.cloneNode(true) : document.createElement('p');
    label.id = 'note-popup-label';
    if (!kind) label.textContent = ref.getAttribute('aria-label') || said(document.body, 'note', 'Note');
    popup.setAttribute('aria-labelledby', 'note-popup-label');
    popup.appendChild(close);
    popup.appendChild(label);
    if (body) {
      var copy = body.cloneNode(true);
      // The note stays in the page; its copy must not repeat its ids.
      Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
      popup.appendChild(copy);
    }
    document.body.appendChild(popup);

    var r = ref.getBoundingClientRect();
    var width = popup.offsetWidth;
    var left = Math.max(8, Math.min(window.scrollX + r.left - 24, window.scrollX + document.documentElement.clientWidth - width - 8));
    popup.style.left = left + 'px';
    popup.style.top = (window.scrollY + r.bottom + 6) + 'px';

    opener = ref;
    ref.setAttribute('aria-expanded', 'true');
    ref.setAttribute('aria-controls', 'note-popup');
    popup.focus();
    return true;
  }

  Array.prototype.forEach.call(document.querySelectorAll('a.noteref'), function (ref) {
    ref.setAttribute('aria-haspopup', 'dialog');
    ref.setAttribute('aria-expanded', 'false');
    ref.addEventListener('click', function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (popup && opener === ref) { e.preventDefault(); closeNote(true); return; }
      if (openNote(ref)) e.preventDefault();
    });
  });

  document.addEventListener('keydown', function (e) {
    if (popup && (e.key === 'Escape' || e.key === 'Esc')) {
      e.preventDefault();
      closeNote(true);
    }
  });
  document.addEventListener('click', function (e) {
    if (popup && !popup.contains(e.target) && !(opener && opener.contains(e.target))) closeNote(false);
  });

  // ---------- switches on chapter pages ----------

  Array.prototype.forEach.call(document.querySelectorAll('.controls'), function (c) { c.hidden = false; });

  function showWitness(article, siglum) {
    article.setAttribute('data-witness', siglum);
    // '' is the edited text: the base reading of each place (data-base), the base witness's lines
    var lines = siglum || article.getAttribute('data-base');
    Array.prototype.forEach.call(article.querySelectorAll('.reading[data-wit]'), function (r) {
      r.hidden = siglum ? r.getAttribute('data-wit').split(' ').indexOf(siglum) < 0 : !r.hasAttribute('data-base');
    });
    Array.prototype.forEach.call(article.querySelectorAll('.lb[data-wit]'), function (lb) {
      lb.classList.toggle('lb-off', lb.getAttribute('data-wit') !== lines);
    });
    Array.prototype.forEach.call(article.querySelectorAll('.verse[data-wit]:not([data-wit=""])'), function (v) {
      v.classList.toggle('verse-off', v.getAttribute('data-wit').split(' ').indexOf(lines) < 0);
    });
    uncrowdLineNumbers(article);
  }

  // A witness wrapped shorter than the page sets its lines has several line starts on one
  // line of the page: their numbers would be printed over each other in the margin. Each
  // line of the page shows the number of the first line that starts on it.
  function uncrowdLineNumbers(root) {
    var marks = Array.prototype.filter.call(root.querySelectorAll('.lb'), function (lb) { return !lb.classList.contains('lb-off'); });
    // every position read before any class is written: a write between reads makes the
    // browser lay the page out again for each line
    var boxes = marks.map(function (lb) { return lb.getBoundingClientRect(); });
    var last = null;
    marks.forEach(function (lb, i) {
      var box = boxes[i];
      var hidden = box.width === 0 && box.height === 0 && box.top === 0; // not laid out (in a closed note)
      var crowded = !hidden && last !== null && Math.abs(box.top - last) < 8;
      if (!hidden && !crowded) last = box.top;
      lb.classList.toggle('lb-crowded', crowded);
    });
  }
  uncrowdLineNumbers(document);
  var resized = null;
  window.addEventListener('resize', function () {
    clearTimeout(resized);
    resized = setTimeout(function () { uncrowdLineNumbers(document); }, 150);
  });

  Array.prototype.forEach.call(document.querySelectorAll('.witness-switch'), function (set) {
    var article = set.closest('article');
    set.addEventListener('change', function (e) {
      if (e.target && e.target.name === 'witness') showWitness(article, e.target.value);
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('.toggle-sic'), function (button) {
    var article = button.closest('article');
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      article.classList.toggle('show-sic', on);
      // Keep only the visible reading of each correction in the tab order.
      // (inside a link the link has the focus, so those readings get none)
      Array.prototype.forEach.call(article.querySelectorAll('.choice .corr'), function (c) { if (!c.closest('a')) c.tabIndex = on ? -1 : 0; });
      Array.prototype.forEach.call(article.querySelectorAll('.choice .sic'), function (s) { if (!s.closest('a')) s.tabIndex = on ? 0 : -1; });
    });
  });

  // ---------- variant filter and synoptic columns ----------

  // A place of several kinds hides only when every kind it has is hidden.
  function filterVariants(set) {
    var shown = {};
    Array.prototype.forEach.call(set.querySelectorAll('input[name="variant-type"]'), function (box) {
      shown[box.value] = box.checked;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-vt]'), function (el) {
      var kinds = el.getAttribute('data-vt').split(' ');
      var off = kinds.every(function (k) { return shown[k] === false; });
      el.classList.toggle('vt-off', off);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.variant-filter'), function (set) {
    set.addEventListener('change', function () { filterVariants(set); });
    // classes the edition hides start off (the stylesheet marked their places already)
    if (set.querySelector('input[name="variant-type"]:not(:checked)')) filterVariants(set);
  });

  Array.prototype.forEach.call(document.querySelectorAll('.witness-columns'), function (set) {
    set.addEventListener('change', function (e) {
      var box = e.target;
      if (!box || box.name !== 'witness-column') return;
      Array.prototype.forEach.call(document.querySelectorAll('.synopsis [data-wit]'), function (cell) {
        if (cell.getAttribute('data-wit') === box.value) cell.hidden = !box.checked;
      });
    });
  });

  // A sentence the page gives for the script in the edition's language (a data attribute the
  // stylesheet wrote from its strings), with {1}, {2} … filled; the English one where a page
  // has none.
  function said(el, key, english, args) {
    var text = (el && el.getAttribute('data-' + key)) || english;
    return text.replace(/\{(\d)\}/g, function (m, n) { return args && args[n - 1] !== undefined ? args[n - 1] : m; });
  }

  // ---------- search ----------

  // The words of a text for the index and the query. Scripts written without spaces between
  // words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are split by the browser's word
  // segmenter (Intl.Segmenter, with its dictionaries); any other text, and every text where a
  // browser has no segmenter, by MiniSearch's split at spaces and punctuation, which would
  // leave a whole Japanese sentence one word.
  var unspaced = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  var segmenter = window.Intl && window.Intl.Segmenter
    ? new window.Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'word' }) : null;
  // A term as the index keeps it and a query asks for it: in lower case, without the accents
  // of Latin, Greek and Cyrillic letters and without Hebrew and Arabic vowel points, so that
  // "Dvorak" finds "Dvořák" and "Lodz" "Łódź" (the marks of other scripts, such as the Japanese voicing
  // marks, tell words apart and are kept).
  var foldable = /[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]/g;
  // (and letters that carry their stroke or ligature in one character, and the long s of old
  // prints, as a reader without them types them)
  var letters = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ſ': 's' };
  var joined = /[łøđħßæœſ]/g;
  function fold(term) {
    return term.normalize('NFD').replace(foldable, '').normalize('NFC').toLowerCase()
      .replace(joined, function (c) { return letters[c]; });
  }

  function words(text) {
    if (!segmenter || !unspaced.test(text)) return window.MiniSearch.getDefault('tokenize')(text);
    return Array.from(segmenter.segment(text)).filter(function (s) { return s.isWordLike; }).map(function (s) { return s.segment; });
  }

  var results = document.getElementById('search-results');
  if (results && window.MiniSearch && window.TEI_EDITION_SEARCH) {
    var data = window.TEI_EDITION_SEARCH;
    // The documents are indexed here, in chunks so that a large edition's page stays usable
    // meanwhile; a search asked for before the index is ready waits for it.
    var index = new window.MiniSearch(Object.assign({}, data.options, { tokenize: words, processTerm: fold }));
    var ready = index.addAllAsync(data.documents, { chunkSize: 1000 });
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var form = input.form;

    var run = function (query) {
      results.textContent = '';
      status.textContent = said(status, 'indexing', 'Indexing the edition …');
      ready.then(function () { show(query); });
    };

    var show = function (query) {
      results.textContent = '';
      query = query.trim();
      if (!query) { status.textContent = said(status, 'type', 'Type a word or a name.'); return; }
      var hits = index.search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3, names: 2 } });
      var shown = 100;
      status.textContent = said(status, hits.length === 0 ? 'none' : hits.length === 1 ? 'one' : hits.length > shown ? 'first' : 'many',
        '{2} results for “{1}”.', [query, String(hits.length), String(shown)]);
      hits.slice(0, shown).forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = hit.url;
        var where = document.createElement('span');
        where.className = 'result-page';
        where.textContent = hit.page;
        a.appendChild(where);
        a.appendChild(document.createTextNode(hit.title || excerptHead(hit.text)));
        li.appendChild(a);
        var p = document.createElement('p');
        appendSnippet(p, hit.text, hit.terms);
        li.appendChild(p);
        results.appendChild(li);
      });
    };

    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    if (input.value) run(input.value);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      run(input.value);
    });
  }

  function excerptHead(text) {
    return text.length > 60 ? text.slice(0, 60).replace(/\s+\S*$/, '') + ' …' : text;
  }

  // A stretch of the text around the first term found, with every term marked.
  function appendSnippet(parent, text, terms) {
    // where the terms are, found in the folded text and mapped back to the text as written
    var folded = foldWithPlaces(text);
    var spans = [];
    terms.forEach(function (t) {
      var term = fold(t);
      if (!term) return;
      for (var i = folded.text.indexOf(term); i >= 0; i = folded.text.indexOf(term, i + term.length)) {
        spans.push([folded.at[i], folded.at[i + term.length - 1] + 1]);
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var first = spans.length ? spans[0][0] : 0;
    var start = Math.max(0, first - 80);
    var end = Math.min(text.length, first + 200);
    if (start > 0) parent.appendChild(document.createTextNode('… '));
    var at = start;
    spans.forEach(function (span) {
      var from = Math.max(span[0], at);
      var to = Math.min(span[1], end);
      if (from >= to) return;
      if (from > at) parent.appendChild(document.createTextNode(text.slice(at, from)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      parent.appendChild(mark);
      at = to;
    });
    if (end > at) parent.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) parent.appendChild(document.createTextNode(' …'));
  }

  // A text folded as the index folds its terms (fold), with the place in the text of each
  // character of the folded one.
  function foldWithPlaces(text) {
    var out = '';
    var at = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var whole = code >= 0xd800 && code < 0xdc00 && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
      var f = fold(whole);
      for (var k = 0; k < f.length; k++) at.push(i);
      out += f;
      i += whole.length - 1;
    }
    return { text: out, at: at };
  }

})();
