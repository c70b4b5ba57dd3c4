"""Tests of the Textual app: practice, history, resume and exams."""
