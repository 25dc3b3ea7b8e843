/*
 * Loads the map tooltips (map-tooltip.js, named by the map's data-tip-src) the first time a reader
 * reaches a map: the pointer over it, a press, or focus in it. A reader who never touches a map
 * never downloads them, and the page carries this loader alone. A tap on a mark before they
 * have loaded does what a tap does once they have: the link waits, and the tip shows when the
 * script starts (map-tooltip.js reads the map's pending mark). A mouse click on a link, or Enter,
 * follows it at once, as it does with the tooltips loaded. If they fail to load, links work as
 * they do without JavaScript; so they do in a browser without adopted style sheets (Safari before
 * 16.4), where the tooltips could not bring their styles.
 */
(function () {
  'use strict';

  if (window.mapTipsLoader || !('adoptedStyleSheets' in Document.prototype)) return;
  window.mapTipsLoader = true;
  var requested = false;
  var failed = false;
  /** The map whose tap or click waits for the tooltips (its mapTipPending, read by map-tooltip.js). */
  var waiting = null;
  var touch = false;

  function mapOf(event) {
    return event.target && event.target.closest ? event.target.closest('[data-tip-src]') : null;
  }

  function load(root) {
    if (requested) return;
    requested = true;
    var script = document.createElement('script');
    script.src = root.getAttribute('data-tip-src');
    // Offline, or blocked: links work as without JavaScript, and a tap that waited follows its link.
    script.onerror = function () {
      failed = true;
      var pending = waiting && waiting.mapTipPending;
      if (waiting) waiting.mapTipPending = null;
      if (pending) pending.mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    };
    document.head.appendChild(script);
  }

  ['pointerover', 'pointerdown', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var root = mapOf(event);
      if (!root) return;
      if (type === 'pointerdown') {
        touch = event.pointerType !== 'mouse';
        // For map-tooltip.js, should it start between this press and its click (map-tooltip.js: init):
        // the press's kind, and its time (the focus the press brings is the click's business).
        root.mapTipPointer = event.pointerType || 'mouse';
        root.mapTipPressed = Date.now();
      }
      load(root);
    }, true);
  });

  document.addEventListener('click', function (event) {
    var root = mapOf(event);
    var mark = root && !root.hasAttribute('data-map-ready') ? event.target.closest('[data-tip]') : null;
    if (!mark || failed || event.detail === 0 || (!touch && mark.hasAttribute('href'))) return;
    event.preventDefault();
    root.mapTipPending = { mark: mark, how: touch ? 'tap' : 'click' };
    waiting = root;
    load(root);
  }, true);
})();
