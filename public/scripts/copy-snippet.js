/*
 * "复制嵌入代码" buttons (src/components/figure/EmbedTools.astro): shows them, copies the embed
 * code with the Clipboard API, and otherwise selects it for Ctrl+C; says what happened in the
 * button's aria-live status. Without JavaScript the buttons stay hidden and the code is selectable.
 */
(function () {
  if (window.__jxCopySnippet) return;
  window.__jxCopySnippet = true;

  function say(status, text) {
    if (!status) return;
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
      say(status, '已选中代码，请按 Ctrl+C（Mac 为 ⌘+C）复制');
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.value).then(function () { say(status, '已复制'); }, selectInstead);
    } else {
      selectInstead();
    }
  }

  function init() {
    var buttons = document.querySelectorAll('[data-copy-target]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].addEventListener('click', copy);
    }
    var codes = document.querySelectorAll('textarea.embed-code');
    for (var j = 0; j < codes.length; j++) {
      codes[j].addEventListener('focus', function (event) { event.currentTarget.select(); });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
