// The Streamlit side of the map (components v2): holds the map page in a sandboxed iframe,
// turns its "diplomap:select" messages into the trigger value "select", and passes the
// focus chosen in Python (address, search, tables) to the page as "diplomap:focus".
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let frame = parentElement.querySelector("iframe");
  if (!frame) {
    frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts allow-downloads");
    frame.style.cssText = "width: 100%; border: 0; display: block;";
    parentElement.appendChild(frame);
  }
  frame.title = data.title;
  frame.style.height = data.height + "px";
  const send = () => {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ type: "diplomap:focus", node: data.focus, edge: data.edge }, "*");
    }
  };
  if (frame.dataset.key !== data.key) {
    frame.dataset.key = data.key;
    frame.onload = send;
    frame.srcdoc = data.html;
  } else {
    send();
  }
  let count = 0;
  const onMessage = (event) => {
    const m = event.data;
    if (event.source !== frame.contentWindow || !m || m.type !== "diplomap:select") {
      return;
    }
    count += 1;
    setTriggerValue("select", { kind: m.kind, id: m.id ?? null, from: m.from ?? null, to: m.to ?? null, n: count });
  };
  window.addEventListener("message", onMessage);
  return () => window.removeEventListener("message", onMessage);
}
