"""Qt widgets and item models: they render core state and forward user actions."""
