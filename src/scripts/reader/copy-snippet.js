/*
 * "复制嵌入代码" buttons (src/components/figure/EmbedTools.astro): shows them, copies the embed
 * code with the Clipboard API, and otherwise selects it for Ctrl+C; says what happened in the
 * button's aria-live status. On a figure's page, the 配色 choice (light, dark, auto) rewrites the
 * ?theme= of the embed page's URL in the codes it names (data-theme-for). Without JavaScript the
 * buttons and the choice stay hidden and the code is selectable. What the status says is the
 * page's, in its edition's words (data-copied, data-selected on the status).
 */
(function () {
  if (window.__jxCopySnippet) return;
  window.__jxCopySnippet = true;

  function say(status, text) {
    if (!status || !text) return;
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function copy(event) {
    var button = event.currentTarget;
    var code = document.getElementById(button.getAttribute('data-copy-target'));
    var status = button.parentNode.querySelector('[role="status"]');
    if (!code) return;
    function selectInstead() {
      code.focus();
      code.select();
      say(status, status && status.getAttribute('data-selected'));
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.value).then(function () { say(status, status && status.getAttribute('data-copied')); }, selectInstead);
    } else {
      selectInstead();
    }
  }

  /** The codes' embed URL with ?theme= for dark or auto, none for light (the default). */
  function setTheme(event) {
    var theme = event.target.value;
    var ids = event.currentTarget.getAttribute('data-theme-for').split(' ');
    for (var i = 0; i < ids.length; i++) {
      var code = document.getElementById(ids[i]);
      if (!code) continue;
      code.value = code.value.replace(/(\/embed\/[a-z0-9-]+\/)(\?theme=[a-z]+)?"/g, function (match, path) {
        return path + (theme === 'light' ? '' : '?theme=' + theme) + '"';
      });
    }
  }

  function init() {
    var buttons = document.querySelectorAll('[data-copy-target]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener('click', copy);
    }
    var choices = document.querySelectorAll('[data-theme-for]');
    for (var k = 0; k < choices.length; k++) {
      choices[k].hidden = false;
      choices[k].addEventListener('change', setTheme);
    }
    var codes = document.querySelectorAll('textarea.embed-code');
    for (var j = 0; j < codes.length; j++) {
      codes[j].addEventListener('focus', function (event) { event.currentTarget.select(); });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
