"""Trainer reports from the records: HTML (self-contained, no network) and CSV."""
