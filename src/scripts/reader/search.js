/*
 * An edition's search page (src/views/SearchPage.astro: /search/, /en/search/): searches the words
 * of ?q= (sent by the header's box on every page) and of its own box in the edition's Pagefind
 * index (data-index: /pagefind/ or /en/pagefind/, src/lib/search/), and lists the pages found,
 * each with its type, its title as a link and a snippet with the words marked. On an English page
 * (data-names="zh-CN") each run of Chinese characters, a Chinese name, is given that language.
 * The address follows the words, so a search can be linked. Runs on this page only.
 */
(function () {
  var list = document.querySelector('[data-search-results]');
  var status = document.querySelector('[data-search-status]');
  var input = document.getElementById('search-page-q');
  if (!list || !status || !input) return;
  var index = list.getAttribute('data-index');
  var names = list.getAttribute('data-names');
  var unspaced = list.hasAttribute('data-unspaced');
  var words = JSON.parse(list.getAttribute('data-words') || '{}');
  var engine;
  var latest = 0;
  var timer;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) { return values[key]; });
  }

  /* A text as nodes: on an English page, its runs of Chinese characters and punctuation (the class of
     src/lib/i18n/zh-marks.ts) in <span lang>. */
  var CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
  var CHINESE = new RegExp('([' + CJK + ']+)');
  function textNodes(text) {
    if (!names) return [document.createTextNode(text)];
    return text.split(CHINESE).filter(Boolean).map(function (run) {
      if (!CHINESE.test(run)) return document.createTextNode(run);
      var span = document.createElement('span');
      span.lang = names;
      span.textContent = run;
      return span;
    });
  }

  /* An unspaced edition's text is indexed cut into words (src/lib/search/segment.ts): its snippet
     drops the spaces the cutting put next to a Chinese character or a curly quote, across the
     <mark> tags too. */
  var TAGS = '((?:</?mark>)*)';
  var TIGHT = CJK + '\\u2018-\\u201f\\u2026';
  var AFTER_CJK = new RegExp('([' + TIGHT + '])' + TAGS + '[^\\S\\n]+' + TAGS + '(?=[^\\s<])', 'g');
  var BEFORE_CJK = new RegExp('([^\\s>])' + TAGS + '[^\\S\\n]+' + TAGS + '(?=[' + TIGHT + '])', 'g');
  function joined(html) {
    return unspaced ? html.replace(AFTER_CJK, '$1$2$3').replace(BEFORE_CJK, '$1$2$3') : html;
  }

  /* Pagefind's excerpt as nodes: its text, and its <mark> elements as marks; nothing else of it is kept. */
  function excerptNodes(html) {
    var body = new DOMParser().parseFromString(joined(html), 'text/html').body;
    return Array.prototype.concat.apply([], Array.prototype.map.call(body.childNodes, function (node) {
      if (node.nodeName !== 'MARK') return textNodes(node.textContent || '');
      var mark = document.createElement('mark');
      mark.append.apply(mark, textNodes(node.textContent || ''));
      return [mark];
    }));
  }

  function show(query, pages, total) {
    list.replaceChildren.apply(list, pages.map(function (page) {
      var item = document.createElement('li');
      var type = document.createElement('span');
      type.className = 'search-type';
      type.textContent = words.types[page.meta.type] || '';
      var link = document.createElement('a');
      link.href = page.url;
      link.append.apply(link, textNodes(page.meta.title));
      var snippet = document.createElement('p');
      snippet.append.apply(snippet, excerptNodes(page.excerpt));
      item.append(type, link, snippet);
      return item;
    }));
    list.hidden = pages.length === 0;
    status.replaceChildren.apply(status, textNodes(fill(total === 0 ? words.none : total === 1 ? words.foundOne : words.found, { count: String(total), query: query })));
  }

  function search(query) {
    var ticket = ++latest;
    query = query.trim();
    var address = query ? '?q=' + encodeURIComponent(query) : location.pathname;
    history.replaceState(null, '', address);
    if (!query) {
      status.hidden = true;
      list.hidden = true;
      return;
    }
    status.hidden = false;
    status.textContent = words.searching;
    engine = engine || import(index);
    engine
      .then(function (pagefind) { return pagefind.search(query); })
      .then(function (found) {
        // The first 30 are shown; each costs a small request for its snippet.
        return Promise.all(found.results.slice(0, 30).map(function (result) { return result.data(); }))
          .then(function (pages) { if (ticket === latest) show(query, pages, found.results.length); });
      })
      .catch(function () { if (ticket === latest) status.textContent = words.failed; });
  }

  document.querySelector('.search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 250);
  });
  var query = new URLSearchParams(location.search).get('q') || '';
  input.value = query;
  if (query) search(query);
})();
