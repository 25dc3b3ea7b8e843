/*
 * Tooltips for the prerendered county maps (src/components/maps). Progressive enhancement only:
 * every mark already has a <title>, every county and zone marker is already a link to its place
 * page, and the data table says the same, so without this script nothing is lost. The text is
 * each mark's title, cut into lines at the lengths in its data-tip ("3 13 9": each line is followed
 * by one joining character, see tipOf in src/lib/map/wording.ts), and, for a link, its data-link
 * ("查看平湖市 →"); this script only shows, hides and positions the map's .map-tip box.
 *
 * - Mouse: hovering shows the tip, a click follows the link.
 * - Touch: a tap shows the tip (with the link); a second tap on the same mark follows the link;
 *   a tap on another mark shows that mark's tip.
 * - Keyboard: focus shows the tip, Enter follows the link, Escape hides the tip.
 * The tip sits beside the mark's box, never over it; after a tap, on a narrow map or where no side
 * has room, it is a panel under the map, so it covers no place another tap may want.
 */
(function () {
  'use strict';

  var GAP = 8;
  /** Maps narrower than this (CSS px) show every tip as a panel under the map. */
  var NARROW = 560;

  function init(root) {
    var tip = root.querySelector('.map-tip');
    if (!tip || root.hasAttribute('data-map-ready')) return;
    root.setAttribute('data-map-ready', '');
    var current = null;
    var pinned = false;
    var pointer = 'mouse';
    var pressed = 0;
    var shownBy = null;

    // The native title tooltip would double ours: keep its text as the accessible name instead.
    Array.prototype.forEach.call(root.querySelectorAll('[data-tip]'), function (mark) {
      var title = mark.querySelector('title');
      if (!title) return;
      mark.setAttribute('aria-label', title.textContent);
      title.remove();
    });

    function markOf(target) {
      return target && target.closest ? target.closest('[data-tip]') : null;
    }

    function panel() {
      tip.style.left = '';
      tip.style.top = '';
      tip.classList.add('map-tip-panel');
    }

    /**
     * Puts the tip beside the mark's box (right, left, below, above). After a tap, on a narrow map,
     * or where no side has room, it is a panel under the map instead, covering no mark at all.
     */
    function place(mark, how) {
      if (how === 'tap' || root.offsetWidth < NARROW) return panel();
      tip.classList.remove('map-tip-panel');
      tip.style.left = '0px';
      tip.style.top = '0px';
      var box = root.getBoundingClientRect();
      var m = mark.getBoundingClientRect();
      var w = tip.offsetWidth;
      var h = tip.offsetHeight;
      var x0 = m.left - box.left;
      var y0 = m.top - box.top;
      var x1 = x0 + m.width;
      var y1 = y0 + m.height;
      var clampX = function (x) { return Math.min(Math.max(0, x), box.width - w); };
      var clampY = function (y) { return Math.min(Math.max(0, y), box.height - h); };
      var candidates = [
        [x1 + GAP, clampY((y0 + y1 - h) / 2)],
        [x0 - GAP - w, clampY((y0 + y1 - h) / 2)],
        [clampX((x0 + x1 - w) / 2), y1 + GAP],
        [clampX((x0 + x1 - w) / 2), y0 - GAP - h],
      ];
      for (var i = 0; i < candidates.length; i += 1) {
        var left = candidates[i][0];
        var top = candidates[i][1];
        var inside = left >= 0 && top >= 0 && left + w <= box.width && top + h <= box.height;
        var clear = left >= x1 || left + w <= x0 || top >= y1 || top + h <= y0;
        if (inside && clear) {
          tip.style.left = left + 'px';
          tip.style.top = top + 'px';
          return;
        }
      }
      panel();
    }

    function show(mark, how) {
      if (mark !== current) {
        tip.textContent = '';
        var text = mark.getAttribute('aria-label') || '';
        var at = 0;
        mark.getAttribute('data-tip').split(' ').forEach(function (length, index) {
          var element = document.createElement(index === 0 ? 'strong' : 'span');
          element.textContent = text.slice(at, at + Number(length));
          at += Number(length) + 1;
          tip.appendChild(element);
        });
        var href = mark.getAttribute('href');
        if (href && mark.hasAttribute('data-link')) {
          var link = document.createElement('a');
          link.href = href;
          link.target = mark.getAttribute('target') || '_top';
          if (link.target === '_blank') link.rel = 'noopener';
          link.textContent = mark.getAttribute('data-link');
          tip.appendChild(link);
        }
        current = mark;
        tip.hidden = false;
      }
      pinned = how !== 'hover';
      shownBy = how;
      tip.classList.toggle('map-tip-hover', !pinned);
      place(mark, how);
    }

    function hide() {
      current = null;
      pinned = false;
      tip.hidden = true;
    }

    root.addEventListener('pointerdown', function (event) {
      pointer = event.pointerType || 'mouse';
      pressed = Date.now();
    });
    root.addEventListener('pointermove', function (event) {
      if (event.pointerType !== 'mouse') return;
      var mark = markOf(event.target);
      if (mark) {
        if (mark !== current || !pinned) show(mark, 'hover');
      } else if (current && !pinned) hide();
    });
    root.addEventListener('pointerleave', function (event) {
      if (event.pointerType === 'mouse' && !pinned) hide();
    });
    root.addEventListener('click', function (event) {
      if (tip.contains(event.target)) return;
      var mark = markOf(event.target);
      if (!mark) {
        hide();
        return;
      }
      var link = mark.hasAttribute('href');
      // A mouse click or Enter (detail 0) follows a link; a first tap only shows its tip.
      if (link && (pointer === 'mouse' || event.detail === 0)) return;
      if (link && current === mark && pinned) return;
      event.preventDefault();
      show(mark, 'tap');
    });
    root.addEventListener('focusin', function (event) {
      // Focus that comes with a press is the click's business (a tap must not count as the first action).
      if (Date.now() - pressed < 1000) return;
      var mark = markOf(event.target);
      if (mark && mark !== current) show(mark, 'focus');
    });
    root.addEventListener('focusout', function (event) {
      // A panel under the map stays until a click elsewhere or Escape: hiding it as focus leaves
      // (a tap on another map) would move the page under the finger before the tap lands.
      if (tip.classList.contains('map-tip-panel')) return;
      var next = event.relatedTarget;
      if (!next || !root.contains(next) || (!markOf(next) && !tip.contains(next))) hide();
    });
    root.addEventListener('keydown', function (event) {
      var mark = markOf(event.target);
      if (!mark || mark.hasAttribute('href')) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (current === mark) hide();
        else show(mark, 'focus');
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) hide();
    });
    document.addEventListener('click', function (event) {
      if (current && !root.contains(event.target)) hide();
    });
    window.addEventListener('resize', function () {
      if (current) place(current, shownBy);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-map]'), init);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
