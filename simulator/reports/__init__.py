"""Reports from the records: one call's report (call.py, shown by the app's report screen)
and the trainer's cohort report (cohort.py) as HTML (self-contained, no network) and CSV."""
