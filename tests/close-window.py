#!/usr/bin/python3
"""Closes a process's window as a window manager does when its close button is clicked.

The window manager sends the window a WM_DELETE_WINDOW message (ICCCM 4.2.8.1), which GTK turns
into a close request the app may answer as it likes; nothing is destroyed from outside. The
tests' X server runs no window manager, so this plays its part.

    close-window.py PID    exits 1 when the process shows no window that can be closed
"""
import sys

from Xlib import X, display, protocol


def windows(window):
    for child in window.query_tree().children:
        yield child
        yield from windows(child)


def main(pid):
    d = display.Display()
    net_wm_pid = d.intern_atom("_NET_WM_PID")
    wm_protocols = d.intern_atom("WM_PROTOCOLS")
    wm_delete = d.intern_atom("WM_DELETE_WINDOW")
    closed = 0
    for window in windows(d.screen().root):
        owner = window.get_full_property(net_wm_pid, X.AnyPropertyType)
        if not owner or owner.value[0] != pid:
            continue
        if window.get_attributes().map_state != X.IsViewable:
            continue
        if wm_delete not in (window.get_wm_protocols() or []):
            continue
        message = protocol.event.ClientMessage(
            window=window,
            client_type=wm_protocols,
            data=(32, [wm_delete, X.CurrentTime, 0, 0, 0]),
        )
        window.send_event(message, event_mask=X.NoEventMask)
        closed += 1
    d.flush()
    return 0 if closed else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
