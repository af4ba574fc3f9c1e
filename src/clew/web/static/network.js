/* Clew network view: the interactive graph (Cytoscape.js) and the movement map
   (world-atlas TopoJSON drawn as SVG with an equirectangular projection). Both read
   JSON data blocks written by the server; the tables on the page hold the same facts,
   so the page is complete without this script. */
(function () {
  "use strict";

  function readJson(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = content;
    return el;
  }

  function docLink(docId) {
    var a = document.createElement("a");
    a.href = "/documents/" + encodeURIComponent(docId).replace(/%2F/g, "/");
    a.textContent = docId;
    return a;
  }

  function identifierLink(type, value) {
    var a = document.createElement("a");
    a.href = "/identifier?type=" + encodeURIComponent(type) + "&value=" + encodeURIComponent(value);
    a.appendChild(text("code", value));
    return a;
  }

  /* ------------------------------------------------------------------ evidence panel */

  function showEvidence(panel, data) {
    panel.replaceChildren();
    if (data.kind === "identifier" && data.source) {
      var p = document.createElement("p");
      p.appendChild(docLink(data.source.slice(2)));
      p.appendChild(document.createTextNode(" mentions the " + data.type + " "));
      p.appendChild(identifierLink(data.type, data.value));
      panel.appendChild(p);
      var list = document.createElement("ul");
      (data.evidence || []).forEach(function (s) {
        var li = document.createElement("li");
        li.appendChild(text("span", "\u201c" + s.text + "\u201d", "evidence"));
        li.appendChild(document.createTextNode(" \u2014 " + s.field + " characters " + s.start + "\u2013" + s.end));
        list.appendChild(li);
      });
      panel.appendChild(list);
    } else if (data.source) {
      var q = document.createElement("p");
      q.appendChild(docLink(data.source.slice(2)));
      q.appendChild(document.createTextNode(" and "));
      q.appendChild(docLink(data.target.slice(2)));
      q.appendChild(document.createTextNode(" share " + data.kind + " (" + data.type + "), similarity " +
        Number(data.similarity).toFixed(2)));
      panel.appendChild(q);
    } else if (data.kind === "document") {
      var d = document.createElement("p");
      d.appendChild(document.createTextNode("Document "));
      d.appendChild(docLink(data.doc_id));
      d.appendChild(document.createTextNode(": " + data.label + " \u2014 risk " + Math.round(data.risk * 100) +
        "%" + (data.posted_at ? ", posted " + data.posted_at.slice(0, 10) : "")));
      panel.appendChild(d);
    } else if (data.kind === "identifier") {
      var n = document.createElement("p");
      n.appendChild(document.createTextNode(data.type + " "));
      n.appendChild(identifierLink(data.type, data.value));
      n.appendChild(document.createTextNode(" \u2014 open it to see every document that mentions it."));
      panel.appendChild(n);
    }
    panel.setAttribute("data-selected", data.id);
  }

  /* ------------------------------------------------------------------ graph */

  function drawGraph() {
    var box = document.getElementById("graph");
    var graph = readJson("graph-data");
    var panel = document.getElementById("edge-detail");
    if (!box || !graph || !panel || typeof window.cytoscape !== "function") { return; }
    box.removeAttribute("hidden");
    panel.removeAttribute("hidden");
    var elements = [];
    graph.nodes.forEach(function (n) { elements.push({ group: "nodes", data: n }); });
    graph.edges.forEach(function (e) { elements.push({ group: "edges", data: e }); });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      style: [
        { selector: "node[kind = 'document']", style: {
          "shape": "ellipse", "background-color": "#3d5a80", "width": 18, "height": 18, "label": "" } },
        { selector: "node[kind = 'document'][?flagged]", style: { "background-color": "#a3140e" } },
        { selector: "node[kind = 'identifier']", style: {
          "shape": "round-rectangle", "background-color": "#8a6d00", "width": 14, "height": 14,
          "label": "data(label)", "font-size": 9, "color": "#1b1f24", "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { "width": 1.5, "line-color": "#8795a1", "curve-style": "bezier" } },
        { selector: "edge[kind = 'text']", style: { "line-style": "dashed", "line-color": "#0b5cad" } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#c75000", "line-color": "#c75000" } }
      ],
      layout: { name: elements.length > 600 ? "grid" : "cose", animate: false, randomize: false, nodeRepulsion: 8000 }
    });
    box.cy = cy;
    cy.on("tap", "edge, node", function (evt) { showEvidence(panel, evt.target.data()); });
    cy.on("mouseover", "edge", function (evt) { showEvidence(panel, evt.target.data()); });
    box.setAttribute("data-ready", "true");

    /* Keyboard: each row of the link table selects its edge in the graph. */
    var rows = document.querySelectorAll("#edge-table tbody tr[data-edge]");
    Array.prototype.forEach.call(rows, function (row) {
      row.tabIndex = 0;
      var choose = function () {
        var edge = cy.getElementById(row.getAttribute("data-edge"));
        if (edge && edge.length) {
          cy.elements().unselect();
          edge.select();
          showEvidence(panel, edge.data());
        }
      };
      row.addEventListener("click", function (ev) { if (!ev.target.closest("a")) { choose(); } });
      row.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); choose(); }
      });
    });
  }

  /* ------------------------------------------------------------------ map */

  var SVG = "http://www.w3.org/2000/svg";

  function project(lon, lat) {
    return [(lon + 180) * 960 / 360, (90 - lat) * 480 / 180];
  }

  function ringPath(ring) {
    var d = "";
    for (var i = 0; i < ring.length; i++) {
      var p = project(ring[i][0], ring[i][1]);
      d += (i ? "L" : "M") + p[0].toFixed(1) + "," + p[1].toFixed(1);
    }
    return d + "Z";
  }

  function geometryPath(geometry) {
    if (!geometry) { return ""; }
    var polys = geometry.type === "Polygon" ? [geometry.coordinates] :
      geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    var d = "";
    polys.forEach(function (poly) { poly.forEach(function (ring) { d += ringPath(ring); }); });
    return d;
  }

  /* Zoom the map to the places, with a margin, keeping its 2:1 shape. */
  function fitTo(svg, places) {
    var xs = places.map(function (p) { return project(p.lon, p.lat)[0]; });
    var ys = places.map(function (p) { return project(p.lon, p.lat)[1]; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max(x1 - x0, 60) * 1.6, h = Math.max(y1 - y0, 30) * 1.6;
    if (w < 2 * h) { w = 2 * h; } else { h = w / 2; }
    w = Math.min(w, 960); h = Math.min(h, 480);
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    var x = Math.max(0, Math.min(960 - w, cx - w / 2)), y = Math.max(0, Math.min(480 - h, cy - h / 2));
    svg.setAttribute("viewBox", [x, y, w, h].map(function (v) { return v.toFixed(1); }).join(" "));
    return w / (svg.clientWidth || 640);
  }

  function drawMap() {
    var svg = document.getElementById("map");
    var places = readJson("map-data");
    if (!svg || !places || !places.length || !window.topojson) { return; }
    fetch("/static/vendor/countries-110m.json", { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error("map data " + r.status); } return r.json(); })
      .then(function (world) {
        var land = window.topojson.feature(world, world.objects.countries);
        var g = document.createElementNS(SVG, "g");
        land.features.forEach(function (f) {
          var path = document.createElementNS(SVG, "path");
          path.setAttribute("d", geometryPath(f.geometry));
          path.setAttribute("class", "land");
          g.appendChild(path);
        });
        svg.appendChild(g);
        if (places.length > 1) {
          var route = document.createElementNS(SVG, "path");
          route.setAttribute("class", "route");
          route.setAttribute("d", places.map(function (p, i) {
            var xy = project(p.lon, p.lat);
            return (i ? "L" : "M") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
          }).join(""));
          svg.appendChild(route);
        }
        places.forEach(function (p, i) {
          var xy = project(p.lon, p.lat);
          var c = document.createElementNS(SVG, "circle");
          c.setAttribute("class", "city");
          c.setAttribute("cx", xy[0].toFixed(1));
          c.setAttribute("cy", xy[1].toFixed(1));
          c.setAttribute("r", "4");
          var title = document.createElementNS(SVG, "title");
          title.textContent = (i + 1) + ". " + p.name + ": " + p.first + (p.last !== p.first ? " \u2013 " + p.last : "");
          c.appendChild(title);
          svg.appendChild(c);
          var label = document.createElementNS(SVG, "text");
          label.setAttribute("class", "city-label");
          label.setAttribute("x", (xy[0] + 6).toFixed(1));
          label.setAttribute("y", (xy[1] - 4).toFixed(1));
          label.textContent = (i + 1) + " " + p.name.split(",")[0];
          svg.appendChild(label);
        });
        svg.removeAttribute("hidden");
        var unit = fitTo(svg, places);
        Array.prototype.forEach.call(svg.querySelectorAll("circle.city"), function (c) {
          c.setAttribute("r", (5 * unit).toFixed(2));
        });
        Array.prototype.forEach.call(svg.querySelectorAll("text.city-label"), function (t) {
          t.style.fontSize = (12 * unit).toFixed(2) + "px";
          t.setAttribute("x", (Number(t.getAttribute("x")) - 6 + 8 * unit).toFixed(1));
          t.setAttribute("y", (Number(t.getAttribute("y")) + 4 - 6 * unit).toFixed(1));
        });
        svg.setAttribute("data-ready", "true");
      })
      .catch(function () { /* the list of places stays; the map is an extra */ });
  }

  function start() { drawGraph(); drawMap(); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
