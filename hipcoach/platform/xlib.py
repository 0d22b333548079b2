"""The few Xlib calls hipcoach needs, through ctypes (no Python X library).

``XDisplay.open()`` opens its own connection to the X server named by
``$DISPLAY`` (independent of Qt's), and ``close()`` closes it. X protocol
errors (a window that vanished between two calls) are trapped around each
query and turn into "no answer" instead of Xlib's default, which ends the
process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

XA_ATOM = 4
XA_WINDOW = 33
_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0

_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class XlibUnavailableError(OSError):
    """libX11 is missing, or the X display cannot be opened."""


def load_library(soname: str, short_name: str) -> ctypes.CDLL:
    """Load a shared library by its soname, else by whatever name the system finds.

    Raises ``XlibUnavailableError`` when neither loads.
    """
    names = [soname]
    found = ctypes.util.find_library(short_name)
    if found and found != soname:
        names.append(found)
    problems = []
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError as error:
            problems.append(str(error))
    raise XlibUnavailableError(f"{soname} is not installed ({'; '.join(problems)})")


def _load_x11() -> ctypes.CDLL:
    lib = load_library("libX11.so.6", "X11")
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.restype = ctypes.c_int
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,  # Display*
        ctypes.c_ulong,  # Window
        ctypes.c_ulong,  # Atom property
        ctypes.c_long,  # long_offset
        ctypes.c_long,  # long_length
        ctypes.c_int,  # Bool delete
        ctypes.c_ulong,  # Atom req_type
        ctypes.POINTER(ctypes.c_ulong),  # Atom* actual_type_return
        ctypes.POINTER(ctypes.c_int),  # int* actual_format_return
        ctypes.POINTER(ctypes.c_ulong),  # unsigned long* nitems_return
        ctypes.POINTER(ctypes.c_ulong),  # unsigned long* bytes_after_return
        ctypes.POINTER(ctypes.c_void_p),  # unsigned char** prop_return
    ]
    lib.XGetWindowProperty.restype = ctypes.c_int
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XFree.restype = ctypes.c_int
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XSync.restype = ctypes.c_int
    lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


class XDisplay:
    """One Xlib connection to an X server, opened once and closed by ``close()``."""

    def __init__(self, lib: ctypes.CDLL, handle: int, name: str) -> None:
        self.lib = lib
        self.name = name
        self._handle: int | None = handle
        self._trap_lock = threading.Lock()
        self._error_seen = False
        self._handler = _ErrorHandler(self._on_error)
        self.root = int(lib.XDefaultRootWindow(handle))

    @classmethod
    def open(cls, name: str) -> XDisplay:
        """Open the display ``name`` (e.g. ``":0"``).

        Raises ``XlibUnavailableError`` when libX11 is missing or the display
        cannot be opened.
        """
        if not name:
            raise XlibUnavailableError("no X display ($DISPLAY is not set)")
        lib = _load_x11()
        handle = lib.XOpenDisplay(name.encode())
        if not handle:
            raise XlibUnavailableError(f"cannot open the X display {name!r}")
        return cls(lib, handle, name)

    @property
    def handle(self) -> int:
        """The ``Display*`` for other X libraries; raises ``XlibUnavailableError`` once closed."""
        if self._handle is None:
            raise XlibUnavailableError(f"the X display {self.name!r} is closed")
        return self._handle

    @property
    def closed(self) -> bool:
        """Whether ``close()`` was called."""
        return self._handle is None

    def close(self) -> None:
        """Close the connection (once; later calls do nothing)."""
        if self._handle is not None:
            self.lib.XCloseDisplay(self._handle)
            self._handle = None

    def intern_atom(self, atom_name: str) -> int:
        """Return the atom for ``atom_name``, creating it on the server if needed."""
        return int(self.lib.XInternAtom(self.handle, atom_name.encode(), 0))

    def cardinal_property(self, window: int, atom: int, atom_type: int) -> list[int] | None:
        """Return a 32-bit list property of ``window`` (atoms, window ids, cardinals).

        Returns None when the window has no such property of that type, or
        the window vanished (the X error is trapped).
        """
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        remaining = ctypes.c_ulong()
        data = ctypes.c_void_p()
        with self.trap_errors() as failed:
            status = self.lib.XGetWindowProperty(
                self.handle,
                window,
                atom,
                0,
                1024,
                0,
                atom_type,
                ctypes.byref(actual_type),
                ctypes.byref(actual_format),
                ctypes.byref(count),
                ctypes.byref(remaining),
                ctypes.byref(data),
            )
        try:
            if failed() or status != _SUCCESS or not data.value:
                return None
            if actual_type.value != atom_type or actual_format.value != 32:
                return None
            # Format-32 data comes back as an array of C longs, whatever their size.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[index]) & 0xFFFFFFFF for index in range(count.value)]
        finally:
            if data.value:
                self.lib.XFree(data)

    @contextmanager
    def trap_errors(self) -> Iterator[Callable[[], bool]]:
        """Run X requests with errors recorded instead of fatal; yields ``failed()``.

        The previous error handler (Qt's, if any) is restored afterwards; the
        requests are synced first so their errors arrive inside the block.
        """
        with self._trap_lock:
            self._error_seen = False
            previous = self.lib.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
            try:
                yield lambda: self._error_seen
            finally:
                self.lib.XSync(self.handle, 0)
                self.lib.XSetErrorHandler(previous)

    def _on_error(self, display: int | None, event: int | None) -> int:
        self._error_seen = True
        return 0
