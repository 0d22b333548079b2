"""The names hipcoach uses to identify itself to the operating system."""

from __future__ import annotations

#: The reverse-DNS application id: desktop file, icon, metainfo, single-instance name.
APP_ID = "io.github.hipcoach.HipCoach"

#: The application name shown by notification daemons.
NOTIFICATION_APP_NAME = "hipcoach"
