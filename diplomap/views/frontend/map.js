/* diplomap's map page: vis-network over the data block #map-data (nodes, edges, options, meta).
 *
 * Click a node: it and its neighbours stay bright, the rest dims; click a line: its two ends;
 * click the background: clear. Each choice is posted to the parent as
 * {type: "diplomap:select", kind: "node"|"edge"|"none", id, from, to}, and {type: "diplomap:drawn"}
 * once the map is first drawn; the parent may send
 * {type: "diplomap:focus", node, edge: [a, b]} to focus without a click. Labels of the
 * meta.top nodes (most connected) grow as the map zooms out so they stay readable; the
 * others are drawn only once large enough to read. The toolbar finds an actor, zooms, fits,
 * and saves the canvas as PNG. For tests: body[data-drawn], body[data-focus],
 * window.diplomapNetwork, window.diplomapReadableLabels(), window.diplomapDimmed().
 */
(function () {
  "use strict";
  var spec = JSON.parse(document.getElementById("map-data").textContent);
  var meta = spec.meta;
  var nodes = new vis.DataSet(spec.nodes);
  var edges = new vis.DataSet(spec.edges);
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, spec.options);
  var DIM_NODE = {background: "#ececec", border: "#dddddd",
                  highlight: {background: "#ececec", border: "#999999"}, hover: {background: "#ececec", border: "#999999"}};
  var DIM_EDGE = {color: "#efefef", highlight: "#efefef", hover: "#dddddd"};
  var LABEL_PX = 13, LABEL_ROWS = 2, BASE_FONT = spec.options.nodes.font.size, MAX_FIT_SCALE = 1.2, MIN_READABLE_SCALE = 0.6;
  var nodeColour = {}, edgeColour = {}, top = {}, dimmed = {};
  spec.nodes.forEach(function (n) { nodeColour[n.id] = n.color; });
  spec.edges.forEach(function (e) { edgeColour[e.id] = e.color; });
  meta.top.forEach(function (id) { top[id] = true; });
  var focused = null;  // {kind, id, from, to}

  // The top nodes' labels keep LABEL_PX on screen at any zoom, most connected first, below their node
  // or, when that would overlap a label already kept, above it (vadjust), then one line further below
  // or above (a dense hub leaves no room next to a node); a label that fits none is hidden (drawn
  // below vis-network's drawThreshold) until the map zooms in.
  function labelSizes() {
    var scale = network.getScale();
    var size = Math.max(BASE_FONT, Math.round(LABEL_PX / scale));
    var positions = network.getPositions(meta.top);
    var kept = [];
    function free(box) {
      return !kept.some(function (b) {
        return box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom;
      });
    }
    var updates = meta.top.map(function (id) {
      var hidden = {id: id, font: {size: BASE_FONT, vadjust: 0}};
      if (dimmed[id]) { return hidden; }
      var node = nodes.get(id), p = network.canvasToDOM(positions[id]);
      var w = node.label.length * LABEL_PX * 0.6 + 6, h = LABEL_PX + 4, radius = node.size * scale;
      for (var row = 0; row < LABEL_ROWS; row++) {
        var shift = row * (h + 1);
        var below = {left: p.x - w / 2, right: p.x + w / 2, top: p.y + radius + 1 + shift,
                     bottom: p.y + radius + 1 + shift + h};
        if (free(below)) {
          kept.push(below);
          return {id: id, font: {size: size, vadjust: shift / scale}};
        }
        var above = {left: below.left, right: below.right, top: p.y - radius - 1 - h - shift,
                     bottom: p.y - radius - 1 - shift};
        if (free(above)) {
          kept.push(above);
          return {id: id, font: {size: size, vadjust: -(2 * radius + h + 2 + shift) / scale}};
        }
      }
      return hidden;
    });
    nodes.update(updates);
  }

  function fitTo(ids, animate) {
    var options = {animation: animate ? {duration: 300} : false};
    if (ids && ids.length) { options.nodes = ids; }
    network.fit(options);
    if (network.getScale() > MAX_FIT_SCALE) {
      network.moveTo({scale: MAX_FIT_SCALE, animation: false});
    }
    labelSizes();
  }

  function paint(keepNodes, keepEdges) {
    dimmed = {};
    var nodeUpdates = nodes.getIds().map(function (id) {
      var keep = !keepNodes || keepNodes[id];
      if (!keep) { dimmed[id] = true; }
      return {id: id, color: keep ? nodeColour[id] : DIM_NODE,
              font: {color: keep ? "#222222" : "#c4c4c4", size: BASE_FONT}};
    });
    nodes.update(nodeUpdates);
    edges.update(edges.getIds().map(function (id) {
      return {id: id, color: !keepEdges || keepEdges[id] ? edgeColour[id] : DIM_EDGE};
    }));
    labelSizes();
    if (focused) { document.body.setAttribute("data-focus", focused.kind + ":" + (focused.id || "")); }
    else { document.body.removeAttribute("data-focus"); }
  }

  function set(list) { var s = {}; list.forEach(function (x) { s[x] = true; }); return s; }

  function focusNode(id, zoom) {
    if (!nodes.get(id)) { return false; }
    var around = network.getConnectedNodes(id).concat([id]);
    focused = {kind: "node", id: id};
    network.selectNodes([id]);
    paint(set(around), set(network.getConnectedEdges(id)));
    if (zoom) { fitTo(around, true); }
    return true;
  }

  function focusEdge(edgeId, zoom) {
    var e = edges.get(edgeId);
    if (!e) { return false; }
    focused = {kind: "edge", id: String(edgeId), from: e.from, to: e.to};
    network.selectEdges([edgeId]);
    paint(set([e.from, e.to]), set([edgeId]));
    if (zoom) { fitTo([e.from, e.to], true); }
    return true;
  }

  function edgeBetween(a, b) {
    var found = edges.get({filter: function (e) {
      return (e.from === a && e.to === b) || (e.from === b && e.to === a);
    }});
    return found.length ? found[0].id : null;
  }

  function clear() {
    focused = null;
    network.unselectAll();
    paint(null, null);
  }

  function tell(kind, extra) {
    var message = {type: "diplomap:select", kind: kind};
    Object.keys(extra || {}).forEach(function (k) { message[k] = extra[k]; });
    if (window.parent !== window) { window.parent.postMessage(message, "*"); }
  }

  network.on("click", function (params) {
    if (params.nodes.length > 0) {
      focusNode(params.nodes[0], false);
      tell("node", {id: params.nodes[0]});
    } else if (params.edges.length > 0) {
      var e = edges.get(params.edges[0]);
      focusEdge(params.edges[0], false);
      tell("edge", {from: e.from, to: e.to});
    } else {
      clear();
      tell("none", {});
    }
  });
  network.on("zoom", labelSizes);
  network.on("animationFinished", labelSizes);

  // Focus asked by the parent (the address, a table, the search of another run); one that
  // arrives before the first view is applied after it, so the first view frames the focus.
  var ready = false, pending = null;
  function applyFocus(m) {
    if (m.node != null) {
      if (!(focused && focused.kind === "node" && focused.id === m.node)) { focusNode(m.node, true); }
    } else if (m.edge && m.edge.length === 2) {
      var id = edgeBetween(m.edge[0], m.edge[1]);
      if (id !== null && !(focused && focused.kind === "edge" && focused.id === String(id))) { focusEdge(id, true); }
    } else if (focused) {
      clear();
    }
  }
  window.addEventListener("message", function (event) {
    var m = event.data;
    if (event.source !== window.parent || !m || m.type !== "diplomap:focus") { return; }
    if (ready) { applyFocus(m); } else { pending = m; }
  });

  // --- toolbar -------------------------------------------------------------------------------
  var find = document.getElementById("find");
  var names = document.getElementById("names");
  spec.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });

  function search() {
    var query = find.value.trim().toLowerCase();
    if (!query) { return; }
    var all = nodes.get();
    var hit = all.filter(function (n) { return n.label.toLowerCase() === query; })[0] ||
              all.filter(function (n) { return n.label.toLowerCase().indexOf(query) >= 0; })[0];
    find.classList.toggle("missing", !hit);
    find.title = hit ? "" : "No actor on the map is called that";
    if (hit) {
      focusNode(hit.id, true);
      tell("node", {id: hit.id});
    }
  }
  find.addEventListener("change", search);
  find.addEventListener("keydown", function (event) { if (event.key === "Enter") { search(); } });

  function zoomBy(factor) {
    network.moveTo({scale: network.getScale() * factor, animation: {duration: 200}});
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoomBy(1.4); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomBy(1 / 1.4); });
  document.getElementById("fit").addEventListener("click", function () { fitTo(null, true); });
  document.getElementById("png").addEventListener("click", function () {
    var canvas = document.querySelector("#graph canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    var context = out.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(canvas, 0, 0);
    var link = document.createElement("a");
    link.download = "diplomap-map.png";
    link.href = out.toDataURL("image/png");
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // --- for tests -----------------------------------------------------------------------------
  window.diplomapNetwork = network;
  window.diplomapDimmed = function () { return Object.keys(dimmed); };
  window.diplomapReadableLabels = function (minPx) {
    var scale = network.getScale(), box = document.getElementById("graph").getBoundingClientRect();
    var positions = network.getPositions();
    return nodes.get().filter(function (n) {
      var size = (n.font && n.font.size) || BASE_FONT;
      if (dimmed[n.id] || size * scale < (minPx || 10)) { return false; }
      var p = network.canvasToDOM(positions[n.id]);
      return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    }).map(function (n) { return n.label; });
  };

  // The first view frames everything, or the largest component when everything would be too small to
  // read; done once the canvas has its size (at construction it may not have one yet).
  function firstView() {
    fitTo(null, false);
    if (network.getScale() < MIN_READABLE_SCALE && meta.fit.length) { fitTo(meta.fit, false); }
  }
  network.once("afterDrawing", function () {
    firstView();
    ready = true;
    if (pending) { applyFocus(pending); pending = null; }
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-drawn", "true");
      if (window.parent !== window) { window.parent.postMessage({type: "diplomap:drawn"}, "*"); }
    });
    network.redraw();
  });
})();
