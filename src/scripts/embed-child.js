/*
 * The embed page's side (inlined into every /embed/<id>/ page by src/layouts/EmbedLayout.astro,
 * so it runs before the figure is drawn; this comment is left out).
 *
 * Colour scheme: light unless ?theme=dark or ?theme=auto (follow the reader's system). A host page
 * with its own theme switch changes it after load by posting the string "jx-embed:theme=dark"
 * (or =light, =auto) to the iframe's window.
 *
 * Height: tells the parent page how tall the content is, on load and whenever that changes
 * (fonts, an opened <details>, a narrower iframe), growing or shrinking, in every shape a host
 * may listen for: Datawrapper's {"datawrapper-height": {"<figure id>": px}} (our /embed.js and
 * Datawrapper's own script), AMP's {sentinel: "amp", type: "embed-size", height}, Medium and
 * Embedly's JSON string {"src", "context": "iframe.resize", "height"}, and, when a Pym.js parent
 * made the frame (?childId=), Pym's "pymxPYMx<id>xPYMxheightxPYMx<px>", answering its width
 * messages. The parent may ask again with "jx-embed:height?" (our /embed.js does, in case it
 * loaded after us). Messages are taken from the parent window only.
 *
 * No scrollbar: the height is measured with the page's overflow hidden for that moment, so at the
 * frame's full width. While a frame is shorter than its page (it just got narrower), a scrollbar
 * takes 15 px of its width; measured in that narrower page, a map (which scales with its width)
 * is shorter than it will be without the scrollbar, and a frame sized to it keeps the scrollbar,
 * and its gutter, for good; text that wrapped more in it can likewise keep a scrollbar the page no
 * longer needs, which the next measurement lifts. The observer's changes are sent after its turn,
 * not in it, since measuring changes the size it watches.
 *
 * A frame shorter than the page (a host that does not size it, as a CMS that strips our script,
 * keeps the code's height: src/lib/bare-frame.ts) shows the figure zoomed out just enough to fit,
 * still reporting the height the page needs unzoomed, so a host that sizes the frame lifts the zoom.
 *
 * WordPress: a pasted URL becomes an iframe sandboxed to scripts alone, whose URL ends in
 * "#?secret=<letters and digits>"; WordPress's script on the post (wp-embed.js) sizes it from
 * {message: "height", value: px, secret} (to 200–1000 px) and opens a link in the post's own tab
 * from {message: "link", value: absolute URL, secret}, and asks for the height again with
 * {message: "ready", secret}. With a secret, the page sends both and takes the compact layout:
 * html.embed-wp (embed.css), then, if it is still taller than the 1000 px WordPress shows, the
 * figure zoomed out just enough to fit; a click on a link (which the sandbox would refuse to open)
 * goes to WordPress instead.
 */
(function () {
  var doc = document;
  var root = doc.documentElement;
  // The script fits the figure to its frame: the CSS fit for pages without scripts stands down.
  root.classList.add('embed-js');
  var location = window.location;
  var query = location.search;

  function setTheme(theme) {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else if (theme === 'auto') root.removeAttribute('data-theme');
  }
  var asked = /[?&]theme=([a-z]+)/.exec(query);
  if (asked) setTheme(asked[1]);

  var parent = window.parent;
  if (!parent || parent === window) return;
  var id = doc.body.getAttribute('data-embed-id');
  var pym = /[?&]childId=([^&#]+)/.exec(query);
  var pymPrefix = pym ? 'pymxPYMx' + decodeURIComponent(pym[1]) + 'xPYMx' : null;
  var secret = /[#?&]secret=([a-zA-Z0-9]+)/.exec(location.hash);
  secret = secret && secret[1];
  var sent = -1;
  if (secret) root.classList.add('embed-wp');

  function post(message) {
    parent.postMessage(message, '*');
  }
  function measure() {
    return root.getBoundingClientRect().height;
  }

  function send(force) {
    var style = root.style;
    var main = doc.querySelector('main');
    if (!main) return;
    // Measured at the frame's full width (see above): without the scrollbar it may have for now.
    style.overflow = 'hidden';
    main.style.zoom = '';
    var height = Math.ceil(measure());
    // Zoomed out to the largest scale (to 1/128) at which it fits, when it must be: in WordPress's
    // 1000 px, elsewhere in the frame as it is, which a host that sizes it makes tall enough.
    var limit = secret ? 1000 : window.innerHeight;
    if (height > limit) {
      var low = 0.5;
      var high = 1;
      var scale;
      for (var step = 0; step < 7; step++) {
        main.style.zoom = scale = (low + high) / 2;
        if (measure() > limit) high = scale;
        else low = scale;
      }
      main.style.zoom = low;
    }
    // WordPress sizes its frame to the figure zoomed; other hosts to the whole height it needs.
    if (secret) height = Math.ceil(measure());
    style.overflow = '';
    if (!(height > 0) || (height === sent && !force)) return;
    sent = height;
    var sizes = {};
    sizes[id] = height;
    post({ 'datawrapper-height': sizes });
    post({ sentinel: 'amp', type: 'embed-size', height: height });
    post(JSON.stringify({ src: location.href, context: 'iframe.resize', height: height }));
    if (pymPrefix) post(pymPrefix + 'heightxPYMx' + height);
    if (secret) post({ message: 'height', value: height, secret: secret });
  }

  // Sent after the observer's turn, not in it: measuring (and the zoom) change the size it observes.
  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { setTimeout(send); }).observe(root);
  window.addEventListener('load', function () { send(true); });
  window.addEventListener('resize', function () { send(false); });
  doc.addEventListener('toggle', function () { send(false); }, true);
  if (doc.fonts && doc.fonts.ready) doc.fonts.ready.then(function () { send(false); });
  doc.addEventListener('click', function (event) {
    var link = event.target.closest('[href]');
    // Not a click the figure kept for itself (a map's first tap shows its tooltip).
    if (!secret || !link || event.defaultPrevented) return;
    event.preventDefault();
    post({ message: 'link', value: new URL(link.getAttribute('href'), location.href).href, secret: secret });
  });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== parent || !data) return;
    if (secret && data.secret === secret && data.message === 'ready') send(true);
    if (typeof data !== 'string') return;
    if (data === 'jx-embed:height?' || (pymPrefix && data.indexOf(pymPrefix + 'widthxPYMx') === 0)) send(true);
    else if (data.indexOf('jx-embed:theme=') === 0) setTheme(data.slice('jx-embed:theme='.length));
  });
  send(true);
})();
