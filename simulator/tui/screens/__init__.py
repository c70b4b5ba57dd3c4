"""The app's screens: picker, call, report, help."""
