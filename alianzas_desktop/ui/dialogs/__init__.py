"""Small dialogs of the main window and the alliance page."""
