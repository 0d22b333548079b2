"""hipcoach: a desktop coach for releasing tight, painful hip flexors."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "hipcoach"

try:
    __version__ = version("hipcoach")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
