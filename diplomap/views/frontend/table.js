// A read-only table (components v2; components/light_table.py): plain HTML, no grid library.
// A click on a header sorts by that column (again: descending, a third time: the order given);
// the box above keeps the rows holding every word typed; a click or Enter on a row sends its
// index (in the rows given) as the trigger value "pick". Rows are drawn CHUNK at a time, the
// next as the reader scrolls near the end, so a long table costs little until it is read.
const CHUNK = 60;  // rows drawn at once: a first page draws few (the tables show 8-15 rows before scrolling)
const tables = new WeakMap();  // parentElement -> what this mount shows: {signature, data, rows drawn ...}
// table name -> how the reader left it {columns, sort, descending, query}: kept when the rows change or
// Streamlit mounts the table anew (a rerun), so a sort or a search is not undone under the reader
const reading = new Map();

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => (
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function order(state) {
  const { rows, columns } = state.data;
  let picked = rows.map((_, i) => i);
  const words = state.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    if (!state.haystacks) {
      state.haystacks = rows.map((row) => row.join("\u0001").toLocaleLowerCase());
    }
    picked = picked.filter((i) => words.every((w) => state.haystacks[i].includes(w)));
  }
  if (state.sort !== null) {
    const c = state.sort;
    const sign = state.descending ? -1 : 1;
    const numeric = columns[c].numeric;
    picked.sort((a, b) => {
      const x = rows[a][c];
      const y = rows[b][c];
      const d = numeric ? (Number(x) || 0) - (Number(y) || 0) : collator.compare(String(x), String(y));
      return d * sign || a - b;
    });
  }
  return picked;
}

function rowHtml(state, i) {
  const cells = state.data.rows[i].map((v, c) => {
    const col = state.data.columns[c];
    const text = escapeHtml(v);
    if (col.link && /^https?:\/\//i.test(String(v))) {
      return `<td><a href="${text}" target="_blank" rel="noopener noreferrer" title="${text}">${escapeHtml(col.link)}</a></td>`;
    }
    const kind = col.numeric ? "num" : (col.width === "large" || col.width === "medium" ? "long" : "");
    return `<td class="${kind}" title="${text}">${text}</td>`;
  });
  return `<tr tabindex="0" data-i="${i}">${cells.join("")}</tr>`;
}

function drawMore(state) {
  const next = state.shown.slice(state.drawn, state.drawn + CHUNK);
  state.body.insertAdjacentHTML("beforeend", next.map((i) => rowHtml(state, i)).join(""));
  state.drawn += next.length;
}

function drawRows(state) {
  reading.set(state.data.name, { columns: state.columnsKey, sort: state.sort, descending: state.descending,
    query: state.query });
  state.shown = order(state);
  state.drawn = 0;
  state.body.innerHTML = "";
  drawMore(state);
  state.count.textContent = state.query.trim()
    ? `${state.shown.length.toLocaleString()} of ${state.data.rows.length.toLocaleString()} rows`
    : "";
  state.head.querySelectorAll("th").forEach((th, c) => {
    const sorted = state.sort === c;
    th.setAttribute("aria-sort", sorted ? (state.descending ? "descending" : "ascending") : "none");
    th.querySelector(".arrow").textContent = sorted ? (state.descending ? "\u25BC" : "\u25B2") : "";
  });
}

function build(root, state, setTriggerValue) {
  const { columns, height, wrap, search, name } = state.data;
  const box = document.createElement("div");  // replaces the last one: the root also holds the stylesheet
  box.className = "diplomap-table" + (wrap ? " wrap" : "");
  box.dataset.table = name;
  const tools = search ? `<div class="tools"><input type="search" placeholder="Search the rows"
      aria-label="Search the rows"><span class="count"></span></div>` : `<span class="count" hidden></span>`;
  const heads = columns.map((col) => {
    const help = col.help ? ` title="${escapeHtml(col.help)}"` : "";
    const width = col.width ? ` class="w-${escapeHtml(col.width)}${col.numeric ? " num" : ""}"`
      : (col.numeric ? ` class="num"` : "");
    return `<th scope="col"${width}${help}><button type="button">${escapeHtml(col.name)}<span class="arrow"></span></button></th>`;
  });
  box.innerHTML = `${tools}<div class="scroll"${height ? ` style="max-height:${Number(height)}px"` : ""}>
    <table><thead><tr>${heads.join("")}</tr></thead><tbody></tbody></table></div>`;
  const old = root.querySelector(".diplomap-table");
  if (old) {
    old.replaceWith(box);
  } else {
    root.appendChild(box);
  }
  state.body = box.querySelector("tbody");
  state.head = box.querySelector("thead");
  state.count = box.querySelector(".count");
  const scroll = box.querySelector(".scroll");
  scroll.addEventListener("scroll", () => {
    if (state.drawn < state.shown.length && scroll.scrollTop + scroll.clientHeight > scroll.scrollHeight - 600) {
      drawMore(state);
    }
  });
  state.head.addEventListener("click", (event) => {
    const th = event.target.closest("th");
    if (!th) {
      return;
    }
    const c = Array.prototype.indexOf.call(th.parentElement.children, th);
    if (state.sort !== c) {
      state.sort = c;
      state.descending = columns[c].numeric;  // numbers: biggest first
    } else if (state.descending === columns[c].numeric) {
      state.descending = !state.descending;
    } else {
      state.sort = null;
    }
    drawRows(state);
  });
  const input = box.querySelector("input");
  if (input) {
    input.value = state.query;
    input.addEventListener("input", () => {
      state.query = input.value;
      drawRows(state);
    });
  }
  const pick = (tr) => {
    state.picks += 1;
    state.body.querySelectorAll("tr.picked").forEach((row) => row.classList.remove("picked"));
    tr.classList.add("picked");
    setTriggerValue("pick", { row: Number(tr.dataset.i), n: state.picks });
  };
  state.body.addEventListener("click", (event) => {
    const tr = event.target.closest("tr");
    if (tr && !event.target.closest("a")) {  // a link opens its page, not the row
      pick(tr);
    }
  });
  state.body.addEventListener("keydown", (event) => {
    const tr = event.target.closest("tr");
    if (tr && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      pick(tr);
    }
  });
  drawRows(state);
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  const signature = JSON.stringify(data);
  const known = tables.get(parentElement);
  if (known && known.signature === signature) {
    return;
  }
  const columnsKey = JSON.stringify(data.columns);
  const state = { data, signature, columnsKey, sort: null, descending: false, query: "", picks: known ? known.picks : 0 };
  const left = reading.get(data.name);
  if (left) {  // the same table, new rows or a new mount: keep how it is read (a sort only by the same columns)
    state.sort = left.columns === columnsKey ? left.sort : null;
    state.descending = left.descending;
    state.query = left.query;
  }
  tables.set(parentElement, state);
  build(parentElement, state, setTriggerValue);
}
