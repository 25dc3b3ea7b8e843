/*
 * 嘉兴集群观察 embed resizer. Include once (or many times) after our embed iframes:
 * <script src="https://…/embed.js" async></script>. Each embed page posts its height as
 * {"datawrapper-height": {"<figure id>": px}}; this sets the height of the iframe that sent it
 * and ignores any other window and any other message.
 */
function installEmbedResizer(win, doc) {
  if (win.__jxEmbedResizer) return false;
  win.__jxEmbedResizer = true;
  win.addEventListener('message', function (event) {
    var data = event.data;
    var sizes = data && typeof data === 'object' ? data['datawrapper-height'] : null;
    if (!sizes || typeof sizes !== 'object') return;
    var keys = Object.keys(sizes);
    var height = keys.length === 1 ? sizes[keys[0]] : NaN;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0) return;
    var frames = doc.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  // Embeds that loaded before this script: ask them to send their height again.
  var loaded = doc.getElementsByTagName('iframe');
  for (var j = 0; j < loaded.length; j++) {
    try {
      if (loaded[j].contentWindow) loaded[j].contentWindow.postMessage('jx-embed:height?', '*');
    } catch (error) { /* a frame that cannot be reached is not ours */ }
  }
  return true;
}
if (typeof window !== 'undefined' && typeof document !== 'undefined') installEmbedResizer(window, document);
