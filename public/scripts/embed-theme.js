/* Embed pages: ?theme=light or ?theme=dark pins the colour scheme (tokens.css reads data-theme). */
(function () {
  var match = /[?&]theme=(light|dark)(?:&|$)/.exec(window.location.search);
  if (match) document.documentElement.setAttribute('data-theme', match[1]);
})();
