import { beforeAll, describe, expect, it } from 'vitest';
import { renderSite, textOf, type Site } from './site.js';

// Rendering rules on the constructs fixture: every family of TEI elements once.
let site: Site;
beforeAll(async () => {
  site = await renderSite('tests/fixtures/html/constructs.xml', { showUnresolved: true });
});

describe('the site', () => {
  it('writes the index, one page per chapter, four registers, the editorial and search pages and the assets', () => {
    expect(site.files).toEqual(
      expect.arrayContaining([
        'index.html', 'ch1.html', 'ch2.html', 'persons.html', 'places.html', 'organisations.html', 'periodicals.html',
        'editorial.html', 'search.html', 'assets/edition.css', 'assets/edition.js', 'assets/minisearch.js', 'assets/search-index.js',
      ]),
    );
    expect(site.files).not.toContain('search-docs.tsv');
    expect(site.diagnostics).toEqual([]);
  });

  it('lists the chapters on the index page and marks a supplied title as supplied', () => {
    const toc = site.page('index.html').querySelectorAll('.toc-list li');
    expect(toc.map(textOf)).toEqual(['1. [The First Chapter] (A Subtitle)', '2. The Second Chapter']);
    expect(toc[0]!.querySelector('.supplied')).not.toBeNull();
    expect(toc[1]!.querySelector('.supplied')).toBeNull();
    expect(textOf(site.page('index.html').querySelector('.toc-key'))).toContain('The Online Table of Contents');
    expect(textOf(site.page('index.html').querySelector('.facts'))).toContain('The printed edition, London, 1980');
  });

  it('uses relative links only', () => {
    for (const p of site.pages()) {
      for (const a of site.page(p).querySelectorAll('[href], [src]')) {
        const url = a.getAttribute('href') ?? a.getAttribute('src')!;
        if (a.getAttribute('rel') === 'external') continue; // authority records (Wikidata ...)
        if (a.getAttribute('rel') === 'icon' && url === 'data:,') continue; // the empty icon
        expect(url, `${p}: ${url}`).not.toMatch(/^(\/|[a-z]+:)/i);
      }
    }
  });
});

describe('a chapter page', () => {
  it('is semantic HTML: article, h1 in an hgroup, sections with h2, dialogue as dl, labelled list as ol', () => {
    const ch2 = site.page('ch2.html');
    expect(ch2.querySelector('article.chapter hgroup h1')).not.toBeNull();
    expect(textOf(ch2.querySelector('section.div-section h2'))).toBe('A Section');
    const ch1 = site.page('ch1.html');
    const dialogue = ch1.querySelector('dl.dialogue')!;
    expect(dialogue.querySelectorAll('dt').map(textOf)).toEqual(['Vyshinsky:', 'Smirnov:']);
    expect(dialogue.querySelectorAll('dd').map(textOf)).toEqual(['Did the center exist?', 'What center?']);
    expect(ch1.querySelectorAll('ol.list > li').map(textOf)).toEqual(['1. The first point.', '2. The second point.']);
    expect(textOf(ch1.querySelector('.section-break'))).toBe('* * *');
  });

  it('sets quotations with attribution as figure and figcaption, a signed document with its signature', () => {
    const ch2 = site.page('ch2.html');
    const cit = ch2.querySelector('figure#quote-A22')!;
    expect(textOf(cit.querySelector('blockquote'))).toBe('Remove him.');
    expect(textOf(cit.querySelector('figcaption'))).toBe('(Bulletin, No. 29)');
    expect(textOf(ch2.querySelector('figure#doc-A24 .closer .signed'))).toBe('V. Ulianov-Lenin');
    const epigraph = site.page('ch1.html').querySelector('.epigraph figure figcaption')!;
    // the witness's line break between the source and its date is kept
    expect(epigraph.querySelector('br')).not.toBeNull();
  });

  it('numbers notes as in the source, letters the editor\'s, and labels and styles each kind', () => {
    const ch1 = site.page('ch1.html');
    const refs = ch1.querySelectorAll('.text a.noteref');
    expect(refs.map(textOf)).toEqual(['[1]', '[2]', 'a']);
    expect(refs.map((r) => r.classList.value.find((c) => c.startsWith('noteref-')))).toEqual(['noteref-author', 'noteref-translator', 'noteref-editorial']);
    const notes = ch1.querySelectorAll('.footnotes li.note');
    expect(notes.map((n) => textOf(n.querySelector('.note-kind')))).toEqual(['Author’s note (Ann Author)', 'Note of the translator or publisher (A Press)', 'Editorial note']);
    for (const [i, ref] of refs.entries()) {
      // marker → note, note → marker
      expect(ref.getAttribute('href')).toBe(`#${notes[i]!.id}`);
      expect(notes[i]!.querySelector('a[role="doc-backlink"]')!.getAttribute('href')).toBe(`#${ref.id}`);
    }
  });

  it('links names to their register entries and marks an unresolved one for editors', () => {
    const ch1 = site.page('ch1.html');
    const names = ch1.querySelectorAll('.text a.name');
    expect(names.map((a) => `${textOf(a)} → ${a.getAttribute('href')}`)).toEqual([
      'Lenin → persons.html#lenin',
      'Pravda → periodicals.html#pravda',
      'Zinoviev → persons.html#zinoviev',
      'Moscow → places.html#moscow',
      'G.P.U. → organisations.html#gpu',
    ]);
    expect(textOf(ch1.querySelector('.name-unresolved'))).toBe('Mr. Nobody');
  });

  it('gives dates their normalised value, machine-readable where it is a calendar date', () => {
    const dates = site.page('ch1.html').querySelectorAll('.date');
    expect(dates.map((d) => [d.tagName.toLowerCase(), d.getAttribute('datetime') ?? null, textOf(d.querySelector('.tip'))])).toEqual([
      ['time', '1932-10', '(normalised: 1932-10)'],
      ['span', null, '(normalised: between 1932-10 and 1932-12 (inferred))'],
      ['span', null, '(normalised: 1932 to 1936)'],
    ]);
    expect(dates.every((d) => d.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('shows the correction with the witness reading and the reason at hand, and offers the reverse view', () => {
    const ch1 = site.page('ch1.html');
    const choice = ch1.querySelector('.choice#corr-1')!;
    expect(textOf(choice.querySelector('.corr'))).toMatch(/^center \(the witness reads “centre”; American spelling, as everywhere else in the witness; corrected by The Test Editors; after The Printed Book\)$/);
    expect(textOf(choice.querySelector('.sic'))).toBe('centre (corrected to “center”)');
    expect(ch1.querySelector('button.toggle-sic')).not.toBeNull();
  });

  it('shows supplied text in brackets and says where a gap is', () => {
    const ch1 = site.page('ch1.html');
    expect(textOf(ch1.querySelector('h1'))).toBe('[The First Chapter]');
    expect(textOf(ch1.querySelector('.gap'))).toBe('[The diagram is not in the transcription.]');
  });

  it('keeps every reading of a variant place, shows the base witness and lists the readings with sigla', () => {
    const ch1 = site.page('ch1.html');
    const app = ch1.querySelector('#app-1')!;
    expect(app.querySelectorAll('.reading').map((r) => [r.getAttribute('data-wit'), textOf(r), r.hasAttribute('hidden')])).toEqual([
      ['A', 'here', false],
      ['B', 'there', true],
    ]);
    const entries = ch1.querySelectorAll('.apparatus li');
    expect(entries.map(textOf)).toEqual(['Line A 11 here A] there B', 'Line A 11 Colour A colour B', 'Line A 11 word A] omitted B']);
    expect(ch1.querySelector('.witness-switch')!.querySelectorAll('input').map((i) => i.getAttribute('value'))).toEqual(['A', 'B']);
  });

  it('keeps a witness\'s running head and footer as readings of that witness only', () => {
    const ch2 = site.page('ch2.html');
    const frames = ch2.querySelectorAll('.app-frame .reading[data-wit="B"]');
    expect(frames.map(textOf)).toEqual(['A Running Head', 'Last updated on: 1.1.2005']);
    expect(frames.every((f) => f.hasAttribute('hidden'))).toBe(true);
    expect(textOf(ch2.querySelector('#entry-app-fw-B1'))).toBe('Running head omitted A] A Running Head B B: Witness B holds this chapter alone.');
  });

  it('puts the witness line numbers in the margin, the base witness\'s shown', () => {
    const lbs = site.page('ch2.html').querySelectorAll('#p-A20 .lb');
    expect(lbs.map((l) => [l.getAttribute('data-n'), l.classList.contains('lb-off')])).toEqual([
      ['A 20', false],
      ['B 3', true],
    ]);
  });
});

describe('register pages', () => {
  it('give each entry its regularised name, description, forms and every occurrence linked into the text', () => {
    const entry = site.page('persons.html').querySelector('#zinoviev')!;
    expect(textOf(entry.querySelector('h2'))).toBe('Grigory Zinoviev');
    expect(textOf(entry.querySelector('.entry-desc'))).toBe('Old Bolshevik.');
    expect(textOf(entry.querySelector('.entry-dates'))).toBe('1883 – 1936');
    const links = entry.querySelectorAll('.occurrences a');
    expect(links.map((a) => `${textOf(a)} → ${a.getAttribute('href')}`)).toEqual(['A 9 → ch1.html#m-zinoviev-1', 'note 1, A 30 → ch1.html#m-zinoviev-2']);
    // each link lands on the mention
    const ch1 = site.page('ch1.html');
    for (const a of links) expect(textOf(ch1.getElementById(a.getAttribute('href')!.split('#')[1]!))).toBe('Zinoviev');
  });

  it('sort persons by surname and link authority records', () => {
    const persons = site.page('persons.html');
    expect(persons.querySelectorAll('.entry h2').map(textOf)).toEqual(['Ann Author', 'Vladimir Lenin', 'Grigory Zinoviev']);
    expect(persons.querySelector('#lenin .entry-authority a')!.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q1394');
    expect(textOf(site.page('organisations.html').querySelector('#gpu .entry-forms'))).toBe('Written in the text as: “G.P.U.”');
  });
});

describe('the editorial page', () => {
  it('lists sources, witnesses with their own paratext, principles, corrections and supplied text', () => {
    const ed = site.page('editorial.html');
    expect(ed.querySelectorAll('h2').map(textOf)).toEqual(['Sources', 'Witnesses', 'Editorial principles', 'Corrections', 'Supplied text', 'Gaps']);
    expect(textOf(ed.querySelector('#A .paratext'))).toContain('A Site Header');
    expect(ed.querySelector('#A a[href="ch1.html#ch1"]')).not.toBeNull();
    const corr = ed.querySelectorAll('#corrections ~ table tbody tr')[0]!;
    expect(corr.querySelectorAll('td').map(textOf)).toEqual([
      'Chapter 1, A 9', 'centre', 'center', 'American spelling, as everywhere else in the witness; corrected by The Test Editors; after The Printed Book',
    ]);
    expect(corr.querySelector('a')!.getAttribute('href')).toBe('ch1.html#corr-1');
    const supplied = ed.querySelectorAll('#supplied ~ table tbody tr')[0]!;
    expect(supplied.querySelectorAll('td').map(textOf)).toEqual(['Chapter 1, title', '[The First Chapter]', 'lost in the witness; supplied by The Test Editors', 'The Online Table of Contents']);
  });
});
