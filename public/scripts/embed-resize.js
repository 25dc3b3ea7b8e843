/*
 * Embed pages: tell the parent page how tall the content is, on load and whenever that changes
 * (fonts, an opened <details>, a narrower iframe), growing or shrinking. Sends Datawrapper's
 * message {"datawrapper-height": {"<figure id>": px}} (read by our /embed.js and Datawrapper's
 * own script) and AMP's {sentinel: "amp", type: "embed-size", height}. The parent may ask again
 * with the message "jx-embed:height?" (our /embed.js does, in case it loaded after us).
 */
(function () {
  var parent = window.parent;
  if (!parent || parent === window) return;
  var root = document.documentElement;
  var id = document.body.getAttribute('data-embed-id');
  var sent = -1;

  function send(force) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (!(height > 0) || (height === sent && !force)) return;
    sent = height;
    var sizes = {};
    sizes[id] = height;
    parent.postMessage({ 'datawrapper-height': sizes }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }

  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { send(false); }).observe(root);
  window.addEventListener('load', function () { send(true); });
  window.addEventListener('resize', function () { send(false); });
  document.addEventListener('toggle', function () { send(false); }, true);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { send(false); });
  window.addEventListener('message', function (event) {
    if (event.source === parent && event.data === 'jx-embed:height?') send(true);
  });
  send(true);
})();
