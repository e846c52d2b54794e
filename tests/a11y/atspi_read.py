#!/usr/bin/env python3
"""Reads the running Cais (its pid is the argument) through AT-SPI, from outside, as a
screen reader does: every section of the sidebar is opened through the list's
selection interface; on each, every shown control must have a name, and every shown
table must expose its column headers and, when it has rows, the text of its cells.
Prints what it read per section; exits 1 with every problem found."""
import sys
import time

import pyatspi

PID = int(sys.argv[1])
CONTROL_ROLES = {
    "button", "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "slider", "page tab", "list", "table", "tree table", "tree", "text", "entry",
    "password text", "menu", "page tab list", "terminal",
}
# Qt exposes a QTreeView as a tree, a QTableView as a table: both with the table interface.
TABLE_ROLES = {"table", "tree table", "tree"}
# Their children are cells, items or the editor inside: read through the table
# interface or not at all.
NO_DESCENT = TABLE_ROLES | {"list", "combo box", "spin button", "terminal", "menu bar", "scroll bar"}


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def children(node):
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            c = node.getChildAtIndex(i)
        except Exception:
            continue
        if c is not None:
            yield c


def find_app(deadline):
    while time.time() < deadline:
        desk = pyatspi.Registry.getDesktop(0)
        for app in children(desk):
            try:
                if app.get_process_id() == PID:
                    return app
            except Exception:
                pass
        time.sleep(0.5)
    return None


def walk(node, path, out):
    """Shown nodes under `node`, each with its path of roles and names."""
    for c in children(node):
        if not showing(c):
            continue
        role = c.getRoleName()
        here = path + [f"{role}:{c.name}" if c.name else role]
        out.append((c, role, here))
        if role not in NO_DESCENT:
            walk(c, here, out)


def find(node, role, name):
    found = []
    walk(node, [], found)
    for c, r, _ in found:
        if r == role and c.name == name:
            return c
    return None


def read_table(t):
    """(headers, first row's cell texts, rows) through the table interface."""
    table = t.queryTable()
    headers = []
    for c in range(table.nColumns):
        h = table.getColumnHeader(c)
        headers.append((h.name if h is not None else "") or table.getColumnDescription(c) or "")
    first = []
    if table.nRows > 0:
        for c in range(table.nColumns):
            cell = table.getAccessibleAt(0, c)
            first.append(cell.name if cell is not None else "")
    return headers, first, table.nRows


def main():
    deadline = time.time() + 90
    app = find_app(deadline)
    if app is None:
        print("atspi: Cais never appeared on the accessibility bus")
        return 1
    frame = None
    while time.time() < deadline and frame is None:
        frame = next((c for c in children(app) if c.getRoleName() == "frame" and showing(c)), None)
        if frame is None:
            time.sleep(0.5)
    if frame is None:
        print("atspi: no window of Cais is shown")
        return 1
    print(f"atspi: window '{frame.name}'")
    sections = find(frame, "list", "Sections")
    if sections is None:
        print("atspi: the sidebar (a list named Sections) is not exposed")
        return 1
    images = None
    while time.time() < deadline:
        images = find(frame, "tree", "Image list")
        if images is not None and images.queryTable().nRows > 0:
            break
        time.sleep(0.5)
    if images is None or images.queryTable().nRows == 0:
        print("atspi: the image list never showed the engine's images; what is shown:")
        nodes = []
        walk(frame, [], nodes)
        for _, role, path in nodes[:120]:
            print("   ", " > ".join(path[-3:]))
        return 1

    problems = []
    # Lists that must show rows on this engine (its seeded images, this test's container).
    must_have_rows = {"Image list", "Container list"}
    items = [c for c in children(sections)]
    opened = 0
    for index, item in enumerate(items):
        try:
            visible = item.getState().contains(pyatspi.STATE_VISIBLE)
        except Exception:
            visible = False
        if not visible or not item.name:
            continue
        sections.querySelection().selectChild(index)
        time.sleep(1.5)
        opened += 1
        nodes = []
        walk(frame, [], nodes)
        controls = tables = 0
        for node, role, path in nodes:
            if role not in CONTROL_ROLES:
                continue
            parent_role = node.parent.getRoleName() if node.parent is not None else ""
            if role in ("text", "entry") and parent_role in ("combo box", "spin button"):
                continue
            controls += 1
            if not node.name:
                problems.append(f"{item.name}: a {role} without a name: {' > '.join(path[-4:])}")
            if role in TABLE_ROLES:
                tables += 1
                try:
                    headers, first, rows = read_table(node)
                except Exception as e:  # the table interface is missing
                    problems.append(f"{item.name}: the {role} '{node.name}' has no table interface ({e})")
                    continue
                if not headers or any(not h for h in headers):
                    problems.append(f"{item.name}: the {role} '{node.name}' has columns without a header: {headers}")
                if rows == 0 and node.name in must_have_rows:
                    problems.append(f"{item.name}: the {role} '{node.name}' exposes no rows")
                if rows > 0 and not any(first):
                    problems.append(f"{item.name}: the {role} '{node.name}' has {rows} rows but its first row reads empty")
                print(f"  {item.name}: {role} '{node.name}': {rows} rows, columns {headers}"
                      + (f", first row {first}" if rows else ""))
        print(f"atspi: {item.name}: {controls} controls, {tables} tables read")
    if opened < 9:
        problems.append(f"only {opened} sections could be opened")
    for p in problems:
        print("PROBLEM:", p)
    print(f"atspi: {opened} sections read, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
