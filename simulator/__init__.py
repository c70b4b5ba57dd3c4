"""Peilian's simulator: scenario engine, command line and Textual app.

Importing this package is cheap: no Textual, no jieba dictionary.
"""
