// The Streamlit side of the map (components v2): holds the map page in a sandboxed iframe,
// turns its "diplomap:select" messages into the trigger value "select", passes the focus
// chosen in Python (address, search, tables) to the page as "diplomap:focus", and tells the
// server when the page's first map is drawn ("diplomap:drawn", data.drawn: a beacon's address)
// and the session, when the page waits for that to draw the rest (trigger "drawn", data.later).
//
// A new map page goes into a new iframe, not into the old one's srcdoc: navigating an existing
// frame adds an entry to the browser's history, so Back would step through old maps (and not
// through the views the address records); a new frame's first page replaces its blank entry.
const mounts = new WeakMap();  // parentElement -> {waiting, asked}: one request for the rest per mount

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let frame = parentElement.querySelector("iframe");
  const send = () => {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "diplomap:focus", node: data.focus, edge: data.edge }, "*");
    }
  };
  if (!frame || frame.dataset.key !== data.key) {
    const fresh = document.createElement("iframe");
    fresh.setAttribute("sandbox", "allow-scripts allow-downloads");
    fresh.style.cssText = "width: 100%; border: 0; display: block;";
    fresh.dataset.key = data.key;
    fresh.srcdoc = data.html;
    fresh.onload = send;
    if (frame) {
      frame.replaceWith(fresh);
    } else {
      parentElement.appendChild(fresh);
    }
    frame = fresh;
  } else {
    send();
  }
  frame.title = data.title;
  frame.style.height = data.height + "px";
  // The first map this page draws is told to the server once (components/map_drawn.py), which
  // holds back the rest of its warm-up until then; a server without the route gives no address.
  const tellDrawn = () => {
    if (!data.drawn || window.diplomapDrawnTold) {
      return;
    }
    window.diplomapDrawnTold = true;
    try {
      navigator.sendBeacon(new URL(data.drawn, document.baseURI));
    } catch (e) {
      // nothing to do: the server then goes on after its own deadline
    }
  };
  // data.later: the page left its tables and filter widgets for the next run (components/map_drawn.py);
  // ask for it once the map is drawn, or after data.later ms if the map page never says so.
  // (parentElement may be a shadow root: what is known of it is kept beside it, in `mounts`.)
  const mount = mounts.get(parentElement) || {};
  mounts.set(parentElement, mount);
  const askForTheRest = () => {
    if (!data.later || mount.asked) {
      return;
    }
    mount.asked = true;
    setTriggerValue("drawn", true);
    // the code of the widgets that run brings, fetched all at once while the server runs it (as Streamlit's
    // own lazy imports preload a widget's scripts; components/widget_chunks.py): those imports then find it
    for (const chunk of data.prefetch || []) {
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = new URL(chunk, document.baseURI).href;
      document.head.appendChild(link);
    }
  };
  if (data.later && !mount.waiting) {
    mount.waiting = true;
    setTimeout(askForTheRest, data.later);
  }
  let count = 0;
  const onMessage = (event) => {
    const m = event.data;
    if (event.source === frame.contentWindow && m && m.type === "diplomap:drawn") {
      tellDrawn();
      askForTheRest();
      return;
    }
    if (event.source !== frame.contentWindow || !m || m.type !== "diplomap:select") {
      return;
    }
    count += 1;
    setTriggerValue("select", { kind: m.kind, id: m.id ?? null, from: m.from ?? null, to: m.to ?? null, n: count });
  };
  window.addEventListener("message", onMessage);
  return () => window.removeEventListener("message", onMessage);
}
