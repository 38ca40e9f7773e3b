// duiding's pages work without this script; it draws the networks and lets a name nested in
// another linked name be followed with a click or Enter.
(function () {
  "use strict";

  function go(href) {
    if (href) window.location.assign(href);
  }

  // A name inside a linked name can not be a link itself; it keeps its target in data-href.
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest && ev.target.closest("[data-href]");
    if (el) {
      ev.preventDefault();
      go(el.getAttribute("data-href"));
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var el = document.activeElement;
    if (el && el.hasAttribute && el.hasAttribute("data-href")) go(el.getAttribute("data-href"));
  });

  function entityUrl(key) {
    return "/entities/" + encodeURIComponent(key);
  }

  var TYPE_COLOURS = { PER: "#b3261e", ORG: "#1e4fa3", LOC: "#17703a", MISC: "#6b2fa3" };

  function drawNetwork(container) {
    if (typeof window.cytoscape !== "function") return;
    var source = document.getElementById(container.getAttribute("data-network"));
    if (!source) return;
    var data = JSON.parse(source.textContent);
    var maxNode = Math.max.apply(null, data.nodes.map(function (n) { return n.weight || 1; }).concat([1]));
    var maxEdge = Math.max.apply(null, data.edges.map(function (e) { return e.weight || 1; }).concat([1]));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.key, label: n.name || n.key, type: n.type || "MISC", size: 18 + 30 * (n.weight || 1) / maxNode } };
    });
    data.edges.forEach(function (e, i) {
      elements.push({
        data: {
          id: "e" + i, source: e.source, target: e.target, colour: e.colour, label: e.type,
          width: 1.5 + 5 * e.weight / maxEdge, arrow: e.directed ? "triangle" : "none"
        }
      });
    });
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      maxZoom: 1.4,
      minZoom: 0.2,
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 12,
            "background-color": function (n) { return TYPE_COLOURS[n.data("type")] || "#555"; },
            "text-valign": "bottom", "text-margin-y": 3, color: "#1a1a1a",
            "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1
          }
        },
        {
          selector: "edge",
          style: {
            width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
            "target-arrow-shape": "data(arrow)", "curve-style": "bezier", opacity: 0.85
          }
        },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#ffbf47" } }
      ],
      layout: { name: data.nodes.length > 2 ? "cose" : "circle", animate: false, randomize: false, padding: 20 }
    });
    cy.on("tap", "node", function (ev) { go(entityUrl(ev.target.id())); });
    container.setAttribute("data-drawn", String(data.nodes.length));
  }

  var graphs = document.querySelectorAll("[data-network]");
  for (var i = 0; i < graphs.length; i++) drawNetwork(graphs[i]);
})();
