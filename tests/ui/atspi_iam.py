#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 11's IAM v3 screens through the real window, over the accessibility bus (AT-SPI).

Starts an X server of its own (Xvfb) and the real `keyport --demo` on it with Qt's AT-SPI bridge
always on, finds the application on the accessibility bus by its applicationName and process id,
and then works it as an assistive technology would, purely over AT-SPI: actions (Press,
ShowMenu), table selection, editable text, and, where no action exists, a click on an object's
extents or the Escape key through AT-SPI's own device event controller (no xdotool):

- selects the "Demo (IAM v3)" account's sections in the accounts tree (API keys, Roles,
  Organization policy) and checks that each shows its content;
- opens IAM > New Role… from the menu bar, checks that the name and description fields and the
  Create Role button are on the bus with the accessible names of their labels, fills a name,
  creates the role and checks that it appears in the Roles list; opens it again, fills a name and
  closes it with Escape: nothing is created;
- selects a demo role in Roles, opens IAM > Test Bench… on it, gives it an operation that the
  role allows and one it denies, checks the verdict sentence of each, and closes the bench with
  Escape.

Only the showing part of the tree counts (the hidden pages of the window are on the bus too), and
each check polls with a short deadline: the whole run takes about 20 s.

Usage: atspi_iam.py PATH/TO/keyport
Runs in the D-Bus session it is given (ctest runs it under tests/support/with-private-keyring.sh,
so that session, its accessibility bus and its keyring are its own). Any failure, reaching the
bus included, exits 1 with what was expected, what was found, and the accessible tree on stderr.
"""

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

DEMO_IAM = "Demo (IAM v3)"
DEMO_ROLES = ["ci-deploy-www", "cert-manager-dns01", "monitoring-readonly", "dbaas-operator",
              "platform-admin"]
DEMO_API_KEYS = ["github-actions-www", "cert-manager", "grafana", "dbaas-automation", "terraform"]
NEW_ROLE = "atspi-site-uploader"
NEW_ROLE_DESCRIPTION = "Created over the accessibility bus"
ESCAPED_ROLE = "atspi-never-created"
TIMEOUT = 10.0  # seconds for any one thing to be so on the bus (a failing run stays < 60 s)
STARTED = time.monotonic()


class Failure(Exception):
    pass


def log(message):
    print(f"[{time.monotonic() - STARTED:5.1f}s] {message}", flush=True)


# --- The X server and the application -------------------------------------------------------

def start_xvfb():
    """An X server on a free display (Xvfb chooses it: -displayfd); returns (process, display)."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
         # Not reset when its last client leaves (AT-SPI's look-up of its bus on the display
         # comes and goes before keyport connects).
         "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 10
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 0.2)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        raise Failure("Xvfb did not start (no display number)")
    return xvfb, ":" + number.decode().strip()


def stop(process):
    """Ends a process this script started, by its own handle; bounded, never waits for ever."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        process.kill()
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pass


# --- AT-SPI helpers ---------------------------------------------------------------------------

pyatspi = None  # imported once DISPLAY is set and the session bus knows it


def safe(function, default=None):
    try:
        return function()
    except Exception:  # an object gone from the bus while it was read
        return default


def role_name(node):
    return safe(node.getRoleName, "?")


def name_of(node):
    return safe(lambda: node.name, "") or ""


def states(node):
    state_set = safe(node.getState)
    return set(safe(state_set.getStates, []) or []) if state_set else set()


def showing(node):
    return pyatspi.STATE_SHOWING in states(node)


def sensitive(node):
    return pyatspi.STATE_SENSITIVE in states(node)


def children(node, limit=2000):
    count = safe(lambda: node.childCount, 0) or 0
    for index in range(min(count, limit)):
        child = safe(lambda: node.getChildAtIndex(index))
        if child is not None:
            yield child


# Subtrees not searched: a combo box's popup list (every operation of the catalogue) and the
# cells of tables (looked at through their table only).
PRUNED = {"list", "table", "tree", "tree table"}


def descendants(root, only_showing=True):
    """Depth first below @p root: the showing part of the tree (hidden pages and tabs are on the
    bus too), not entering PRUNED subtrees."""
    stack = list(reversed(list(children(root))))
    while stack:
        node = stack.pop()
        if only_showing and not showing(node):
            continue
        yield node
        if role_name(node) not in PRUNED:
            stack.extend(reversed(list(children(node))))


def find(root, predicate):
    for node in descendants(root):
        if safe(lambda: predicate(node), False):
            return node
    return None


def described(nodes):
    return [f"{role_name(n)} {name_of(n)!r}" for n in nodes]


def dump(root, out=sys.stderr, budget=3000):
    """The accessible tree (role, name, state) below @p root, for a failure's report."""
    left = [budget]

    def visit(node, depth):
        if left[0] <= 0:
            return
        left[0] -= 1
        node_states = states(node)
        marks = [label for state, label in ((pyatspi.STATE_SHOWING, "showing"),
                                            (pyatspi.STATE_SELECTED, "selected"),
                                            (pyatspi.STATE_FOCUSED, "focused"))
                 if state in node_states]
        if pyatspi.STATE_SENSITIVE not in node_states:
            marks.append("insensitive")
        print(f"{'  ' * depth}{role_name(node)} {name_of(node)!r} [{', '.join(marks)}]", file=out)
        # A combo box's popup lists every operation: its first few are enough.
        limit = 12 if role_name(node) == "list" else 400
        for child in children(node, limit):
            visit(child, depth + 1)
    if root is None:
        print("(no accessible root)", file=out)
    else:
        visit(root, 0)


def wait_for(what, probe, found=None, timeout=TIMEOUT):
    """Polls probe() until it gives something truthy; else a Failure with what was found."""
    deadline = time.monotonic() + timeout
    while True:
        result = safe(probe)
        if result:
            return result
        if time.monotonic() >= deadline:
            message = f"{what}: not so after {timeout:.0f} s"
            if found is not None:
                message += f"\n  found: {safe(found)}"
            raise Failure(message)
        time.sleep(0.1)


def action_names(node):
    action = node.queryAction()
    return [action.getName(i) for i in range(action.nActions)]


def do_action(node, name):
    """Runs the AT-SPI action @p name (Qt's names: Press, ShowMenu, Toggle, …)."""
    offered = action_names(node)
    if name not in offered:
        raise Failure(f"{role_name(node)} {name_of(node)!r} has no action {name}; it has {offered}")
    if not node.queryAction().doAction(offered.index(name)):
        raise Failure(f"{role_name(node)} {name_of(node)!r}: action {name} refused")


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def set_text(node, value):
    """Replaces a field's text through AT-SPI's EditableText, as a braille display or dictation
    would, and checks the field took it."""
    if not node.queryEditableText().setTextContents(value):
        raise Failure(f"{role_name(node)} {name_of(node)!r} refused the text {value!r}")
    wait_for(f"{role_name(node)} {name_of(node)!r} holding {value!r}",
             lambda: text_of(node) == value, found=lambda: text_of(node))


def labelled_by(node):
    """The names of the objects that label @p node (a QLabel's buddy)."""
    names = []
    for relation in safe(node.getRelationSet, []) or []:
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names.extend(name_of(relation.getTarget(i)) for i in range(relation.getNTargets()))
    return names


def click(node):
    """A click in the middle of @p node through AT-SPI's device event controller (how an
    assistive technology routes the pointer to an object)."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if box.width <= 0 or box.height <= 0:
        raise Failure(f"{role_name(node)} {name_of(node)!r} has no area on screen to click")
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2,
                                        pyatspi.MOUSE_B1C)


def press_escape():
    """The Escape key through AT-SPI's device event controller (no AT-SPI action closes a
    dialog)."""
    pyatspi.Registry.generateKeyboardEvent(0xFF1B, None, pyatspi.KEY_SYM)  # XK_Escape


def cell_texts(table):
    return [name_of(cell) for cell in children(table) if role_name(cell) == "table cell"]


def cell_named(table, name):
    for cell in children(table):
        if role_name(cell) == "table cell" and name_of(cell) == name:
            return cell
    return None


# --- The test ---------------------------------------------------------------------------------

class Test:
    def __init__(self, pid):
        self.pid = pid
        self.app = None
        self.main = None

    # Where things are.

    def connect(self):
        desktop = pyatspi.Registry.getDesktop(0)

        def application():
            for app in children(desktop):
                if name_of(app) == "keyport" and safe(app.get_process_id) == self.pid:
                    return app
            return None
        # The accessibility bus and the registry start with the first client: a few seconds.
        self.app = wait_for(
            f"the application 'keyport' (process {self.pid}) on the accessibility bus",
            application, timeout=20,
            found=lambda: [(name_of(a), safe(a.get_process_id)) for a in children(desktop)])
        self.main = wait_for(
            "the main window (a showing frame named Keyport…)",
            lambda: next((w for w in children(self.app) if role_name(w) == "frame"
                          and name_of(w).startswith("Keyport") and showing(w)), None),
            found=lambda: described(children(self.app)))
        log(f"found {name_of(self.app)!r} (process {self.pid}) and its window {name_of(self.main)!r}")

    def window(self, title):
        return wait_for(
            f"a showing window named {title!r}",
            lambda: next((w for w in children(self.app) if name_of(w) == title and showing(w)),
                         None),
            found=lambda: [(role_name(w), name_of(w), showing(w)) for w in children(self.app)])

    def window_closed(self, title):
        wait_for(f"the window {title!r} closed",
                 lambda: not any(name_of(w) == title and showing(w) for w in children(self.app)),
                 found=lambda: described(w for w in children(self.app) if showing(w)))

    def showing_table(self, root, name):
        return wait_for(
            f"a showing table named {name!r}",
            lambda: find(root, lambda n: role_name(n) == "table" and name_of(n) == name),
            found=lambda: described(n for n in descendants(root)
                                    if role_name(n) in ("table", "tree", "tree table")))

    def showing_label(self, root, predicate, what):
        return wait_for(
            f"a showing label {what}",
            lambda: find(root, lambda n: role_name(n) == "label" and predicate(name_of(n))),
            found=lambda: [name_of(n) for n in descendants(root) if role_name(n) == "label"])

    def expect_cells(self, table, names, what):
        wait_for(f"{what} in the table {name_of(table)!r}",
                 lambda: all(cell_named(table, name) for name in names),
                 found=lambda: {"missing": [n for n in names if not cell_named(table, n)],
                                "cells": cell_texts(table)})

    # The accounts tree.

    def open_section(self, section):
        """Selects @p section of the Demo (IAM v3) account in the accounts tree."""
        tree = wait_for("the showing tree 'Accounts'",
                        lambda: find(self.main, lambda n: role_name(n) == "tree"
                                     and name_of(n) == "Accounts"),
                        found=lambda: described(descendants(self.main)))
        item_name = f"{section} of the account {DEMO_IAM}"
        item = wait_for(f"the item {item_name!r} in the accounts tree",
                        lambda: cell_named(tree, item_name), found=lambda: cell_texts(tree))
        # Selected as a screen reader selects a row (Table.addRowSelection): the window follows
        # the selection as it follows the keyboard and the pointer.
        table_interface = tree.queryTable()
        if not table_interface.addRowSelection(
                table_interface.getRowAtIndex(item.getIndexInParent())):
            raise Failure(f"the accounts tree refused to select the row of {item_name!r}")
        wait_for(f"the item {item_name!r} selected",
                 lambda: pyatspi.STATE_SELECTED in states(item),
                 found=lambda: [(name_of(c), pyatspi.STATE_SELECTED in states(c))
                                for c in children(tree) if role_name(c) == "table cell"])
        # The status bar names the account now shown.
        self.showing_label(self.main, lambda text: text.startswith(f"{DEMO_IAM} · "),
                           f"naming the account {DEMO_IAM!r} in the status bar")
        log(f"selected {item_name!r}")

    def check_api_keys(self):
        self.open_section("API keys")
        table = self.showing_table(self.main, "API keys")
        self.expect_cells(table, DEMO_API_KEYS, f"the demo's API keys {DEMO_API_KEYS}")
        log(f"API keys: {len(cell_texts(table))} cells, the demo's keys among them")

    def check_organization_policy(self):
        self.open_section("Organization policy")
        self.showing_label(self.main,
                           lambda text: text.startswith("The organization policy judges every "),
                           "introducing the organization policy")
        # The demo's organization policy is loaded and described (not "Loading…").
        self.showing_label(self.main, lambda text: text == "May use every operation of every "
                           "service.", "describing the demo's organization policy")
        edit = find(self.main, lambda n: role_name(n) == "push button"
                    and name_of(n) == "Edit Organization Policy…")
        if edit is None:
            raise Failure("no showing button 'Edit Organization Policy…' on the page")
        log("Organization policy: described, with its buttons")

    def roles_table(self):
        table = self.showing_table(self.main, "Roles")
        self.expect_cells(table, DEMO_ROLES, f"the demo's roles {DEMO_ROLES}")
        return table

    def check_roles(self):
        self.open_section("Roles")
        table = self.roles_table()
        log(f"Roles: {len(cell_texts(table))} cells, the demo's roles among them")

    # The menu bar.

    def menu(self, path):
        """Opens the menu bar's menu path[0] and presses its item path[1]."""
        bar = wait_for("the menu bar",
                       lambda: next((c for c in children(self.main)
                                     if role_name(c) == "menu bar"), None),
                       found=lambda: described(children(self.main)))
        menu = wait_for(f"the menu {path[0]!r}",
                        lambda: next((c for c in children(bar) if name_of(c) == path[0]), None),
                        found=lambda: described(children(bar)))
        do_action(menu, "ShowMenu")
        popup = wait_for(f"the menu {path[0]!r} open",
                         lambda: next((c for c in children(menu)
                                       if role_name(c) == "popup menu" and showing(c)), None),
                         found=lambda: [(role_name(c), showing(c)) for c in children(menu)])
        item = wait_for(f"the item {path[1]!r} enabled in the menu {path[0]!r}",
                        lambda: next((c for c in children(popup) if name_of(c) == path[1]
                                      and sensitive(c)), None),
                        found=lambda: [(name_of(c), sensitive(c)) for c in children(popup)])
        do_action(item, "Press")
        wait_for(f"the menu {path[0]!r} closed once {path[1]!r} is chosen",
                 lambda: not showing(popup), found=lambda: described(descendants(popup)))
        log(f"menu {path[0]} > {path[1]}")

    # New Role…

    def field(self, dialog, label):
        """A showing text field whose accessible name is @p label, labelled by a label that
        reads @p label."""
        def fields():
            return [(name_of(n), labelled_by(n)) for n in descendants(dialog)
                    if role_name(n) == "text"]
        node = wait_for(f"a showing text field named {label!r} labelled {label!r}",
                        lambda: find(dialog, lambda n: role_name(n) == "text"
                                     and name_of(n) == label and label in labelled_by(n)),
                        found=fields)
        if not find(dialog, lambda n: role_name(n) == "label" and name_of(n) == label):
            raise Failure(f"no showing label {label!r} beside its field")
        return node

    def check_new_role(self):
        self.menu(["IAM", "New Role…"])
        dialog = self.window("New Role")
        name = self.field(dialog, "Name")
        description = self.field(dialog, "Description")
        create = wait_for("a showing button 'Create Role'",
                          lambda: find(dialog, lambda n: role_name(n) == "push button"
                                       and name_of(n) == "Create Role"),
                          found=lambda: described(n for n in descendants(dialog)
                                                  if role_name(n) == "push button"))
        if sensitive(create):
            raise Failure("'Create Role' is enabled while the role has no name")
        self.showing_label(dialog, lambda text: text == "The role cannot be saved: name: must "
                           "not be empty", "saying why the role cannot be saved yet")
        log("New Role: Name, Description and Create Role on the bus, named as their labels")
        set_text(name, NEW_ROLE)
        set_text(description, NEW_ROLE_DESCRIPTION)
        wait_for("'Create Role' enabled once the role has a name", lambda: sensitive(create),
                 found=lambda: [name_of(n) for n in descendants(dialog)
                                if role_name(n) == "label"])
        do_action(create, "Press")
        self.window_closed("New Role")
        table = self.roles_table()
        self.expect_cells(table, [NEW_ROLE, NEW_ROLE_DESCRIPTION], f"the new role {NEW_ROLE!r}")
        wait_for(f"the new role {NEW_ROLE!r} selected",
                 lambda: pyatspi.STATE_SELECTED in states(cell_named(table, NEW_ROLE)),
                 found=lambda: [name_of(c) for c in children(table)
                                if pyatspi.STATE_SELECTED in states(c)])
        log(f"New Role: {NEW_ROLE!r} created and listed in Roles")

    def check_new_role_escape(self):
        """Escape closes New Role without creating anything."""
        self.menu(["IAM", "New Role…"])
        dialog = self.window("New Role")
        set_text(self.field(dialog, "Name"), ESCAPED_ROLE)
        self.escape(dialog, "New Role")
        table = self.roles_table()
        if cell_named(table, ESCAPED_ROLE):
            raise Failure(f"the role {ESCAPED_ROLE!r} was created by a New Role closed with "
                          f"Escape: {cell_texts(table)}")
        log(f"New Role: closed with Escape, {ESCAPED_ROLE!r} not created")

    def escape(self, dialog, title):
        """Escape in @p dialog: the key goes where the pointer is (Xvfb has no window manager),
        so a click on one of its labels first."""
        click(wait_for(f"a label of {title!r} to click",
                       lambda: find(dialog, lambda n: role_name(n) == "label" and name_of(n)),
                       found=lambda: described(descendants(dialog))))
        press_escape()
        self.window_closed(title)

    # Test Bench…

    def check_test_bench(self):
        # The bench judges the role selected in Roles: cert-manager-dns01, selected as a screen
        # reader selects a row (the Roles page follows the selection).
        role = "cert-manager-dns01"
        table = self.roles_table()
        cell = cell_named(table, role)
        table_interface = table.queryTable()
        row = table_interface.getRowAtIndex(cell.getIndexInParent())
        if not table_interface.addRowSelection(row):
            raise Failure(f"the Roles table refused to select the row of {role!r}")
        wait_for(f"{role!r} selected", lambda: pyatspi.STATE_SELECTED in states(cell),
                 found=lambda: [name_of(c) for c in children(table)
                                if pyatspi.STATE_SELECTED in states(c)])
        self.showing_label(self.main, lambda text: text.startswith("cert-manager answering"),
                           f"giving the description of {role!r} in the role's details")
        self.menu(["IAM", "Test Bench…"])
        bench = self.window("Test Bench")
        subject = wait_for(f"the subject 'Role {role}'",
                           lambda: find(bench, lambda n: role_name(n) == "combo box"
                                        and "Subject:" in labelled_by(n)
                                        and name_of(n) == f"Role {role}"),
                           found=lambda: [(name_of(n), labelled_by(n)) for n in
                                          descendants(bench) if role_name(n) == "combo box"])
        operation = wait_for("the showing text field 'Operation'",
                             lambda: find(bench, lambda n: role_name(n) == "text"
                                          and name_of(n) == "Operation"),
                             found=lambda: [(role_name(n), name_of(n)) for n in
                                            descendants(bench) if role_name(n) in ("text",
                                                                                   "combo box")])
        for asked, verdict in (
                ("list-dns-domains", "Allowed by the role policy: rule 1 of dns matched."),
                ("delete-dns-domain", "Denied by the role policy: no rule matched in service dns.")):
            set_text(operation, asked)
            self.showing_label(bench, lambda text: text == verdict,
                               f"with the verdict {verdict!r} for {asked!r}")
            log(f"Test Bench: {name_of(subject)}, {asked}: {verdict!r}")
        self.escape(bench, "Test Bench")
        log("Test Bench: closed with Escape")


def main():
    global pyatspi
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    keyport = os.path.abspath(sys.argv[1])
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("FAIL: no D-Bus session (run under tests/support/with-private-keyring.sh)",
              file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="keyport-atspi-")
    xvfb = application = None
    test = None
    status = 1
    try:
        xvfb, display = start_xvfb()
        os.environ["DISPLAY"] = display
        # The accessibility bus and its registry are started by this D-Bus session: they need
        # the display to generate pointer and key events (AT-SPI's device event controller).
        subprocess.run(["dbus-update-activation-environment", f"DISPLAY={display}"], check=True,
                       timeout=10)
        log(f"Xvfb on {display}")
        env = dict(os.environ)
        for variable in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                         "WAYLAND_DISPLAY", "QT_ACCESSIBILITY", "LC_MESSAGES"):
            env.pop(variable, None)
        env.update({
            "HOME": work, "XDG_CONFIG_HOME": f"{work}/config", "XDG_DATA_HOME": f"{work}/data",
            "XDG_CACHE_HOME": f"{work}/cache", "XDG_STATE_HOME": f"{work}/state",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
            "LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        })
        with open(f"{work}/keyport.log", "wb") as output:
            application = subprocess.Popen(
                [keyport, "--demo", "-geometry", "1200x760+0+0"], env=env, stdout=output,
                stderr=subprocess.STDOUT)
        import pyatspi as module
        pyatspi = module
        test = Test(application.pid)
        test.connect()
        test.check_api_keys()
        test.check_organization_policy()
        test.check_roles()
        test.check_new_role()
        test.check_new_role_escape()
        test.check_test_bench()
        if application.poll() is not None:
            raise Failure(f"keyport ended during the test (status {application.returncode})")
        status = 0
        log("PASS: the IAM v3 screens over the accessibility bus")
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        if test is not None and test.app is not None:
            print("The application's accessible tree (showing parts marked):", file=sys.stderr)
            dump(test.app)
    except Exception as error:  # AT-SPI or D-Bus: a failure too, with its tree
        print(f"FAIL: {type(error).__name__}: {error}", file=sys.stderr)
        if test is not None and test.app is not None:
            dump(test.app)
    finally:
        stop(application)
        stop(xvfb)
        if status != 0 and os.path.exists(f"{work}/keyport.log"):
            with open(f"{work}/keyport.log", errors="replace") as output:
                tail = output.read()[-3000:]
            print(f"keyport's output (end):\n{tail}", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    log(f"done in {time.monotonic() - STARTED:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
