"""hipcoach's tests; run them with ``uv run pytest``."""
