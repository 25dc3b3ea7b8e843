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
 */
(function () {
  var root = document.documentElement;
  var query = window.location.search;

  function setTheme(theme) {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else if (theme === 'auto') root.removeAttribute('data-theme');
  }
  var asked = /[?&]theme=([a-z]+)/.exec(query);
  if (asked) setTheme(asked[1]);

  var parent = window.parent;
  if (!parent || parent === window) return;
  var id = document.body.getAttribute('data-embed-id');
  var pym = /[?&]childId=([^&#]+)/.exec(query);
  var pymPrefix = pym ? 'pymxPYMx' + decodeURIComponent(pym[1]) + 'xPYMx' : null;
  var sent = -1;

  function send(force) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (!(height > 0) || (height === sent && !force)) return;
    sent = height;
    var sizes = {};
    sizes[id] = height;
    parent.postMessage({ 'datawrapper-height': sizes }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    parent.postMessage(JSON.stringify({ src: window.location.href, context: 'iframe.resize', height: height }), '*');
    if (pymPrefix) parent.postMessage(pymPrefix + 'heightxPYMx' + height, '*');
  }

  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { send(false); }).observe(root);
  window.addEventListener('load', function () { send(true); });
  window.addEventListener('resize', function () { send(false); });
  document.addEventListener('toggle', function () { send(false); }, true);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { send(false); });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== parent || typeof data !== 'string') return;
    if (data === 'jx-embed:height?' || (pymPrefix && data.indexOf(pymPrefix + 'widthxPYMx') === 0)) send(true);
    else if (data.indexOf('jx-embed:theme=') === 0) setTheme(data.slice('jx-embed:theme='.length));
  });
  send(true);
})();
