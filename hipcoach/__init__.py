"""hipcoach: a desktop coach for releasing tight, painful hip flexors."""

APP_NAME = "hipcoach"

#: The release; the build reads it from here (pyproject.toml: dynamic version).
__version__ = "0.1.0"
