"""Certification exams: exam definitions, signed results, verification and export."""
