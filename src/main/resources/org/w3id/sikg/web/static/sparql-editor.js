// SIKG SPARQL editor: YASGUI (served from its webjar) set up from /sparql-editor/config.json: the endpoint, the
// project's prefixes for autocompletion, and the competency questions as examples that open in their own tab.
// No data is ever inserted as HTML: example titles are set with textContent.
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

  function exampleButton(yasgui, example) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "example";
    button.setAttribute("data-example", example.name);
    button.title = example.file;
    var name = document.createElement("span");
    name.className = "cq";
    name.textContent = example.name;
    var title = document.createElement("span");
    title.className = "question";
    title.textContent = example.title;
    button.appendChild(name);
    button.appendChild(title);
    button.addEventListener("click", function () { openExample(yasgui, example); });
    var item = document.createElement("li");
    item.appendChild(button);
    return item;
  }

  function start(config) {
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
    var list = document.getElementById("examples");
    config.examples.forEach(function (example) { list.appendChild(exampleButton(yasgui, example)); });
    var status = document.getElementById("examples-status");
    status.textContent = config.examples.length === 0
      ? "No competency questions are installed (queries/cq/)."
      : config.examples.length + (config.examples.length === 1 ? " competency question" : " competency questions");
    document.body.setAttribute("data-editor-ready", "true");
  }

  window.addEventListener("DOMContentLoaded", function () {
    fetch("/sparql-editor/config.json", { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(start)
      .catch(function (error) {
        var status = document.getElementById("examples-status");
        status.textContent = "The editor could not start: " + error;
      });
  });
})();
