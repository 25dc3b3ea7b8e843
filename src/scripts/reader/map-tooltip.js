/*
 * Tooltips for the prerendered county maps (src/components/map), loaded by map-tips.js when the
 * reader first points at, presses or focuses a map. Progressive enhancement only:
 * every mark already has a <title>, every county and zone marker is already a link to its place
 * page, and the figure's data table says the same, so without this script nothing is lost. The
 * text is each mark's title, cut into lines at the lengths in its data-tip ("3 13 9": each line is
 * followed by one joining character, see tipOf in src/lib/map/wording.ts), and, for a link, its
 * data-link ("查看平湖市 →"); this script only shows, hides and positions the map's .map-tip box
 * and gives it a close button named by the box's data-close (content/wording.yaml, ui.mapTipClose).
 *
 * - Touch: a tap outlines the mark (.map-tipped) and shows the tip as a panel under the tapped
 *   map, with its link and the close button; it stays until closed (the button, Escape, a tap elsewhere), so its link can be
 *   tapped; a second tap on the same mark follows its link; a tap on another mark shows that one.
 * - Mouse: hovering shows the tip beside the pointer (the pointer passes through it); a click
 *   follows a county's link; a click on a marker that is not a link pins its tip beside it.
 * - Keyboard: focus shows the tip; Enter follows a link; Space (and Enter on a marker that is not
 *   a link) pins the tip; Escape closes it and returns focus to its mark.
 * Wherever it is, the tip is wholly on screen and never over the other map of a pair (a compare
 * map): beside the pointer or the mark it keeps to its own map's column and to the viewport;
 * after a tap, on a narrow map, or where no side has room, it is a panel under its own map,
 * scrolled into view, covering no place another tap may want.
 * Its styles (src/styles/map-tooltip.css) come inside it (STYLES, written in by
 * src/scripts/reader/index.ts) and are adopted when it starts, so no page carries them before.
 */
(function () {
  'use strict';

  var STYLES = '{map-tooltip.css}';

  var GAP = 8;
  /** Maps narrower than this (CSS px) show every tip but a hover's as a panel under the map. */
  var NARROW = 560;

  function init(root) {
    var tip = root.querySelector('.map-tip');
    if (!tip || root.hasAttribute('data-map-ready')) return;
    root.setAttribute('data-map-ready', '');
    var current = null;
    var pinned = false;
    // A press this script did not see (it started between a tap's pointerdown and its click) still counts: map-tips.js noted
    // its kind and time. Without the time, the focus the press brings showed the tip as a panel and scrolled it into view,
    // so the click landed beside the mark, outside the map, and hid it again.
    var pointer = root.mapTipPointer || 'mouse';
    var pressed = root.mapTipPressed || 0;
    var shownBy = null;
    /** Where the pointer was when a hover showed the tip (client px). */
    var point = null;
    /** Set while the script itself moves focus back to a mark: that focus shows nothing. */
    var quiet = false;

    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'map-tip-close';
    close.setAttribute('aria-label', tip.getAttribute('data-close') || 'close');

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

    /** The tip as a panel right under its mark's own map (in a pair, under that map only), scrolled into view. */
    function panel(mark) {
      var host = mark.closest('.map-panel') || root;
      if (tip.parentNode !== host) host.appendChild(tip);
      tip.style.left = '';
      tip.style.top = '';
      tip.classList.add('map-tip-panel');
      var box = tip.getBoundingClientRect();
      var below = box.bottom + GAP - window.innerHeight;
      if (below > 0) window.scrollBy(0, Math.min(below, box.top - GAP));
      else if (box.top < 0) window.scrollBy(0, box.top - GAP);
    }

    /**
     * Where a tip beside something may go, in the root's coordinates: its mark's own map's column
     * (a compare map's other map is never covered) within the viewport, and within the root
     * unless `loose` (a hover's: then above or below it too, over the page).
     */
    function region(mark, loose) {
      var box = root.getBoundingClientRect();
      var own = (mark.closest('.map-panel') || root).getBoundingClientRect();
      var width = document.documentElement.clientWidth;
      return {
        left: Math.max(own.left, 0) - box.left,
        right: Math.min(own.right, width) - box.left,
        top: Math.max(loose ? 0 : box.top, 0) - box.top,
        bottom: Math.min(loose ? window.innerHeight : box.bottom, window.innerHeight) - box.top,
      };
    }

    /**
     * Puts the tip beside the pointer (hover) or the mark's box: right, left, below or above it,
     * within region(). A hover with no clear side overlaps the pointer but stays in the region; a
     * tip shown otherwise, after a tap, or on a narrow map, is a panel under the map.
     */
    function place(mark, how) {
      var hover = how === 'hover';
      if (!hover && (how === 'tap' || root.offsetWidth < NARROW)) return panel(mark);
      if (tip.parentNode !== root) root.appendChild(tip);
      tip.classList.remove('map-tip-panel');
      tip.style.left = '0px';
      tip.style.top = '0px';
      var box = root.getBoundingClientRect();
      var m = hover && point ? { left: point.x - 2, top: point.y - 2, width: 4, height: 4 } : mark.getBoundingClientRect();
      var w = tip.offsetWidth;
      var h = tip.offsetHeight;
      var x0 = m.left - box.left;
      var y0 = m.top - box.top;
      var x1 = x0 + m.width;
      var y1 = y0 + m.height;
      var area = region(mark, hover);
      var clampX = function (x) { return Math.max(area.left, Math.min(x, area.right - w)); };
      var clampY = function (y) { return Math.max(area.top, Math.min(y, area.bottom - h)); };
      var candidates = [
        [x1 + GAP, clampY((y0 + y1 - h) / 2)],
        [x0 - GAP - w, clampY((y0 + y1 - h) / 2)],
        [clampX((x0 + x1 - w) / 2), y1 + GAP],
        [clampX((x0 + x1 - w) / 2), y0 - GAP - h],
      ];
      var best = candidates.filter(function (c) {
        var inside = c[0] >= area.left - 0.5 && c[1] >= area.top - 0.5 && c[0] + w <= area.right + 0.5 && c[1] + h <= area.bottom + 0.5;
        return inside && (c[0] >= x1 || c[0] + w <= x0 || c[1] >= y1 || c[1] + h <= y0);
      })[0];
      if (!best && !hover) return panel(mark);
      best = best || [candidates[2][0], clampY(candidates[2][1])];
      tip.style.left = best[0] + 'px';
      tip.style.top = best[1] + 'px';
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
        tip.appendChild(close);
        if (current) current.classList.remove('map-tipped');
        mark.classList.add('map-tipped');
        current = mark;
        tip.hidden = false;
      }
      pinned = how === 'tap' || how === 'click' || how === 'key';
      shownBy = how;
      tip.classList.toggle('map-tip-hover', how === 'hover');
      tip.classList.toggle('map-tip-pinned', pinned);
      place(mark, how);
    }

    /** Hides the tip; with `back`, focus returns to its mark (quietly: that focus shows nothing). */
    function hide(back) {
      var mark = current;
      if (mark) mark.classList.remove('map-tipped');
      current = null;
      pinned = false;
      tip.hidden = true;
      if (back && mark) {
        quiet = true;
        mark.focus();
        quiet = false;
      }
    }

    close.addEventListener('click', function (event) {
      // A keyboard press (detail 0), or focus in the tip, goes back to the mark.
      hide(event.detail === 0 || tip.contains(document.activeElement));
    });
    root.addEventListener('pointerdown', function (event) {
      pointer = event.pointerType || 'mouse';
      pressed = Date.now();
    });
    root.addEventListener('pointermove', function (event) {
      if (event.pointerType !== 'mouse') return;
      var mark = markOf(event.target);
      if (mark) {
        point = { x: event.clientX, y: event.clientY };
        if (mark !== current || !pinned) show(mark, 'hover');
      } else if (current && !pinned && !tip.contains(event.target)) hide();
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
      show(mark, pointer === 'mouse' ? 'click' : 'tap');
    });
    root.addEventListener('focusin', function (event) {
      // Focus that comes with a press is the click's business (a tap must not count as the first action).
      if (quiet || Date.now() - pressed < 1000) return;
      var mark = markOf(event.target);
      if (mark && mark !== current) show(mark, 'focus');
    });
    root.addEventListener('focusout', function (event) {
      // A pinned tip or a panel under the map stays until closed: hiding a panel as focus leaves
      // (a tap on another map) would move the page under the finger before the tap lands.
      if (pinned || tip.classList.contains('map-tip-panel')) return;
      var next = event.relatedTarget;
      if (!next || !root.contains(next) || (!markOf(next) && !tip.contains(next))) hide();
    });
    root.addEventListener('keydown', function (event) {
      var mark = markOf(event.target);
      if (!mark || !(event.key === ' ' || (event.key === 'Enter' && !mark.hasAttribute('href')))) return;
      event.preventDefault();
      if (current === mark && pinned) hide();
      else show(mark, 'key');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) hide(tip.contains(document.activeElement) || document.activeElement === current);
    });
    document.addEventListener('click', function (event) {
      if (current && !root.contains(event.target)) hide();
    });
    window.addEventListener('resize', function () {
      if (current) place(current, shownBy);
    });

    // What the reader did before this script had loaded (it comes on first touch: map-tips.js):
    // a tap or click on a mark waited for it; focus already on a mark shows that mark's tip.
    var pending = root.mapTipPending;
    root.mapTipPending = null;
    var focused = markOf(document.activeElement);
    if (pending) {
      pointer = pending.how === 'tap' ? 'touch' : 'mouse';
      show(pending.mark, pending.how);
    } else if (focused && root.contains(focused)) show(focused, 'focus');
  }

  function start() {
    // map-tips.js loads this script only where adopted style sheets work.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
    Array.prototype.forEach.call(document.querySelectorAll('[data-map]'), init);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
