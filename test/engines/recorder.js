// Injected by test/engines/server.ts as the first script of every page, in every engine alike (WebKitWebDriver has no
// console channel). It reports what went wrong to the test server, which the tests read, and keeps the frames the
// page applies for the tests to inspect. It is a same-origin file because the site's CSP forbids inline scripts.
(function () {
  var report = function (kind, text) {
    var line = location.pathname + location.hash + ': ' + kind + ': ' + text;
    recorder.problems.push(line);
    navigator.sendBeacon('/__engine-problem', line);
  };
  var recorder = { problems: [], frames: [] };
  window.__engineRecorder = recorder;
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      report('console.' + level, Array.prototype.map.call(arguments, String).join(' '));
      return original.apply(console, arguments);
    };
  });
  window.addEventListener(
    'error',
    function (e) {
      // A resource that fails to load fires `error` on its element (captured here) with no message.
      report('error', e.message || (e.target && (e.target.src || e.target.href)) || 'unknown');
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    report('unhandled rejection', e.reason && e.reason.stack ? e.reason.stack : String(e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    report('CSP violation', e.violatedDirective + ' ' + e.blockedURI);
  });
  document.addEventListener('frame-applied', function (e) {
    recorder.frames.push({ stepId: e.detail.stepId, duration: e.detail.duration });
  });
  window.addEventListener('load', function () {
    performance.getEntriesByType('resource').forEach(function (entry) {
      if (new URL(entry.name).origin !== location.origin) report('request to another origin', entry.name);
    });
  });
})();
