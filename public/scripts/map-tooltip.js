/*
 * Tooltips for the prerendered county maps (src/components/maps). Progressive enhancement only:
 * every mark already has a <title> and the data table says the same, so without this script
 * nothing is lost. The text comes from each mark's data-tip (lines separated by "\n", written at
 * build time); this script only shows, hides and positions the map's hidden .map-tip box.
 * Hover, keyboard focus and tap show it; Escape, moving away, blur or a tap elsewhere hide it.
 */
(function () {
  'use strict';

  function init(root) {
    var tip = root.querySelector('.map-tip');
    if (!tip || root.hasAttribute('data-map-ready')) return;
    root.setAttribute('data-map-ready', '');
    var current = null;

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

    function place(x, y) {
      var box = root.getBoundingClientRect();
      var left = x - box.left + 14;
      var top = y - box.top + 14;
      var width = tip.offsetWidth;
      var height = tip.offsetHeight;
      if (left + width > box.width) left = Math.max(0, x - box.left - 14 - width);
      if (top + height > box.height) top = Math.max(0, y - box.top - 14 - height);
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }

    function show(mark, x, y) {
      if (mark !== current) {
        var lines = mark.getAttribute('data-tip').split('\n');
        tip.textContent = '';
        lines.forEach(function (line, index) {
          var element = document.createElement(index === 0 ? 'strong' : 'span');
          element.textContent = line;
          tip.appendChild(element);
        });
        current = mark;
        tip.hidden = false;
      }
      place(x, y);
    }

    function showAtMark(mark) {
      var box = mark.getBoundingClientRect();
      show(mark, box.left + box.width / 2, box.top + box.height / 2);
    }

    function hide() {
      current = null;
      tip.hidden = true;
    }

    root.addEventListener('pointermove', function (event) {
      if (tip.contains(event.target)) return;
      var mark = markOf(event.target);
      if (mark) show(mark, event.clientX, event.clientY);
      else if (current && event.pointerType === 'mouse') hide();
    });
    root.addEventListener('pointerleave', function (event) {
      if (event.pointerType === 'mouse') hide();
    });
    root.addEventListener('click', function (event) {
      if (tip.contains(event.target)) return;
      var mark = markOf(event.target);
      if (mark) show(mark, event.clientX, event.clientY);
      else hide();
    });
    root.addEventListener('focusin', function (event) {
      var mark = markOf(event.target);
      if (mark) showAtMark(mark);
    });
    root.addEventListener('focusout', function (event) {
      if (!markOf(event.relatedTarget) || !root.contains(event.relatedTarget)) hide();
    });
    root.addEventListener('keydown', function (event) {
      var mark = markOf(event.target);
      if ((event.key === 'Enter' || event.key === ' ') && mark) {
        event.preventDefault();
        if (current === mark) hide();
        else showAtMark(mark);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) hide();
    });
    document.addEventListener('click', function (event) {
      if (current && !root.contains(event.target)) hide();
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-map]'), init);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
