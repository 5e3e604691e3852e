// SIKG SPARQL editor: YASGUI (served from its webjar) set up from /sparql-editor/config.json: the endpoint, the
// project's prefixes for autocompletion, and the competency questions as examples that open in their own tab.
// The page lists the questions (rendered and escaped on the server); this script only enables their buttons and
// opens the question named in the URL's fragment (#cq01). No data is ever inserted as HTML.
(function () {
  "use strict";

  function openExample(yasgui, example) {
    var tab = yasgui.addTab(true, { name: example.name, yasqe: { value: example.query } }, { avoidDuplicateTabs: true });
    tab.show();
    var yasqe = tab.getYasqe();
    if (yasqe && yasqe.getValue() !== example.query) {
      tab.setQuery(example.query);
    }
    return tab;
  }

  function start(config, wantedName) {
    var endpoint = new URL(config.endpoint, window.location.href).toString();
    var yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint },
      copyEndpointOnNewTab: false,
      persistenceId: "sikg-editor",
      endpointCatalogueOptions: {
        getData: function () {
          return config.endpoints.map(function (e) { return { endpoint: new URL(e, window.location.href).toString() }; });
        }
      },
      yasqe: {
        value: config.defaultQuery,
        prefixCcApi: new URL(config.prefixesUrl, window.location.href).toString(),
        autocompleters: ["prefixes", "variables"]
      }
    });
    var byName = {};
    config.examples.forEach(function (example) { byName[example.name] = example; });
    var buttons = document.querySelectorAll("#examples button.example");
    Array.prototype.forEach.call(buttons, function (button) {
      var example = byName[button.getAttribute("data-example")];
      if (!example) {
        return;
      }
      button.disabled = false;
      button.addEventListener("click", function () {
        openExample(yasgui, example);
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", "#" + example.name);
        }
      });
    });
    var status = document.getElementById("examples-status");
    status.textContent = config.examples.length === 0
      ? "No competency questions are installed (queries/cq/)."
      : config.examples.length + (config.examples.length === 1 ? " competency question" : " competency questions");
    var wanted = byName[wantedName];
    if (wanted) {
      openExample(yasgui, wanted);
    }
    document.body.setAttribute("data-editor-ready", "true");
  }

  window.addEventListener("DOMContentLoaded", function () {
    // Read before YASGUI starts: it rewrites the URL's fragment for its own share links.
    var wantedName = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    fetch("/sparql-editor/config.json", { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (config) { start(config, wantedName); })
      .catch(function (error) {
        var status = document.getElementById("examples-status");
        status.textContent = "The editor could not start: " + error;
      });
  });
})();
