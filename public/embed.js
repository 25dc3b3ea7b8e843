/*
 * Embed resizer for our figures. Include once (or many times) after the embed iframes:
 * <script src="https://…/embed.js" async></script>. Each embed page posts its height as
 * {"datawrapper-height": {"<figure id>": px}}; this sets the height of the iframe that sent it.
 * It talks only to iframes whose src is one of our embed pages (under the folder this script
 * was loaded from: embed/ or en/embed/), ignores every other window and message, and sets the height through the
 * style object, which a host's Content-Security-Policy without 'unsafe-inline' allows.
 */
function installEmbedResizer(win, doc, root) {
  if (win.__jxEmbedResizer || !root) return false;
  win.__jxEmbedResizer = true;
  function ourFrames() {
    var all = doc.getElementsByTagName('iframe');
    var ours = [];
    for (var i = 0; i < all.length; i++) {
      var src = all[i].src;
      if (typeof src === 'string' && src.indexOf(root) === 0 && /^(en\/)?embed\//.test(src.slice(root.length))) ours.push(all[i]);
    }
    return ours;
  }
  win.addEventListener('message', function (event) {
    var data = event.data;
    var sizes = data && typeof data === 'object' ? data['datawrapper-height'] : null;
    if (!sizes || typeof sizes !== 'object') return;
    var keys = Object.keys(sizes);
    var height = keys.length === 1 ? sizes[keys[0]] : NaN;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  // Our embeds that loaded before this script: ask them to send their height again.
  var loaded = ourFrames();
  for (var j = 0; j < loaded.length; j++) {
    if (loaded[j].contentWindow) loaded[j].contentWindow.postMessage('jx-embed:height?', '*');
  }
  return true;
}
if (typeof window !== 'undefined' && typeof document !== 'undefined' && document.currentScript) {
  installEmbedResizer(window, document, document.currentScript.src.replace(/[^/]*$/, ''));
}
