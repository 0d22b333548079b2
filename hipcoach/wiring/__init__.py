"""What the composition root (``hipcoach.app``) puts together, one part per module.

``break_pieces`` builds the movement-break pieces from the platform, the
history and the services; ``pages`` builds the main window and registers
every page by its ``Section``. Only ``hipcoach.app`` imports this package;
it may import every other part.
"""
