"""PyInstaller runtime hook: give child processes the user's library path back.

The bootloader points ``LD_LIBRARY_PATH`` at the bundle so that the bundled Qt
finds its libraries. The dynamic loader reads that variable once, at process
start, so resetting it here changes nothing for hipcoach itself, but programs
hipcoach starts (``gsettings`` for do-not-disturb, ``xdg-open`` behind
"Open folder") no longer load the bundle's older or newer copies of GLib & co.
"""

import os

if "LD_LIBRARY_PATH_ORIG" in os.environ:
    os.environ["LD_LIBRARY_PATH"] = os.environ.pop("LD_LIBRARY_PATH_ORIG")
else:
    os.environ.pop("LD_LIBRARY_PATH", None)
